// The post log end to end: sending on each demo site (its button or keyboard shortcut, after
// the guard lets it through) adds one metadata record to IndexedDB `posting-assistant`
// (site, kind, counts, decision — no text), and the toolbar popup shows it: the week's
// count and the last post per site.
import type { Page } from 'playwright-core';
import {
  boxEditable,
  openBox,
  openExtensionPage,
  postedOn,
  siteInfo,
  typeIntoBox,
  useExtensionSession,
  type DemoBox,
  type DemoSite,
  type DemoSiteInfo,
  assistantSettled,
  readEveryStore,
  readPostLog,
} from './harness';

const session = useExtensionSession();

const PHI_REPLY = 'We reviewed your chart and your root canal on March 3 went fine, Maria Lopez';
const CLEAN = 'Thanks for coming to our open house this weekend, it was lovely to see the neighborhood.';
const WORDS = ['reviewed', 'chart', 'root canal', 'March', 'Maria', 'Lopez', 'open house', 'neighborhood', 'lovely'];

/** Types into the box and sends it; a PHI text goes through the guard's "Post anyway". */
async function sendOn(site: DemoSiteInfo, box: DemoBox, text: string, via: 'button' | 'keys'): Promise<void> {
  const { page } = await openBox(session.context, site, box);
  await typeIntoBox(page, box, text);
  await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, text] as const, { timeout: 5000 });
  await assistantSettled(page, box.id);
  if (via === 'button') await page.locator(box.sendButton).click();
  else await boxEditable(page, box.id).press(box.sendKeys!);
  if (text === PHI_REPLY) {
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
  }
  await page.waitForFunction(() => window.__demo.posted.length === 1, undefined, { timeout: 5000 });
  expect((await postedOn(page))[0]!.text).toBe(text);
  await page.close();
}

/** The popup's text for one site under "Last on each site". */
async function lastOn(popup: Page, siteName: string): Promise<string> {
  const row = popup.locator('.last-by-site > div').filter({ has: popup.locator('dt', { hasText: new RegExp(`^${siteName}$`) }) });
  return (await row.locator('dd').textContent()) ?? '';
}

interface Case {
  site: DemoSite;
  boxId: string;
  text: string;
  via: 'button' | 'keys';
  expected: { site: string; kind: string; decision: string; withPhi: boolean };
  /** Name under "Last on each site" and what it should say. */
  popupSite: string;
  popupLast: string;
}

const CASES: Case[] = [
  {
    site: 'facebook', boxId: 'composer', text: CLEAN, via: 'button',
    expected: { site: 'facebook', kind: 'post', decision: 'sent-clean', withPhi: false },
    popupSite: 'Facebook', popupLast: 'post, today',
  },
  {
    site: 'x', boxId: 'compose', text: CLEAN, via: 'keys',
    expected: { site: 'x', kind: 'post', decision: 'sent-clean', withPhi: false },
    popupSite: 'X', popupLast: 'post, today',
  },
  {
    site: 'yelp', boxId: 'public-r1', text: PHI_REPLY, via: 'button',
    expected: { site: 'yelp', kind: 'review-reply', decision: 'sent-after-warning', withPhi: true },
    popupSite: 'Yelp', popupLast: 'review reply, today',
  },
  {
    site: 'facebook', boxId: 'comment-p1', text: CLEAN, via: 'keys',
    expected: { site: 'facebook', kind: 'comment', decision: 'sent-clean', withPhi: false },
    popupSite: 'Facebook', popupLast: 'comment, today',
  },
  {
    site: 'x', boxId: 'reply-1001', text: PHI_REPLY, via: 'keys',
    expected: { site: 'x', kind: 'comment', decision: 'sent-after-warning', withPhi: true },
    popupSite: 'X', popupLast: 'comment, today',
  },
  {
    site: 'yelp-www', boxId: 'owner-comment-r1', text: CLEAN, via: 'button',
    expected: { site: 'yelp', kind: 'review-reply', decision: 'sent-clean', withPhi: false },
    popupSite: 'Yelp', popupLast: 'review reply, today',
  },
];

test('a new install: the popup welcomes, with no posts logged', async () => {
  expect(await readPostLog(session.context, 'posts')).toEqual([]);
  const popup = await openExtensionPage(session.context, 'popup.html');
  await popup.getByRole('heading', { name: 'Welcome! No posts logged yet.' }).waitFor();
  await popup.close();
});

for (const c of CASES) {
  const site = siteInfo(c.site);
  const box = site.boxes.find((b) => b.id === c.boxId)!;
  test(`${site.label} ${box.id}: sending via ${c.via === 'button' ? 'the button' : box.sendKeys} logs a ${c.expected.kind} that the popup shows`, async () => {
    const before = await readPostLog(session.context, 'posts');
    const started = Date.now();
    await sendOn(site, box, c.text, c.via);

    await expect.poll(async () => (await readPostLog(session.context, 'posts')).length, { timeout: 5000 }).toBe(before.length + 1);
    const posts = await readPostLog(session.context, 'posts');
    const record = posts.find((p) => (p.at as number) >= started)!;
    expect(record).toMatchObject({ site: c.expected.site, kind: c.expected.kind, decision: c.expected.decision });
    expect(typeof record.localDate).toBe('string');
    expect(typeof record.timeZone).toBe('string');
    if (c.expected.withPhi) expect(record.phi).toBeGreaterThan(0);
    else expect(record).toMatchObject({ phi: 0, tone: 0 });
    // Metadata only: exactly the documented fields, and none of the words.
    expect(Object.keys(record).sort()).toEqual(['at', 'decision', 'id', 'kind', 'localDate', 'phi', 'site', 'timeZone', 'tone']);
    // The copy the popup reads holds the same post, and only its time, date, site and kind.
    const [copy] = await readPostLog(session.context, 'cadence');
    expect((copy as { posts: unknown[] }).posts).toContainEqual({ at: record.at, localDate: record.localDate, site: record.site, kind: record.kind });
    expect((copy as { posts: unknown[] }).posts).toHaveLength(posts.length);

    const popup = await openExtensionPage(session.context, 'popup.html');
    await popup.getByRole('heading', { name: 'Last on each site' }).waitFor();
    expect(await lastOn(popup, c.popupSite)).toBe(c.popupLast);
    const weekPosts = posts.filter((p) => p.kind === 'post').length;
    const target = 3;
    const label = `This week: ${Math.min(weekPosts, target)} of ${target} posts${weekPosts > target ? ` (+${weekPosts - target})` : ''}`;
    expect((await popup.locator('label[for="week-progress"]').textContent())?.trim()).toBe(label);
    const replies = posts.filter((p) => p.kind === 'review-reply').length;
    if (replies > 0) {
      expect(await popup.locator('.week-detail').textContent()).toContain(`${replies} review ${replies === 1 ? 'reply' : 'replies'}`);
    }
    await popup.close();
  });
}

test('no store holds any word of what was sent (every IndexedDB store, storage.local, storage.sync)', async () => {
  const page = await openExtensionPage(session.context, 'options.html');
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const areas = await page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome;
    return { local: await storage.local.get(null), sync: await storage.sync.get(null) };
  });
  await page.close();
  const stores = await readEveryStore(session.context);
  expect(Object.keys(stores).sort()).toEqual(['audit', 'cadence', 'posts']);
  const everything = JSON.stringify([stores, areas]).toLowerCase();
  expect(everything.length).toBeGreaterThan(100);
  for (const word of WORDS) expect(everything).not.toContain(word.toLowerCase());
});
