// The in-page assistant on the demo sites with their real editors (Lexical, Draft.js, a React
// textarea): it underlines and lists PHI while staff type, shows OK for a clean post, applies
// a suggestion through the editor's own input path, never loses or reorders typed text, and
// leaves nothing behind when a box goes away, the site navigates or the extension reloads.
import type { Page } from 'playwright-core';
import {
  assistantAttachments,
  editorText,
  extensionWorker,
  openBox,
  openSite,
  siteInfo,
  typeIntoBox,
  useExtensionSession,
  type DemoBox,
  type DemoSiteInfo,
  assistantSettled,
} from './harness';

const session = useExtensionSession();

// Unmistakable PHI under DESIGN.md's contract: a treatment (health_info) tied to "your", a
// visit date (date) and a phone number (phone).
const PHI_REPLY = "We're sorry about your root canal on March 3. Please call us at 555-201-3344.";
const CLEAN_REPLY = 'Thank you for taking the time to share this. Please call the office so we can help.';

const BOXES: Array<[DemoSiteInfo, DemoBox]> = [
  [siteInfo('facebook'), siteInfo('facebook').boxes.find((b) => b.id === 'comment-p1')!],
  // A reply, not a post: in a post no one is identifiable, so the engine flags no PHI there.
  [siteInfo('x'), siteInfo('x').boxes.find((b) => b.id === 'reply-1001')!],
  [siteInfo('yelp'), siteInfo('yelp').boxes.find((b) => b.id === 'public-r1')!],
];

/** Page errors and console errors, collected for the whole life of the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

const hostSelector = (boxId: string) => `[data-demo-box="${boxId}"]`;

/** The words drawn as underlined: ranges in CSS.highlights, or the textarea overlay's marks. */
async function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const name of ['posting-assistant-block', 'posting-assistant-warn', 'posting-assistant-info']) {
      for (const range of CSS.highlights.get(name) ?? []) texts.push((range as Range).toString());
    }
    for (const host of document.querySelectorAll('[data-posting-assistant]')) {
      for (const mark of host.shadowRoot?.querySelectorAll('.pa-mark') ?? []) texts.push(mark.textContent ?? '');
    }
    return texts;
  });
}

function badgeOf(page: Page, boxId: string) {
  return page.locator(hostSelector(boxId)).locator('xpath=..').locator('[data-posting-assistant]').getByRole('button', { name: /^Posting assistant/ });
}

