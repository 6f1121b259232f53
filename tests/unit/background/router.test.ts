import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageRouter, type RouterDeps } from '@/lib/background/router';
import { sendMessage } from '@/lib/messages';
import { readPosts, recordAudit, recordPost, readAudit } from '@/lib/storage';
import { useFreshIndexedDb } from '../storage/freshIndexedDb';

const sent = { at: Date.parse('2026-03-04T15:00:00Z'), timeZone: 'America/New_York', site: 'yelp', kind: 'review-reply', phi: 0, tone: 0, decision: 'sent-clean' } as const;

function routerWith(overrides: Partial<RouterDeps> = {}) {
  const opened: string[] = [];
  let badgeRefreshes = 0;
  const deps: RouterDeps = {
    recordPost,
    recordAudit,
    openExtensionPage: async (path) => void opened.push(path),
    helpPathForRule: (rule) => `/options.html#help/${rule}`,
    refreshBadge: async () => void (badgeRefreshes += 1),
    ...overrides,
  };
  fakeBrowser.runtime.onMessage.addListener(createMessageRouter(deps));
  return { opened, badgeRefreshes: () => badgeRefreshes };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useFreshIndexedDb();
});

describe('the background message router', () => {
  test('post-recorded writes the post to the log and refreshes the badge', async () => {
    const r = routerWith();
    expect(await sendMessage({ type: 'post-recorded', post: sent })).toEqual({ ok: true });
    expect(await readPosts()).toEqual([{ id: 1, ...sent, localDate: '2026-03-04' }]);
    expect(r.badgeRefreshes()).toBe(1);
  });

  test('audit-recorded writes a guard decision with the approver\'s initials', async () => {
    routerWith();
    const entry = { ...sent, counts: { name: 1 }, decision: 'approved', approvedBy: 'mk' } as const;
    expect(await sendMessage({ type: 'audit-recorded', entry })).toEqual({ ok: true });
    expect(await readAudit()).toMatchObject([{ decision: 'approved', approvedBy: 'MK', counts: { name: 1 } }]);
  });

  test('a malformed post is answered "invalid" and not written', async () => {
    const r = routerWith();
    const reply = await sendMessage({ type: 'post-recorded', post: { ...sent, site: 'tiktok' as never } });
    expect(reply).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await readPosts()).toEqual([]);
    expect(r.badgeRefreshes()).toBe(0);
  });

  test('when IndexedDB cannot be opened the sender gets a calm answer, and the background keeps working', async () => {
    routerWith();
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const reply = await sendMessage({ type: 'post-recorded', post: sent });
    expect(reply).toEqual({ ok: false, reason: 'storage-unavailable', message: expect.stringContaining("can't be saved right now") });
    open.mockRestore();
    expect(await sendMessage({ type: 'post-recorded', post: sent })).toEqual({ ok: true });
  });

  test('a failing dependency becomes a "failed" reply, never an unhandled rejection', async () => {
    routerWith({ openExtensionPage: () => Promise.reject(new Error('no tabs')) });
    expect(await sendMessage({ type: 'open-options' })).toMatchObject({ ok: false, reason: 'failed' });
  });

  test('open-options and open-help open the options page at the right place', async () => {
    const r = routerWith();
    await sendMessage({ type: 'open-options', section: 'data' });
    await sendMessage({ type: 'open-options' });
    await sendMessage({ type: 'open-help', rule: 'phi/relationship' });
    expect(r.opened).toEqual(['/options.html#data', '/options.html', '/options.html#help/phi/relationship']);
    expect(await sendMessage({ type: 'open-help', rule: 'javascript:alert(1)' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await sendMessage({ type: 'open-options', section: '../popup' as never })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(r.opened).toHaveLength(3);
  });

  test('messages that are not ours are left for other listeners', () => {
    const route = createMessageRouter({} as RouterDeps);
    expect(route({ type: 'something-else' })).toBeUndefined();
    expect(route('post-recorded')).toBeUndefined();
  });

  test('sendMessage never throws when the background is gone', async () => {
    // No listener registered: the fake runtime throws like a real "Receiving end does not exist".
    expect(await sendMessage({ type: 'log-changed' })).toMatchObject({ ok: false, reason: 'no-background' });
  });
});
