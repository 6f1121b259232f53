// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '@/lib/checks/types';
import { createSessionStore, type SessionActions } from '@/lib/assistant/sessionStore';
import { AssistantUi } from './AssistantUi';

const TEXT = 'Sorry <b>Ann</b>, your root canal on March 3 went fine. Call us.';

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: 'phi/health-info',
    category: 'phi',
    type: 'health_info',
    severity: 'block',
    start: 0,
    end: 1,
    message: 'Mentions treatment of an identifiable person.',
    ...overrides,
  };
}

const FINDINGS: Finding[] = [
  finding({ rule: 'phi/name', type: 'name', severity: 'warn', start: 6, end: 16, message: 'Names the reviewer.' }),
  finding({ start: 23, end: 33, suggestion: 'visit' }),
  finding({ rule: 'tone/call-us', category: 'tone', type: 'unprofessional', severity: 'info', start: 56, end: 63, message: 'A tip.' }),
];

function renderUi() {
  const store = createSessionStore();
  store.setState({ state: 'issues', text: TEXT, findings: FINDINGS });
  const actions: SessionActions = {
    apply: vi.fn(),
    ignore: vi.fn(),
    explain: vi.fn(),
    setPanelOpen: (open) => store.setState({ panelOpen: open }),
  };
  // In a shadow root, as on the page.
  const host = document.createElement('div');
  document.body.append(host);
  const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  render(<AssistantUi store={store} actions={actions} />, { container });
  return { store, actions, ui: within(container), host };
}

beforeEach(() => document.body.replaceChildren());

describe('badge and panel', () => {
  // jsdom's Tab does not enter shadow roots; the E2E spec tabs to it in Chromium.
  it('the badge is a focusable button that says how many things to look at', () => {
    const { ui } = renderUi();
    const badge = ui.getByRole('button', { name: /2 things to look at, 1 tip/ });
    expect(badge.getRootNode()).toBeInstanceOf(ShadowRoot);
    expect(badge.tabIndex).toBe(0);
    expect(badge.textContent).toBe('2');
    expect(badge.dataset.severity).toBe('block');
  });

  it('Enter opens the panel as a dialog with focus in it; Esc closes it and returns focus to the badge', async () => {
    const user = userEvent.setup();
    const { ui } = renderUi();
    const badge = ui.getByRole('button', { name: /Posting assistant/ });
    badge.focus();
    await user.keyboard('{Enter}');
    const dialog = ui.getByRole('dialog', { name: 'Post check' });
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect((badge.getRootNode() as ShadowRoot).activeElement).toBe(dialog);
    await user.keyboard('{Escape}');
    expect(ui.queryByRole('dialog')).toBeNull();
    expect((badge.getRootNode() as ShadowRoot).activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('Space opens the panel too, and the Close button closes it', async () => {
    const user = userEvent.setup();
    const { ui } = renderUi();
    ui.getByRole('button', { name: /Posting assistant/ }).focus();
    await user.keyboard(' ');
    await user.click(ui.getByRole('button', { name: 'Close the post check' }));
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  it('lists each finding in plain words with the matched text, message, suggestion and actions', async () => {
    const user = userEvent.setup();
    const { ui, actions } = renderUi();
    await user.click(ui.getByRole('button', { name: /Posting assistant/ }));
    const items = ui.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const health = within(items[1]!);
    expect(items[1]!.textContent).toContain('Health details');
    expect(items[1]!.textContent).toContain('root canal');
    expect(items[1]!.textContent).toContain('Try: visit');
    await user.click(health.getByRole('button', { name: 'Apply: replace “root canal” with “visit”' }));
    expect(actions.apply).toHaveBeenCalledWith(FINDINGS[1]);
    await user.click(health.getByRole('button', { name: /^Why\?/ }));
    expect(actions.explain).toHaveBeenCalledWith(FINDINGS[1]);
    await user.click(health.getByRole('button', { name: /^Ignore/ }));
    expect(actions.ignore).toHaveBeenCalledWith(FINDINGS[1]);
    // No suggestion, no Apply.
    expect(within(items[0]!).queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  it('renders page text as text, never as markup', async () => {
    const user = userEvent.setup();
    const { ui } = renderUi();
    await user.click(ui.getByRole('button', { name: /Posting assistant/ }));
    const dialog = ui.getByRole('dialog');
    expect(dialog.querySelector('b')).toBeNull();
    expect(dialog.textContent).toContain('<b>Ann</b>');
  });

  it('shows a check mark and "no problems" when there is nothing to fix', async () => {
    const user = userEvent.setup();
    const { ui, store } = renderUi();
    act(() => store.setState({ state: 'ok', findings: [] }));
    const badge = ui.getByRole('button', { name: 'Posting assistant: no problems found' });
    expect(badge.textContent).toBe('✓');
    await user.click(badge);
    expect(ui.getByRole('dialog').textContent).toContain('Nothing to fix');
  });

  it('closes when the user clicks elsewhere on the page', async () => {
    const user = userEvent.setup();
    const { ui } = renderUi();
    const outside = document.createElement('p');
    outside.textContent = 'page';
    document.body.append(outside);
    await user.click(ui.getByRole('button', { name: /Posting assistant/ }));
    expect(ui.getByRole('dialog')).toBeTruthy();
    await user.click(outside);
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  it('renders the extra controls features add, before the badge', () => {
    const { ui, store } = renderUi();
    act(() => store.setState({ controls: [{ id: 'templates', order: 0, node: <button type="button">Reply templates</button> }] }));
    const buttons = ui.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Reply templates', '2']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
