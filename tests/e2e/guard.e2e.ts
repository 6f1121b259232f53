// The pre-post guard on the demo sites with their real editors (Lexical, Draft.js, React
// textareas): a reply with patient information is stopped at the site's send button and at
// its keyboard shortcut, "Edit" goes back to the box with the editor's state untouched,
// "Post anyway" and a second person's approval send exactly once, strict mode offers no way
// past a block finding, a clean post goes out at once, and the audit log holds no text.
import type { Locator, Page } from 'playwright-core';
import { hashPin } from '../../lib/settings/pin';
import {
  boxEditable,
  editorText,
  openBox,
  openExtensionPage,
  postedOn,
  SITES,
  typeIntoBox,
  useExtensionSession,
  type DemoBox,
  type DemoSiteInfo,
  assistantSettled,
  readPostLog,
} from './harness';

const session = useExtensionSession();

// Unmistakable PHI in any kind of box: a chart, a treatment, a visit date and a name.
const PHI_REPLY = 'We reviewed your chart and your root canal on March 3 went fine, Maria Lopez';
const PHI_WORDS = ['reviewed', 'chart', 'root', 'canal', 'March', 'fine', 'Maria', 'Lopez'];
const CLEAN_POST = 'Thanks for coming to our open house this weekend, it was lovely to see the neighborhood.';

type GuardSetting = { mode: 'off' | 'warn' | 'strict' | 'two-person'; twoPersonScope: 'all' | 'flagged'; pin: { salt: string; hash: string } | null };
const WARN: GuardSetting = { mode: 'warn', twoPersonScope: 'all', pin: null };

type Chrome = {
  chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
};

/** Writes the guard section the way lib/settings/layout.ts stores it (storage.sync). */
async function setGuard(guard: GuardSetting): Promise<void> {
  const page = await openExtensionPage(session.context, 'options.html');
  await page.evaluate(
    (g) => (globalThis as unknown as Chrome).chrome.storage.sync.set({ 'settings.version': 1, 'settings.guard': g }),
    guard,
  );
  await page.close();
}

async function openAndType(site: DemoSiteInfo, box: DemoBox, text: string): Promise<Page> {
  const { page } = await openBox(session.context, site, box);
  await typeIntoBox(page, box, text);
  await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, text] as const, { timeout: 5000 });
  await assistantSettled(page, box.id);
  return page;
}

async function attemptSend(page: Page, box: DemoBox, via: 'button' | 'keys'): Promise<void> {
  if (via === 'button') await page.locator(box.sendButton).click();
  else await boxEditable(page, box.id).press(box.sendKeys!);
}

/** Presses the site's send from a script, as nothing else can reach it behind the modal dialog. */
async function pressBehindDialog(page: Page, box: DemoBox, via: 'button' | 'keys'): Promise<void> {
  await page.evaluate(
    ({ via, sendButton, boxId, keys }) => {
      if (via === 'button') {
        document.querySelector<HTMLElement>(sendButton)!.click();
        return;
      }
      const editable = document.querySelector(`[data-demo-box="${boxId}"]`)!.querySelector('[contenteditable="true"], textarea')!;
      const ctrlKey = keys.startsWith('Control+');
      editable.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey, bubbles: true, cancelable: true, composed: true }));
    },
    { via, sendButton: box.sendButton, boxId: box.id, keys: box.sendKeys ?? '' },
  );
}

function guardDialog(page: Page): Locator {
  return page.getByRole('alertdialog');
}

/** Whether keyboard focus is in the box's editable (the textarea, or inside the contenteditable). */
async function focusInBox(page: Page, boxId: string): Promise<boolean> {
  return boxEditable(page, boxId).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Waits until the page has recorded `count` posts, then a little longer to catch a second send. */
async function expectPostedExactly(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.__demo.posted.length >= n, count, { timeout: 5000 });
  await page.waitForTimeout(400);
  expect(await postedOn(page)).toHaveLength(count);
}

const ALL_BOXES: Array<[DemoSiteInfo, DemoBox]> = SITES.flatMap((site) => site.boxes.map((box) => [site, box] as [DemoSiteInfo, DemoBox]));

