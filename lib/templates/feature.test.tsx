// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { templatesFeature } from './feature';
import type { ComposerSession } from '@/lib/assistant/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { Context } from '@/lib/checks/types';

function setup(kind: Context, setTextResult = true) {
  document.body.innerHTML = '<textarea id="box"></textarea>';
  const box = document.getElementById('box') as HTMLTextAreaElement;
  const controls = new Map<string, ReactNode>();
  const controller = new AbortController();
  const setText = vi.fn(async (_el: HTMLElement, _text: string) => setTextResult);
  const session = {
    composer: {
      site: 'yelp',
      kind,
      editor: 'textarea',
      element: box,
      anchor: box,
      submitControls: () => [],
      isSendShortcut: () => false,
      review: () => ({ stars: 1, text: 'Waited 90 minutes past my appointment.' }),
    },
    driver: { setText, placeCaret: vi.fn() },
    signal: controller.signal,
    checkNow: vi.fn(),
    addControl: (id: string, node: ReactNode) => {
      controls.set(id, node);
      return () => controls.delete(id);
    },
  } as unknown as ComposerSession;
  const openOptions = vi.fn();
  const settings = {
    ...DEFAULT_SETTINGS,
    profile: { practiceName: 'Riverbend', contactName: 'Dana', phones: ['(555) 014-2200'], emails: ['care@riverbend.example'] },
  };
  templatesFeature({ settings: () => settings, openOptions })(session);
  return { box, controls, setText, openOptions, session, controller };
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('templatesFeature', () => {
  test('puts a "Reply templates" button beside review-reply boxes; it proposes, previews and inserts', async () => {
    const t = setup('review-reply');
    render(<>{t.controls.get('templates')}</>);
    await userEvent.click(screen.getByRole('button', { name: 'Reply templates' }));
    expect(screen.getByRole('radio', { name: /Long wait/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(t.setText).toHaveBeenCalledWith(t.box, expect.stringContaining('call Dana at (555) 014-2200'));
    expect(t.session.checkNow).toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('keeps the picker open with a calm message when the editor did not take the text', async () => {
    const t = setup('review-reply', false);
    render(<>{t.controls.get('templates')}</>);
    await userEvent.click(screen.getByRole('button', { name: 'Reply templates' }));
    await userEvent.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  test('adds nothing to a post box until asked with Alt+Shift+T, then opens the picker there', () => {
    const t = setup('post');
    expect(t.controls.size).toBe(0);
    act(() => {
      t.box.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyT', key: 'T', altKey: true, shiftKey: true, bubbles: true }));
    });
    expect(t.controls.has('templates')).toBe(true);
    render(<>{t.controls.get('templates')}</>);
    expect(screen.getByRole('dialog', { name: 'Reply templates' })).toBeInTheDocument();
  });
});
