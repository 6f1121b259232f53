// Reply templates on the demo sites with their real editors: the picker opens from the
// "Reply templates" button beside a review-reply box (Yelp's textareas) or with Alt+Shift+T
// in any other box (Facebook's Lexical comment, X's Draft.js reply), inserts a filled,
// multi-paragraph template through the editor's own input path — the editor's own state
// holds exactly that text, paragraphs intact, once — and leaves the caret at the end. A
// template whose profile value is missing is named in the picker and never inserted.
import type { Locator, Page } from 'playwright-core';
import waitTime from '../../lib/templates/builtin/wait-time';
import { editorText, openBox, openExtensionPage, siteInfo, useExtensionSession, type DemoBox, type DemoSiteInfo } from './harness';

const session = useExtensionSession();

const PROFILE = {
  practiceName: 'Riverbend Family Dental',
  contactName: 'Dana Whitfield',
  phones: ['555-010-2000'],
  emails: ['office@riverbend-dental.example'],
};

// The "Long wait" template filled by hand from the profile (not by the code under test).
const FILLED = waitTime.text
  .replaceAll('{practiceName}', PROFILE.practiceName)
  .replaceAll('{contactName}', PROFILE.contactName)
  .replaceAll('{contactPhone}', PROFILE.phones[0]!)
  .replaceAll('{contactEmail}', PROFILE.emails[0]!);

type Chrome = { chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } } };

/** Writes the practice profile the way lib/settings/layout.ts stores it (storage.sync). */
async function setProfile(profile: Record<string, unknown>): Promise<void> {
  const page = await openExtensionPage(session.context, 'options.html');
  await page.evaluate((p) => (globalThis as unknown as Chrome).chrome.storage.sync.set({ 'settings.version': 1, 'settings.profile': p }), profile);
  await page.close();
}

function boxOf(siteName: Parameters<typeof siteInfo>[0], id: string): [DemoSiteInfo, DemoBox] {
  const site = siteInfo(siteName);
  return [site, site.boxes.find((b) => b.id === id)!];
}

const BOXES: Array<[DemoSiteInfo, DemoBox]> = [
  boxOf('yelp', 'public-r1'),
  boxOf('yelp', 'private-r1'),
  boxOf('yelp-www', 'owner-comment-r1'),
  boxOf('facebook', 'comment-p1'),
  boxOf('x', 'reply-1001'),
];

function hostOf(page: Page, boxId: string): Locator {
  return page.locator(`[data-demo-box="${boxId}"]`).locator('xpath=..').locator('[data-posting-assistant]');
}

/** Opens the picker the way the box offers it: the button on review replies, Alt+Shift+T elsewhere. */
async function openPicker(page: Page, box: DemoBox): Promise<Locator> {
  const host = hostOf(page, box.id);
  await host.first().waitFor({ state: 'attached', timeout: 5000 });
  if (box.kind === 'review-reply') {
    await host.getByRole('button', { name: 'Reply templates' }).click();
  } else {
    await page.keyboard.press('Alt+Shift+T');
  }
  const picker = page.getByRole('dialog', { name: 'Reply templates' });
  await picker.waitFor();
  return picker;
}

describe('with the practice profile filled in', () => {
  beforeAll(() => setProfile(PROFILE));

  for (const [site, box] of BOXES) {
    test(`${site.label} ${box.id} (${box.editor}): inserts the multi-paragraph template exactly once, caret at the end`, async () => {
      const { page } = await openBox(session.context, site, box);
      const picker = await openPicker(page, box);
      await picker.getByRole('radio', { name: /^Long wait/ }).check();
      // The preview shows the filled text, not the placeholders.
      expect(await picker.locator('.pa-tpl-text').textContent()).toBe(FILLED);
      await picker.getByRole('button', { name: 'Insert reply' }).click();
      await picker.waitFor({ state: 'detached' });

      await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, FILLED] as const, { timeout: 5000 }).catch(() => undefined);
      const held = await editorText(page, box.id);
      expect(held).toBe(FILLED);
      expect(held).not.toMatch(/[{}]/);
      expect(held!.split('\n')).toEqual(FILLED.split('\n'));

      // Still true a moment later (no late revert or second insertion by the site).
      await page.waitForTimeout(300);
      expect(await editorText(page, box.id)).toBe(FILLED);

      // The caret is at the end, in the box: a typed character lands after the last word.
      await page.keyboard.type('!');
      await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, `${FILLED}!`] as const, { timeout: 3000 }).catch(() => undefined);
      expect(await editorText(page, box.id)).toBe(`${FILLED}!`);
      await page.close();
    });
  }
});

describe('with a profile value missing', () => {
  beforeAll(() => setProfile({ ...PROFILE, emails: [] }));
  afterAll(() => setProfile(PROFILE));

  for (const [site, box] of BOXES) {
    test(`${site.label} ${box.id}: the picker names the missing contact email and inserts nothing`, async () => {
      const { page } = await openBox(session.context, site, box);
      const picker = await openPicker(page, box);
      await picker.getByRole('radio', { name: /^Long wait/ }).check();
      await expect.poll(() => picker.getByRole('status').textContent()).toMatch(/contact email/);
      expect(await picker.getByRole('button', { name: 'Add it in the options' }).count()).toBe(1);
      const insert = picker.getByRole('button', { name: 'Insert reply' });
      expect(await insert.isDisabled()).toBe(true);
      await insert.click({ force: true });
      await page.waitForTimeout(300);
      expect(await editorText(page, box.id)).toBe('');
      await page.close();
    });
  }
});
