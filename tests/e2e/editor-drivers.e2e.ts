// The editor drivers (lib/editors) on the demo sites' real editors — Lexical, Draft.js and a
// React textarea — in real Chromium: a replaced span, a whole new text and a deletion end
// up in the editor's own state (window.__demo.editorText: Lexical's editor state, Draft's
// ContentState, React's value), the DOM reads the same, the caret sits where the person
// expects, typing goes on from there, and Ctrl+Z undoes the edit.
import type { Page } from 'playwright-core';
import { editorText, openBox, SITES, typeIntoBox, useExtensionSession, type DemoBox, type DemoSiteInfo } from './harness';
import { injectPageLib } from './in-page-lib';

const session = useExtensionSession();

const TYPED = 'Thanks for coming in on Tuesday.\nWe hope your root canal healed well.\nCall us anytime.';
const SPAN = 'root canal';
const TEMPLATE = 'Thank you for taking the time to share this.\n\nWe would like to hear more: please call the office.\nThe team';

type Action = { op: 'replace'; start: number; end: number; text: string } | { op: 'set'; text: string } | { op: 'read' };

interface DriveResult {
  ok: boolean | null;
  editor: string;
  /** What the driver reads from the DOM. */
  dom: string;
  /** What the editor itself holds. */
  state: string | null;
  selection: { start: number; end: number } | null;
}

/** Runs one driver action in the page on the box's editable, found and classified by the site adapter. */
async function drive(page: Page, boxId: string, action: Action): Promise<DriveResult> {
  await injectPageLib(page);
  return page.evaluate(
    async ({ boxId, action }) => {
      const element = document.querySelector<HTMLElement>(
        `[data-demo-box="${boxId}"] [contenteditable="true"], [data-demo-box="${boxId}"] textarea`,
      );
      if (!element) throw new Error(`no editable for ${boxId}`);
      const composer = window.__pageLib.adapterForHost(location.hostname)?.composerFor(element);
      if (!composer) throw new Error(`the adapter does not see ${boxId} as a box`);
      const driver = window.__pageLib.driverFor(composer.editor);
      let ok: boolean | null = null;
      if (action.op === 'replace') ok = await driver.replaceRange(element, action.start, action.end, action.text);
      if (action.op === 'set') ok = await driver.setText(element, action.text);
      return {
        ok,
        editor: composer.editor,
        dom: driver.read(element).text,
        state: window.__demo.editorText(boxId),
        selection: driver.readSelection?.(element) ?? null,
      };
    },
    { boxId, action },
  );
}

/** Opens the box and types `text` with real keys, then waits past the editors' history merge window. */
async function boxWithText(site: DemoSiteInfo, box: DemoBox, text: string): Promise<Page> {
  const { page } = await openBox(session.context, site, box);
  if (text) await typeIntoBox(page, box, text);
  await page.waitForTimeout(400);
  expect(await editorText(page, box.id)).toBe(text);
  return page;
}

for (const site of SITES) {
  for (const [index, box] of site.boxes.entries()) {
    // Every box gets the replace-and-undo case; the first box of each site (one per editor
    // and site) gets the whole set — the runs are slow on two shared cores.
    const full = index === 0;
    describe(`${site.label} ${box.id} (${box.editor})`, () => {
      test('replacing a span in the middle of multi-paragraph text changes exactly that span, and Ctrl+Z restores it', async () => {
        const page = await boxWithText(site, box, TYPED);
        const start = TYPED.indexOf(SPAN);
        const expected = TYPED.replace(SPAN, 'visit');

        const result = await drive(page, box.id, { op: 'replace', start, end: start + SPAN.length, text: 'visit' });
        expect(result).toMatchObject({ ok: true, editor: box.editor, dom: expected, state: expected });
        expect(result.selection).toEqual({ start: start + 5, end: start + 5 });
        // Nothing reverts once the site re-renders.
        await page.waitForTimeout(300);
        expect(await editorText(page, box.id)).toBe(expected);

        await page.keyboard.press('Control+z');
        await expect.poll(() => editorText(page, box.id)).toBe(TYPED);
        expect((await drive(page, box.id, { op: 'read' })).dom).toBe(TYPED);
        await page.close();
      });

      if (!full) return;

      test('typing after a replacement continues right after it', async () => {
        const page = await boxWithText(site, box, TYPED);
        const start = TYPED.indexOf(SPAN);
        expect((await drive(page, box.id, { op: 'replace', start, end: start + SPAN.length, text: 'visit' })).ok).toBe(true);
        await page.keyboard.type(' today');
        const expected = TYPED.replace(SPAN, 'visit today');
        await expect.poll(() => editorText(page, box.id)).toBe(expected);
        expect((await drive(page, box.id, { op: 'read' })).dom).toBe(expected);
        await page.close();
      });

      test('deleting a span leaves the rest as it was', async () => {
        const page = await boxWithText(site, box, TYPED);
        const start = TYPED.indexOf(' on Tuesday');
        const expected = TYPED.replace(' on Tuesday', '');
        const result = await drive(page, box.id, { op: 'replace', start, end: start + ' on Tuesday'.length, text: '' });
        expect(result).toMatchObject({ ok: true, dom: expected, state: expected });
        await page.close();
      });

      test('setting multi-paragraph text into the empty box puts it there once, caret at the end', async () => {
        const page = await boxWithText(site, box, '');
        const result = await drive(page, box.id, { op: 'set', text: TEMPLATE });
        expect(result).toMatchObject({ ok: true, dom: TEMPLATE, state: TEMPLATE });
        expect(result.selection).toEqual({ start: TEMPLATE.length, end: TEMPLATE.length });
        await page.waitForTimeout(300);
        expect(await editorText(page, box.id)).toBe(TEMPLATE);
        await page.close();
      });

      test('setting a single line into the empty box does not double it', async () => {
        const page = await boxWithText(site, box, '');
        const result = await drive(page, box.id, { op: 'set', text: 'Thanks!' });
        expect(result).toMatchObject({ ok: true, dom: 'Thanks!', state: 'Thanks!' });
        await page.close();
      });

      test('setting multi-paragraph text over a draft replaces all of it', async () => {
        const page = await boxWithText(site, box, 'An old draft\nwith two lines');
        const result = await drive(page, box.id, { op: 'set', text: TEMPLATE });
        expect(result).toMatchObject({ ok: true, dom: TEMPLATE, state: TEMPLATE });
        await page.close();
      });
    });
  }
}
