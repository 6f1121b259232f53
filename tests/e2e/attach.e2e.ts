// DESIGN.md's stable hook: every compose/reply/comment box the assistant attaches to gets one
// host element `[data-posting-assistant]` next to it (never inside the editor), with
// `data-kind`, `data-site`, `data-state` and `data-findings`; site search inputs get none.
// Boxes that appear later (a dialog, more posts, in-app navigation) get theirs too, and
// boxes that go away take theirs with them.
import type { Page } from 'playwright-core';
import { assistantAttachments, demoBoxes, openSite, SITES, useExtensionSession, type DemoSiteInfo } from './harness';

const session = useExtensionSession();

/** Each box on the page now → the hosts next to it, as "kind/site"; plus stray hosts. */
async function attachmentSummary(page: Page) {
  const report = await assistantAttachments(page);
  return {
    boxes: Object.fromEntries(report.boxes.map((b) => [b.id, b.hosts.map((h) => `${h.kind}/${h.site}`)])),
    strays: report.strays,
    insideEditor: report.insideEditor,
  };
}

/** What the page should show: exactly one host of the right kind and site by each box. */
async function expectedSummary(page: Page, site: DemoSiteInfo) {
  const boxes = await demoBoxes(page);
  return {
    boxes: Object.fromEntries(boxes.map((b) => [b.id, [`${b.kind}/${site.assistantSite}`]])),
    strays: [],
    insideEditor: 0,
  };
}

async function expectEveryBoxAttached(page: Page, site: DemoSiteInfo): Promise<void> {
  const expected = await expectedSummary(page, site);
  await expect.poll(() => attachmentSummary(page), { timeout: 5_000 }).toEqual(expected);
  for (const box of (await assistantAttachments(page)).boxes) {
    for (const host of box.hosts) {
      expect(['checking', 'ok', 'issues']).toContain(host.state);
      expect(host.findings).toMatch(/^\d+$/);
    }
  }
}

/** Opens every box the start page offers (Facebook's composer lives in a dialog). */
async function revealBoxes(page: Page, site: DemoSiteInfo): Promise<void> {
  for (const box of site.boxes) {
    if (box.openedBy && !box.path) await page.getByRole(box.openedBy.role, { name: box.openedBy.name, exact: true }).click();
  }
}

for (const site of SITES) {
  describe(`${site.label}: the assistant attaches to each box`, () => {
    test('one host element next to each compose, reply and comment box, none by the search input', async () => {
      const page = await openSite(session.context, site.name);
      await revealBoxes(page, site);
      const onPage = (await demoBoxes(page)).map((b) => b.id);
      for (const box of site.boxes.filter((b) => !b.path)) expect(onPage).toContain(box.id);

      await expectEveryBoxAttached(page, site);

      // Typing in a search input must not make the assistant attach there either.
      for (const selector of site.ignoredInputs) {
        await page.locator(selector).fill('dentist near me');
        await page.locator(selector).focus();
      }
      await page.waitForTimeout(500);
      await expectEveryBoxAttached(page, site);
      await page.close();
    });
  });
}

test('Facebook: comment boxes of posts loaded later get a host too', async () => {
  const site = SITES.find((s) => s.name === 'facebook')!;
  const page = await openSite(session.context, 'facebook');
  await expectEveryBoxAttached(page, site);
  const before = (await demoBoxes(page)).length;

  await page.getByRole('button', { name: 'Load more posts' }).click();
  await expect.poll(async () => (await demoBoxes(page)).length).toBe(before + 2);
  await expectEveryBoxAttached(page, site);
  await page.close();
});

test('X: navigating to a post and back moves the host from the composer to the reply box and back', async () => {
  const site = SITES.find((s) => s.name === 'x')!;
  const page = await openSite(session.context, 'x', '/home');
  await expectEveryBoxAttached(page, site);

  await page.locator('a[href="/springfieldnews/status/1001"]').click();
  await expect.poll(async () => (await demoBoxes(page)).map((b) => b.id)).toEqual(['reply-1001']);
  expect(new URL(page.url()).pathname).toBe('/springfieldnews/status/1001');
  await expectEveryBoxAttached(page, site);

  await page.goBack();
  await expect.poll(async () => (await demoBoxes(page)).map((b) => b.id)).toEqual(['compose']);
  await expectEveryBoxAttached(page, site);
  await page.close();
});