for (const [site, box] of BOXES) {
  describe(`${site.label} ${box.id} (${box.editor})`, () => {
    test('typing a PHI-laden review reply underlines the right words and lists them', async () => {
      const { page } = await openBox(session.context, site, box);
      const errors = collectErrors(page);
      await typeIntoBox(page, box, PHI_REPLY);
      const { state, findings } = await assistantSettled(page, box.id);
      expect(state).toBe('issues');
      expect(findings).toBeGreaterThanOrEqual(2);

      const words = await underlined(page);
      expect(words.some((w) => w.includes('root canal'))).toBe(true);
      expect(words.some((w) => w.includes('March 3'))).toBe(true);
      expect(words.some((w) => w.includes('555-201-3344'))).toBe(true);
      // Every underline is a piece of what was typed (spans map to the right DOM text).
      for (const w of words) expect(PHI_REPLY).toContain(w);
      if (box.editor === 'textarea') {
        // The overlay's marks lie over the textarea's text, not somewhere else on the page.
        const placed = await page.evaluate((selector) => {
          const area = document.querySelector(selector)!.querySelector('textarea')!.getBoundingClientRect();
          const marks = [...document.querySelectorAll('[data-posting-assistant]')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('.pa-mark') ?? [])]);
          return marks.map((m) => {
            const r = m.getBoundingClientRect();
            return r.left >= area.left && r.right <= area.right + 1 && r.top >= area.top && r.bottom <= area.bottom + 1;
          });
        }, hostSelector(box.id));
        expect(placed.length).toBeGreaterThan(0);
        expect(placed.every(Boolean)).toBe(true);
      }

      await badgeOf(page, box.id).click();
      const dialog = page.getByRole('dialog', { name: 'Post check' });
      await dialog.waitFor();
      const listed = await dialog.locator('.pa-matched').allTextContents();
      expect(listed.some((t) => t.includes('March 3'))).toBe(true);
      expect(listed.some((t) => t.includes('555-201-3344'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('a clean post shows the OK state', async () => {
      const { page } = await openBox(session.context, site, box);
      await typeIntoBox(page, box, CLEAN_REPLY);
      expect(await assistantSettled(page, box.id)).toEqual({ state: 'ok', findings: 0 });
      expect(await badgeOf(page, box.id).textContent()).toBe('✓');
      await page.close();
    });

    test('the badge sits beside the box without covering the site’s send button, and is keyboard reachable', async () => {
      const { page } = await openBox(session.context, site, box);
      await typeIntoBox(page, box, PHI_REPLY);
      await assistantSettled(page, box.id);
      const badge = await badgeOf(page, box.id).boundingBox();
      const send = await page.locator(box.sendButton).boundingBox();
      expect(badge).not.toBeNull();
      expect(send).not.toBeNull();
      const overlaps =
        badge!.x < send!.x + send!.width && send!.x < badge!.x + badge!.width && badge!.y < send!.y + send!.height && send!.y < badge!.y + badge!.height;
      expect(overlaps).toBe(false);

      // Tab from the editor reaches the badge within a few stops; Enter opens, Esc closes.
      let onBadge = false;
      for (let i = 0; i < 6 && !onBadge; i++) {
        await page.keyboard.press('Tab');
        onBadge = await page.evaluate(() => {
          const active = document.activeElement;
          return Boolean(active?.hasAttribute('data-posting-assistant') && active.shadowRoot?.activeElement?.classList.contains('pa-badge'));
        });
      }
      expect(onBadge).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Post check' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Post check' }).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('pa-badge');
      await page.close();
    });

    test('Apply changes exactly that span, the editor’s own state matches, and Ctrl+Z undoes it', async () => {
      const { page } = await openBox(session.context, site, box);
      const errors = collectErrors(page);
      await typeIntoBox(page, box, PHI_REPLY);
      await assistantSettled(page, box.id);
      await badgeOf(page, box.id).click();
      const apply = page.getByRole('dialog', { name: 'Post check' }).getByRole('button', { name: /^Apply: / }).first();
      const label = (await apply.getAttribute('aria-label')) ?? '';
      const [, from, to] = /^Apply: replace “(.*)” with “(.*)”$/.exec(label) ?? [];
      expect(from && to !== undefined).toBeTruthy();
      await apply.click();
      const expected = PHI_REPLY.replace(from!, to!);
      await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, expected] as const, { timeout: 3000 });
      expect(await editorText(page, box.id)).toBe(expected);
      const dom = await page.locator(hostSelector(box.id)).locator('[contenteditable="true"], textarea').first().evaluate((el) =>
        el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText.replace(/\n+$/, ''),
      );
      expect(dom).toBe(expected);

      await page.locator(hostSelector(box.id)).locator('[contenteditable="true"], textarea').first().focus();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, PHI_REPLY] as const, { timeout: 3000 });
      expect(errors).toEqual([]);
      await page.close();
    });

    for (const withFindings of [false, true]) {
      test(`typing 1,000 characters in fast bursts, checked between them, keeps exactly what was typed (${withFindings ? 'with' : 'without'} findings)`, async () => {
        const { page } = await openBox(session.context, site, box);
        const unit = withFindings ? 'Your root canal on March 3, call 555-201-3344. ' : 'Thanks for visiting our open house this weekend. ';
        const text = unit.repeat(Math.ceil(1000 / unit.length)).slice(0, 1000);
        const BURST = 250;
        let marked = 0;
        for (let at = 0; at < text.length; at += BURST) {
          await page.keyboard.type(text.slice(at, at + BURST), { delay: 0 });
          if (at + BURST >= text.length) break;
          // A pause past the debounce: a check runs on the text so far and, with findings, its
          // underlines are drawn into the editor before the next burst of keys lands on them.
          if (withFindings) {
            const before = marked;
            await expect.poll(async () => (marked = (await underlined(page)).length), { timeout: 5000 }).toBeGreaterThan(before);
          } else {
            await page.waitForTimeout(300);
          }
        }
        await page.waitForFunction(([id, want]) => window.__demo.editorText(id!) === want, [box.id, text] as const, { timeout: 10_000 }).catch(() => undefined);
        expect(await editorText(page, box.id)).toBe(text);
        const { state } = await assistantSettled(page, box.id);
        expect(state).toBe(withFindings ? 'issues' : 'ok');
        await page.close();
      });
    }
  });
}

