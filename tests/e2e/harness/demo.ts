// Driving the demo sites: open a site at its real URL, reveal a box, type into it the way a
// person does (real key events through Chromium), read back what the editor itself holds.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { DemoBoxInfo, DemoPosted } from '../../fixtures/shared/demo-api';
import { siteInfo, type DemoBox, type DemoSite, type DemoSiteInfo } from './sites';

export type { DemoBoxInfo, DemoPosted };

/** Waits until the demo page has rendered and installed `window.__demo`. */
export async function waitForDemo(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__demo) && (document.getElementById('root')?.childElementCount ?? 0) > 0);
}

/** Opens a demo site in a new tab at its real URL (e.g. https://www.facebook.com/). */
export async function openSite(context: BrowserContext, site: DemoSite, path?: string): Promise<Page> {
  const info = siteInfo(site);
  const page = await context.newPage();
  await page.goto(info.origin + (path ?? info.startPath));
  await waitForDemo(page);
  return page;
}

/** The editable element of a box: the contenteditable root, or the textarea. */
export function boxEditable(page: Page, boxId: string): Locator {
  return page.locator(`[data-demo-box="${boxId}"]`).locator('[contenteditable="true"], textarea').first();
}

/**
 * Opens the site on the box's page, reveals the box (e.g. Facebook's composer dialog) and
 * returns its editable, focused. Pass `page` to reuse a tab already on the site.
 */
export async function openBox(
  context: BrowserContext,
  site: DemoSite | DemoSiteInfo,
  box: DemoBox,
  page?: Page,
): Promise<{ page: Page; editable: Locator }> {
  const info = typeof site === 'string' ? siteInfo(site) : site;
  const tab = page ?? (await openSite(context, info.name, box.path ?? info.startPath));
  if (box.openedBy) await tab.getByRole(box.openedBy.role, { name: box.openedBy.name, exact: true }).click();
  const editable = boxEditable(tab, box.id);
  await editable.waitFor({ state: 'visible' });
  await editable.click();
  return { page: tab, editable };
}

/**
 * Types text into the focused box with real key events; '\n' becomes the box's new-line keys
 * (Shift+Enter in Facebook comments, where Enter sends). `delay` is ms between keys.
 */
export async function typeIntoBox(page: Page, box: DemoBox, text: string, options: { delay?: number } = {}): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(box.newlineKeys);
    if (line) await page.keyboard.type(line, { delay: options.delay ?? 0 });
  }
}

/** What the box's editor really holds (Lexical state, Draft ContentState, React state), '\n' between paragraphs. */
export async function editorText(page: Page, boxId: string): Promise<string | null> {
  return page.evaluate((id) => window.__demo.editorText(id), boxId);
}

/** The boxes mounted on the page now, from the page's own registry. */
export async function demoBoxes(page: Page): Promise<DemoBoxInfo[]> {
  return page.evaluate(() => window.__demo.boxes());
}

/** Everything the page has "posted" so far, oldest first. */
export async function postedOn(page: Page): Promise<DemoPosted[]> {
  return page.evaluate(() => window.__demo.posted.slice());
}

/** Sends the box the way the site offers: its button, or its keyboard shortcut. */
export async function sendBox(page: Page, box: DemoBox, via: 'button' | 'keys' = 'button'): Promise<void> {
  if (via === 'button') {
    await page.locator(box.sendButton).click();
    return;
  }
  if (!box.sendKeys) throw new Error(`box ${box.id} has no keyboard shortcut to send`);
  await boxEditable(page, box.id).press(box.sendKeys);
}