function testStopsAndEdits(site: DemoSiteInfo, box: DemoBox, via: 'button' | 'keys') {
  const how = via === 'button' ? 'its send button' : box.sendKeys!;
  test(`a PHI reply is stopped at ${how}: nothing posted; Edit returns to the box, text intact, caret at the first finding`, async () => {
    const page = await openAndType(site, box, PHI_REPLY);
    await attemptSend(page, box, via);
    const dialog = guardDialog(page);
    await dialog.waitFor();
    expect(await postedOn(page)).toEqual([]);
    expect(await editorText(page, box.id)).toBe(PHI_REPLY);
    // The dialog is modal (the page behind it is inert), but a script or a stray key event
    // can still press the site's send: it must neither send nor open a second dialog.
    await pressBehindDialog(page, box, via);
    expect(await guardDialog(page).count()).toBe(1);
    expect(await postedOn(page)).toEqual([]);

    const first = (await dialog.locator('.pa-matched').first().textContent()) ?? '';
    expect(PHI_REPLY).toContain(first);
    await dialog.getByRole('button', { name: 'Edit' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await editorText(page, box.id)).toBe(PHI_REPLY);
    expect(await focusInBox(page, box.id)).toBe(true);
    expect(await postedOn(page)).toEqual([]);

    // The caret sits where the first finding starts: a typed character lands there.
    const at = PHI_REPLY.indexOf(first);
    await page.keyboard.type('Q');
    const expected = PHI_REPLY.slice(0, at) + 'Q' + PHI_REPLY.slice(at);
    await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, expected] as const, { timeout: 3000 }).catch(() => undefined);
    expect(await editorText(page, box.id)).toBe(expected);
    expect(await postedOn(page)).toEqual([]);
    await page.close();
  });
}