describe('emoji, right-to-left and zero-width text', () => {
  for (const [siteName, boxId] of [
    ['facebook', 'comment-p1'],
    ['yelp', 'public-r1'],
  ] as const) {
    test(`${siteName} ${boxId}: underlines land on the right characters`, async () => {
      const site = siteInfo(siteName);
      const box = site.boxes.find((b) => b.id === boxId)!;
      const { page } = await openBox(session.context, site, box);
      const errors = collectErrors(page);
      const text = '👋🏽 שלום! We are sorry about your root\u200b canal on March 3 😟, call 555-201-3344.';
      await page.keyboard.insertText(text);
      expect(await editorText(page, box.id)).toBe(text);
      expect((await assistantSettled(page, box.id)).state).toBe('issues');
      const words = await underlined(page);
      for (const w of words) expect(text).toContain(w);
      const plain = words.map((w) => w.replace(/\u200b/g, ''));
      expect(plain.some((w) => w.includes('root canal'))).toBe(true);
      expect(plain.some((w) => w.includes('March 3'))).toBe(true);
      expect(plain.some((w) => w.includes('555-201-3344'))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('very long texts', () => {
  test('a 100,000-character paste stays responsive; the panel says only the first findings are drawn', async () => {
    const site = siteInfo('yelp');
    const box = site.boxes.find((b) => b.id === 'public-r1')!;
    const { page } = await openBox(session.context, site, box);
    const errors = collectErrors(page);
    const unit = 'We are sorry about your root canal on March 3, please call 555-201-3344.\n';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    await page.keyboard.insertText(text);
    // The longest gap between frames while the text is checked and drawn (inserting 100,000
    // characters into the React textarea takes the page itself seconds, extension or not).
    await page.evaluate(() => {
      const w = window as unknown as { __maxGap: number };
      w.__maxGap = 0;
      let last = performance.now();
      const started = last;
      const tick = (now: number) => {
        w.__maxGap = Math.max(w.__maxGap, now - last);
        last = now;
        if (now - started < 8000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const { state, findings } = await assistantSettled(page, box.id);
    expect(state).toBe('issues');
    expect(findings).toBeGreaterThan(200);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-posting-assistant]')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('.pa-mark').length ?? 0), 0),
    );
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(200);
    await badgeOf(page, box.id).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Post check' }).textContent()).toContain('first 200 of');
    await page.keyboard.press('Escape');
    // Typing right after still lands at once and exactly.
    await page.locator(hostSelector(box.id)).locator('textarea').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    expect(await editorText(page, box.id)).toBe(`${text}!`);
    await page.waitForTimeout(3000);
    const maxGap = await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap);
    // Analysing 100,000 characters in one go blocks for seconds; in slices no frame waits long.
    expect(maxGap).toBeLessThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('panels the site cannot clip or cover', () => {
  /** The site's own layout: the box's container clips whatever sticks out of it and makes a
   *  stacking context (Facebook's and X's dialogs do both). */
  async function clipAround(page: Page, boxId: string): Promise<void> {
    await page.evaluate((selector) => {
      const container = document.querySelector(selector)!.parentElement!;
      container.style.height = `${container.getBoundingClientRect().height}px`;
      container.style.overflow = 'hidden';
      container.style.transform = 'translateZ(0)';
    }, hostSelector(boxId));
  }

  /** Whether points across the panel's box are really the panel on screen (not clipped, not covered). */
  async function panelOnScreen(page: Page, panelSelector: string): Promise<{ inViewport: boolean; hits: boolean[] }> {
    return page.evaluate((selector) => {
      for (const host of document.querySelectorAll('[data-posting-assistant]')) {
        const panel = host.shadowRoot?.querySelector(selector);
        if (!panel) continue;
        const r = panel.getBoundingClientRect();
        const inViewport = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 40;
        const points = [
          [r.left + r.width / 2, r.top + r.height / 2],
          [r.left + 6, r.bottom - 6],
          [r.right - 6, r.bottom - 6],
        ];
        const hits = points.map(([x, y]) => {
          const top = host.shadowRoot!.elementFromPoint(x!, y!);
          return !!top && panel.contains(top);
        });
        return { inViewport, hits };
      }
      return { inViewport: false, hits: [] };
    }, panelSelector);
  }

  test('the findings panel opens whole and on top inside a clipping container', async () => {
    const [site, box] = BOXES[0]!;
    const { page } = await openBox(session.context, site, box);
    await clipAround(page, box.id);
    await typeIntoBox(page, box, PHI_REPLY);
    await assistantSettled(page, box.id);
    await badgeOf(page, box.id).click();
    await page.getByRole('dialog', { name: 'Post check' }).waitFor();
    const { inViewport, hits } = await panelOnScreen(page, '.pa-panel');
    expect(inViewport).toBe(true);
    expect(hits).toEqual([true, true, true]);
    // Still a keyboard dialog: focus is in it, Esc closes it and gives focus back to the badge.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('pa-badge');
    await page.close();
  });

  test('the reply templates picker opens whole and on top inside a clipping container', async () => {
    const [site, box] = BOXES[2]!;
    const { page } = await openBox(session.context, site, box);
    await clipAround(page, box.id);
    await page.locator(hostSelector(box.id)).locator('xpath=..').locator('[data-posting-assistant]').getByRole('button', { name: 'Reply templates' }).click();
    await page.getByRole('dialog', { name: 'Reply templates' }).waitFor();
    const { inViewport, hits } = await panelOnScreen(page, '.pa-tpl');
    expect(inViewport).toBe(true);
    expect(hits).toEqual([true, true, true]);
    await page.close();
  });
});

describe('nothing left behind', () => {
  test('a box removed mid-check (Facebook’s composer sent and closed) leaves no UI and no errors', async () => {
    const site = siteInfo('facebook');
    const box = site.boxes.find((b) => b.id === 'composer')!;
    const { page } = await openBox(session.context, site, box);
    const errors = collectErrors(page);
    await typeIntoBox(page, box, 'Open late on Thursday.');
    await page.keyboard.press(box.sendKeys!); // within the debounce: the check is still pending
    await page.waitForTimeout(600);
    const report = await assistantAttachments(page);
    expect(report.strays).toEqual([]);
    expect(report.insideEditor).toBe(0);
    expect(await page.locator('[data-posting-assistant][data-kind="post"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('navigating inside the site cleans up the old box’s UI and attaches to the new one', async () => {
    const page = await openSite(session.context, 'x');
    const errors = collectErrors(page);
    await page.locator('[data-demo-box="compose"] [contenteditable="true"]').click();
    await page.keyboard.type('your root canal on March 3');
    await assistantSettled(page, 'compose');
    // The site's own link: history.pushState, no page load (as on X).
    await page.locator('a[href="/springfieldnews/status/1001"]').click();
    await page.locator('[data-demo-box="reply-1001"]').waitFor();
    await assistantSettled(page, 'reply-1001');
    const report = await assistantAttachments(page);
    expect(report.strays).toEqual([]);
    expect(report.boxes.find((b) => b.id === 'reply-1001')?.hosts).toHaveLength(1);
    expect(await page.locator('[data-posting-assistant]').count()).toBe(report.boxes.reduce((n, b) => n + b.hosts.length, 0));
    expect(await underlined(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Last in the file: the extension is reloaded under the open page.
  test('reloading the extension while a page is open removes all UI and listeners, without errors', async () => {
    const site = siteInfo('x');
    const box = site.boxes.find((b) => b.id === 'compose')!;
    const { page } = await openBox(session.context, site, box);
    const errors = collectErrors(page);
    await typeIntoBox(page, box, 'your root canal on March 3');
    await assistantSettled(page, box.id);
    expect(await page.locator('[data-posting-assistant]').count()).toBeGreaterThan(0);

    const worker = await extensionWorker(session.context);
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForFunction(() => document.querySelectorAll('[data-posting-assistant]').length === 0, undefined, { timeout: 10_000 });
    expect(await underlined(page)).toEqual([]);
    expect(await page.locator('style[data-posting-assistant-highlights]').count()).toBe(0);
    // Typing afterwards still works and nothing throws.
    await page.locator('[data-demo-box="compose"] [contenteditable="true"]').click();
    await page.keyboard.type(' still typing');
    await page.waitForTimeout(500);
    expect(await editorText(page, box.id)).toBe('your root canal on March 3 still typing');
    expect(await page.locator('[data-posting-assistant]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
