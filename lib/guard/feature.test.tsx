// @vitest-environment jsdom
import { act, fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { guardFeature, type GuardDeps } from './feature';
import type { ComposerReport, ComposerSession } from '@/lib/assistant/types';
import type { Finding } from '@/lib/checks/types';
import type { Message } from '@/lib/messages';
import type { Settings } from '@/lib/settings/types';

const phi: Finding = {
  rule: 'phi/health-info',
  category: 'phi',
  type: 'health_info',
  severity: 'block',
  start: 11,
  end: 26,
  message: 'Names a treatment of this person.',
};

function setup(guard: Partial<Settings['guard']>, findings: Finding[], pinOk = true) {
  document.body.innerHTML = '<div id="box" contenteditable="true"></div><button id="send">Post</button><div id="host"></div>';
  const box = document.getElementById('box')!;
  const host = document.getElementById('host')!;
  const shadowRoot = host.attachShadow({ mode: 'open' });
  const sends: number[] = [];
  document.getElementById('send')!.addEventListener('click', () => sends.push(1));
  const text = 'Sorry, and your root canal went well.';
  const report: ComposerReport = { text, findings, state: findings.length ? 'issues' : 'ok' };
  const controller = new AbortController();
  const caret: number[] = [];
  const checkNow = vi.fn(() => report);
  const session = {
    composer: {
      site: 'yelp',
      kind: 'review-reply',
      editor: 'textarea',
      element: box,
      anchor: box,
      submitControls: () => [document.getElementById('send')!],
      isSendShortcut: () => false,
    },
    driver: { placeCaret: (_el: HTMLElement, offset: number) => caret.push(offset) },
    host,
    shadowRoot,
    signal: controller.signal,
    report: () => report,
    checkNow,
    onReport: () => () => {},
    addControl: () => () => {},
  } as unknown as ComposerSession;
  const messages: Message[] = [];
  const deps: GuardDeps = {
    guardSettings: () => ({ mode: 'warn', twoPersonScope: 'all', pin: null, ...guard }),
    verifyPin: vi.fn(async () => pinOk),
    send: async (m) => {
      messages.push(m);
      return { ok: true };
    },
    now: () => Date.UTC(2026, 10, 24, 15),
    timeZone: () => 'America/Chicago',
  };
  guardFeature(deps)(session);
  const dialog = () => within(shadowRoot as unknown as HTMLElement).queryByRole('alertdialog');
  return { sends, messages, controller, caret, checkNow, shadowRoot, dialog, box };
}

const sendButton = () => document.getElementById('send')!;
// user-event types into document.activeElement, which is the shadow host, not the input
// inside it: set the values the way React listens for them instead.
const fill = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
// React renders the dialog in its own root: let it commit before looking.
const clickSend = () => act(async () => sendButton().click());
let current: ReturnType<typeof setup> | undefined;
afterEach(() => {
  // Ending the session unmounts a dialog still open (a wrong PIN leaves it up): inside act.
  act(() => current?.controller.abort());
  document.body.innerHTML = '';
});

describe('guardFeature', () => {
  test('a clean post goes out with no dialog and is logged as sent clean, without any text', async () => {
    current = setup({}, []);
    await clickSend();
    expect(current.sends).toHaveLength(1);
    expect(current.dialog()).toBeNull();
    expect(current.checkNow).toHaveBeenCalledTimes(1);
    expect(current.messages.map((m) => m.type)).toEqual(['audit-recorded', 'post-recorded']);
    expect(current.messages[1]).toEqual({
      type: 'post-recorded',
      post: { at: Date.UTC(2026, 10, 24, 15), timeZone: 'America/Chicago', site: 'yelp', kind: 'review-reply', phi: 0, tone: 0, decision: 'sent-clean' },
    });
    expect(JSON.stringify(current.messages)).not.toContain('root canal');
  });

  test('a PHI reply is stopped; Edit goes back to the box at the first finding and logs "stopped"', async () => {
    current = setup({}, [phi]);
    await clickSend();
    expect(current.sends).toHaveLength(0);
    expect(current.dialog()).not.toBeNull();
    await userEvent.click(within(current.dialog()!).getByRole('button', { name: 'Edit' }));
    expect(current.dialog()).toBeNull();
    expect(document.activeElement).toBe(current.box);
    expect(current.caret).toEqual([11]);
    expect(current.sends).toHaveLength(0);
    expect(current.messages).toEqual([
      expect.objectContaining({ type: 'audit-recorded', entry: expect.objectContaining({ decision: 'stopped', counts: { health_info: 1 } }) }),
    ]);
  });

  test('Post anyway sends exactly once and logs "sent after warning"', async () => {
    current = setup({}, [phi]);
    await clickSend();
    await userEvent.click(within(current.dialog()!).getByRole('button', { name: 'Post anyway' }));
    expect(current.sends).toHaveLength(1);
    expect(current.messages.map((m) => (m.type === 'post-recorded' ? m.post.decision : m.type === 'audit-recorded' ? m.entry.decision : ''))).toEqual([
      'sent-after-warning',
      'sent-after-warning',
    ]);
  });

  test('two-person approval records the initials and sends once', async () => {
    current = setup({ mode: 'two-person', pin: { salt: 'a'.repeat(32), hash: 'b'.repeat(64) } }, []);
    await clickSend();
    const dialog = current.dialog()!;
    fill(within(dialog).getByLabelText("Approver's initials"), 'mk');
    fill(within(dialog).getByLabelText('Practice PIN'), '2468');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve and post' }));
    await act(async () => {});
    expect(current.sends).toHaveLength(1);
    const audit = current.messages.find((m) => m.type === 'audit-recorded');
    expect(audit).toMatchObject({ entry: { decision: 'approved', approvedBy: 'MK' } });
  });

  test('a wrong PIN keeps the post stopped', async () => {
    current = setup({ mode: 'two-person', pin: { salt: 'a'.repeat(32), hash: 'b'.repeat(64) } }, [], false);
    await clickSend();
    const dialog = current.dialog()!;
    fill(within(dialog).getByLabelText("Approver's initials"), 'mk');
    fill(within(dialog).getByLabelText('Practice PIN'), '0000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve and post' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('does not match');
    expect(current.sends).toHaveLength(0);
  });

  test('the dialog goes away when the box does (session ended), and nothing is sent', async () => {
    current = setup({}, [phi]);
    await clickSend();
    act(() => current!.controller.abort());
    expect(current.dialog()).toBeNull();
    expect(current.sends).toHaveLength(0);
  });
});