function testPostAnyway(site: DemoSiteInfo, box: DemoBox, via: 'button' | 'keys') {
  const how = via === 'button' ? 'the send button' : box.sendKeys!;
  test(`Post anyway after ${how} sends the reply exactly once`, async () => {
    const page = await openAndType(site, box, PHI_REPLY);
    await attemptSend(page, box, via);
    const dialog = guardDialog(page);
    await dialog.waitFor();
    expect(await postedOn(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectPostedExactly(page, 1);
    const [posted] = await postedOn(page);
    expect(posted!.box).toBe(box.id);
    expect(posted!.text).toBe(PHI_REPLY);
    await page.close();
  });
}

function testCleanPost(site: DemoSiteInfo, box: DemoBox, via: 'button' | 'keys') {
  const how = via === 'button' ? 'its send button' : box.sendKeys!;
  test(`a clean post goes out through ${how} at once, with no dialog`, async () => {
    const page = await openAndType(site, box, CLEAN_POST);
    let postedAtOnce: number;
    if (via === 'button') {
      // Click and read the page's posted list in the same task: no added delay at all.
      postedAtOnce = await page.evaluate((selector) => {
        document.querySelector<HTMLElement>(selector)!.click();
        return window.__demo.posted.length;
      }, box.sendButton);
    } else {
      // The key's handlers have all run when press() returns: read before anything else.
      await boxEditable(page, box.id).press(box.sendKeys!);
      postedAtOnce = await page.evaluate(() => window.__demo.posted.length);
    }
    expect(postedAtOnce).toBe(1);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    expect(await guardDialog(page).count()).toBe(0);
    await expectPostedExactly(page, 1);
    expect((await postedOn(page))[0]!.text).toBe(CLEAN_POST);
    await page.close();
  });
}

describe('warn mode (the default)', () => {
  beforeAll(() => setGuard(WARN));
  for (const [site, box] of ALL_BOXES) {
    describe(`${site.label} ${box.id} (${box.editor})`, () => {
      testStopsAndEdits(site, box, 'button');
      testPostAnyway(site, box, 'button');
      testCleanPost(site, box, 'button');
      if (box.sendKeys) {
        testStopsAndEdits(site, box, 'keys');
        testPostAnyway(site, box, 'keys');
        testCleanPost(site, box, 'keys');
      }
    });
  }
});

// One box per demo site for the other modes: the interception is the same code path.
const ONE_PER_SITE: Array<[DemoSiteInfo, DemoBox]> = SITES.map((site) => [site, site.boxes.find((b) => b.kind !== 'post') ?? site.boxes[0]!]);

describe('strict mode', () => {
  beforeAll(() => setGuard({ mode: 'strict', twoPersonScope: 'all', pin: null }));
  afterAll(() => setGuard(WARN));
  for (const [site, box] of ONE_PER_SITE) {
    test(`${site.label} ${box.id}: a block finding offers Edit and no "Post anyway", and nothing is sent`, async () => {
      const page = await openAndType(site, box, PHI_REPLY);
      await attemptSend(page, box, box.sendKeys ? 'keys' : 'button');
      const dialog = guardDialog(page);
      await dialog.waitFor();
      expect(await dialog.getByRole('button', { name: 'Edit' }).count()).toBe(1);
      expect(await dialog.getByRole('button', { name: /post anyway|approve/i }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Edit' }).click();
      await dialog.waitFor({ state: 'detached' });
      await attemptSend(page, box, 'button');
      await dialog.waitFor();
      await page.waitForTimeout(300);
      expect(await postedOn(page)).toEqual([]);
      expect(await editorText(page, box.id)).toBe(PHI_REPLY);
      await page.close();
    });
  }
});

describe('two-person mode', () => {
  const PIN = '4826';
  beforeAll(async () => setGuard({ mode: 'two-person', twoPersonScope: 'all', pin: await hashPin(PIN) }));
  afterAll(() => setGuard(WARN));
  for (const [site, box] of ONE_PER_SITE) {
    test(`${site.label} ${box.id}: a second person's initials and the practice PIN send it once, and the audit log records the initials`, async () => {
      const started = Date.now();
      const page = await openAndType(site, box, PHI_REPLY);
      await attemptSend(page, box, 'button');
      const dialog = guardDialog(page);
      await dialog.waitFor();
      // The second person reads the text as it would go out.
      expect(await dialog.getByRole('region', { name: 'Post to review' }).textContent()).toBe(PHI_REPLY);
      await dialog.getByLabel("Approver's initials").fill('jd');
      await dialog.getByLabel('Practice PIN').fill('1111');
      await dialog.getByRole('button', { name: 'Approve and post' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'PIN does not match' }).waitFor();
      expect(await postedOn(page)).toEqual([]);

      await dialog.getByLabel('Practice PIN').fill(PIN);
      await dialog.getByRole('button', { name: 'Approve and post' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectPostedExactly(page, 1);
      expect((await postedOn(page))[0]!.text).toBe(PHI_REPLY);

      await expect
        .poll(async () => (await readPostLog(session.context, 'audit')).filter((e) => (e.at as number) >= started && e.decision === 'approved'), { timeout: 5000 })
        .toHaveLength(1);
      const [entry] = (await readPostLog(session.context, 'audit')).filter((e) => (e.at as number) >= started && e.decision === 'approved');
      expect(entry).toMatchObject({ site: site.assistantSite, kind: box.kind, approvedBy: 'JD' });
      expect((entry!.counts as Record<string, number>).name).toBeGreaterThan(0);
      await page.close();
    });

    test(`${site.label} ${box.id}: every post needs approval, a clean one too`, async () => {
      const page = await openAndType(site, box, CLEAN_POST);
      await attemptSend(page, box, 'button');
      const dialog = guardDialog(page);
      await dialog.waitFor();
      expect(await dialog.getByLabel("Approver's initials").count()).toBe(1);
      await page.waitForTimeout(200);
      expect(await postedOn(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('two-person mode for flagged posts only', () => {
  beforeAll(async () => setGuard({ mode: 'two-person', twoPersonScope: 'flagged', pin: await hashPin('4826') }));
  afterAll(() => setGuard(WARN));
  for (const [site, box] of ONE_PER_SITE) {
    test(`${site.label} ${box.id}: a clean post goes out at once; a PHI reply waits for a second person`, async () => {
      const page = await openAndType(site, box, CLEAN_POST);
      const postedAtOnce = await page.evaluate((selector) => {
        document.querySelector<HTMLElement>(selector)!.click();
        return window.__demo.posted.length;
      }, box.sendButton);
      expect(postedAtOnce).toBe(1);
      expect(await guardDialog(page).count()).toBe(0);
      await page.close();

      const risky = await openAndType(site, box, PHI_REPLY);
      await attemptSend(risky, box, 'button');
      const dialog = guardDialog(risky);
      await dialog.waitFor();
      expect(await dialog.getByLabel("Approver's initials").count()).toBe(1);
      await risky.waitForTimeout(200);
      expect(await postedOn(risky)).toEqual([]);
      await risky.close();
    });
  }
});

// Reads what the tests above logged, so it runs last and with them (not alone with -t).
test('every guard decision above is in the audit log, and no record holds any word of the posts', async () => {
  const audit = await readPostLog(session.context, 'audit');
  const posts = await readPostLog(session.context, 'posts');
  const decisions = new Set(audit.map((e) => e.decision));
  for (const d of ['stopped', 'sent-after-warning', 'sent-clean', 'approved']) expect(decisions).toContain(d);
  for (const site of ['facebook', 'x', 'yelp']) expect(audit.some((e) => e.site === site && e.decision === 'stopped')).toBe(true);
  const stored = JSON.stringify([audit, posts]).toLowerCase();
  for (const word of [...PHI_WORDS, 'open house', 'neighborhood']) expect(stored).not.toContain(word.toLowerCase());
});
