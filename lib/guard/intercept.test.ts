// @vitest-environment jsdom
import { interceptSends, type SendAttempt } from './intercept';
import type { Composer } from '@/lib/sites/types';

const controllers: AbortController[] = [];

function setup(hold: boolean) {
  document.body.innerHTML = `
    <div id="box" contenteditable="true"></div>
    <button id="send">Post</button>
    <button id="other">Photo</button>`;
  const box = document.getElementById('box')!;
  const send = document.getElementById('send') as HTMLButtonElement;
  const siteSends: string[] = [];
  // The site's own handlers, registered on the elements like a real site's.
  send.addEventListener('click', () => siteSends.push('click'));
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) siteSends.push(`key:${e.keyCode}`);
  });
  const composer: Composer = {
    site: 'x',
    kind: 'post',
    editor: 'contenteditable',
    element: box,
    anchor: box,
    submitControls: () => [document.getElementById('send')!],
    isSendShortcut: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
  };
  let release: (send: boolean) => void = () => {};
  const held: SendAttempt[] = [];
  const sent: Array<[SendAttempt['trigger'], boolean]> = [];
  const controller = new AbortController();
  controllers.push(controller);
  interceptSends({
    composer,
    shouldHold: () => hold,
    onHeld: (attempt) => {
      held.push(attempt);
      return new Promise((resolve) => (release = resolve));
    },
    onSent: (attempt, replayed) => sent.push([attempt.trigger, replayed]),
    signal: controller.signal,
  });
  return { box, send, siteSends, held, sent, release: (v: boolean) => release(v), controller };
}

const ctrlEnter = () => new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  // Listeners live on window: each test's must go, or they would hold the next test's sends.
  controllers.splice(0).forEach((c) => c.abort());
  document.body.innerHTML = '';
});

describe('interceptSends', () => {
  test('lets a send with nothing to flag through untouched and reports it', () => {
    const t = setup(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    t.send.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(t.siteSends).toEqual(['click']);
    expect(t.sent).toEqual([['click', false]]);
  });

  test('holds a risky click before the site sees it, then replays it exactly once when approved', async () => {
    const t = setup(true);
    t.send.click();
    expect(t.siteSends).toEqual([]);
    expect(t.held).toHaveLength(1);
    t.send.click(); // pressing again while the dialog is open does nothing
    expect(t.held).toHaveLength(1);
    t.release(true);
    await flush();
    expect(t.siteSends).toEqual(['click']);
    expect(t.sent).toEqual([['click', true]]);
  });

  test('keeps a held send stopped when it is not approved', async () => {
    const t = setup(true);
    t.send.click();
    t.release(false);
    await flush();
    expect(t.siteSends).toEqual([]);
    expect(t.sent).toEqual([]);
  });

  test('holds the keyboard shortcut and replays it with the legacy keyCode editors read', async () => {
    const t = setup(true);
    const e = ctrlEnter();
    t.box.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(t.siteSends).toEqual([]);
    t.release(true);
    await flush();
    expect(t.siteSends).toEqual(['key:13']);
  });

  test('ignores other buttons, plain Enter and keys outside the box', () => {
    const t = setup(true);
    document.getElementById('other')!.click();
    t.box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.body.dispatchEvent(ctrlEnter());
    expect(t.held).toEqual([]);
  });

  test('stops listening once aborted', () => {
    const t = setup(true);
    t.controller.abort();
    t.send.click();
    expect(t.held).toEqual([]);
    expect(t.siteSends).toEqual(['click']);
  });

  test('does not replay after being aborted while the dialog was open', async () => {
    const t = setup(true);
    t.send.click();
    t.controller.abort();
    t.release(true);
    await flush();
    expect(t.siteSends).toEqual([]);
  });
});
