// @vitest-environment jsdom
// Discovery on a Facebook-like page: boxes present at start, boxes that appear later
// (dialog, infinite scroll), boxes removed, re-classified when Lexical attaches, focused
// boxes the observer could not see, and nothing after abort.
import { observeComposers, type ComposerListener } from '@/lib/discovery/observe-composers';
import { facebookAdapter } from '@/lib/sites/facebook';
import type { Composer, SiteAdapter } from '@/lib/sites/types';
import { h } from '../editors/dom';

const BATCH_MS = 5;
/** Lets the observer's callback run (a microtask), then its batch timer, with room for a busy CPU. */
async function afterBatch(): Promise<void> {
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, BATCH_MS * 20));
}

function commentPost(id: string): HTMLElement {
  return h('div', { role: 'article', id }, h('p', {}, 'post'), h('form', {}, h('div', { contenteditable: 'true', role: 'textbox', 'data-lexical-editor': 'true', 'aria-label': 'Write a comment…' })));
}

function recorder() {
  const events: string[] = [];
  const live = new Set<Composer>();
  const listener: ComposerListener = {
    added(c) {
      live.add(c);
      events.push(`+${c.kind}:${c.editor}:${c.element.closest('[id]')?.id ?? '?'}`);
    },
    removed(c) {
      live.delete(c);
      events.push(`-${c.kind}:${c.editor}:${c.element.closest('[id]')?.id ?? '?'}`);
    },
  };
  return { events, live, listener };
}

let controller: AbortController;
beforeEach(() => {
  document.body.replaceChildren(h('input', { type: 'search', 'aria-label': 'Search Facebook' }), h('div', { role: 'feed', id: 'feed' }, commentPost('p1')));
  controller = new AbortController();
});
afterEach(() => controller.abort());

test('reports the boxes on the page at start, not the search input', () => {
  const rec = recorder();
  const observer = observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  expect(rec.events).toEqual(['+comment:lexical:p1']);
  expect(observer.composers()).toHaveLength(1);
});

test('picks up boxes added later (infinite scroll, the composer dialog) in one batch', async () => {
  const rec = recorder();
  observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  document.getElementById('feed')!.append(commentPost('p2'), commentPost('p3'));
  document.body.append(h('div', { role: 'dialog', 'aria-label': 'Create post', id: 'dialog' }, h('div', {}, h('div', { contenteditable: 'true', role: 'textbox', 'data-lexical-editor': 'true', 'aria-label': "What's on your mind?" }))));
  expect(rec.events).toEqual(['+comment:lexical:p1']);
  await afterBatch();
  expect(rec.events.slice(1).sort()).toEqual(['+comment:lexical:p2', '+comment:lexical:p3', '+post:lexical:dialog']);
});

test('reports removed boxes, also when a whole ancestor goes', async () => {
  const rec = recorder();
  observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  document.getElementById('feed')!.append(commentPost('p2'));
  await afterBatch();
  document.getElementById('p1')!.remove();
  document.getElementById('feed')!.remove();
  await afterBatch();
  expect(rec.events).toEqual(['+comment:lexical:p1', '+comment:lexical:p2', '-comment:lexical:p1', '-comment:lexical:p2']);
  expect(rec.live.size).toBe(0);
});

test('re-classifies a box when Lexical attaches to it after it was found', async () => {
  const rec = recorder();
  observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  const box = h('div', { contenteditable: 'true', role: 'textbox', 'aria-label': 'Write a comment…' });
  document.getElementById('feed')!.append(h('div', { role: 'article', id: 'p9' }, box));
  await afterBatch();
  box.setAttribute('data-lexical-editor', 'true');
  await afterBatch();
  expect(rec.events.slice(1)).toEqual(['+comment:contenteditable:p9', '-comment:contenteditable:p9', '+comment:lexical:p9']);
});

test('typing inside a known editor does not make discovery look at the page again', async () => {
  const calls: Element[] = [];
  const spying: SiteAdapter = { ...facebookAdapter, composerFor: (el) => (calls.push(el), facebookAdapter.composerFor(el)) };
  observeComposers(spying, recorder().listener, { signal: controller.signal, batchMs: BATCH_MS });
  const box = document.querySelector<HTMLElement>('[data-lexical-editor]')!;
  calls.length = 0;
  for (let i = 0; i < 20; i++) box.append(h('p', {}, h('span', {}, `line ${i}`)));
  await afterBatch();
  expect(calls).toEqual([]);
});

test('a box the observer could not see (in a shadow root) is found when focused', () => {
  const rec = recorder();
  observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  const host = h('div', { role: 'article', id: 'shadow-post' });
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const box = h('div', { contenteditable: 'true', role: 'textbox', 'aria-label': 'Write a comment…', tabindex: '0' });
  shadow.append(box);
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  expect(rec.events).toEqual(['+comment:lexical:p1', '+comment:contenteditable:?']);
});

test('after abort nothing more is reported and rescan does nothing', async () => {
  const rec = recorder();
  const observer = observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: BATCH_MS });
  controller.abort();
  document.getElementById('feed')!.append(commentPost('p2'));
  document.getElementById('p1')!.remove();
  observer.rescan();
  await afterBatch();
  expect(rec.events).toEqual(['+comment:lexical:p1']);
  expect(observer.composers()).toEqual([]);
});

test('rescan finds boxes at once and drops those gone', () => {
  const rec = recorder();
  const observer = observeComposers(facebookAdapter, rec.listener, { signal: controller.signal, batchMs: 10_000 });
  document.getElementById('p1')!.remove();
  document.getElementById('feed')!.append(commentPost('p5'));
  observer.rescan();
  expect(rec.events).toEqual(['+comment:lexical:p1', '-comment:lexical:p1', '+comment:lexical:p5']);
});
