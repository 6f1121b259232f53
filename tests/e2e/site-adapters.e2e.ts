// The site adapters and discovery (lib/sites, lib/discovery) on the demo sites at their real
// URLs: every box the page has is found with the page's own kind and editor, search inputs
// are not, each box's send button and keyboard shortcut are the site's, a review reply
// reads its review, and boxes that come later (the composer dialog, more posts, navigation
// inside X) are reported — and reported gone when they leave.
import type { Page } from 'playwright-core';
import { demoBoxes, openSite, SITES, useExtensionSession, type DemoSiteInfo } from './harness';
import { injectPageLib } from './in-page-lib';

const session = useExtensionSession();

interface Found {
  box: string | null;
  kind: string;
  editor: string;
  site: string;
}

declare global {
  interface Window {
    __discovery?: { events: string[]; stop(): void };
  }
}

/** Starts discovery in the page; events are "+<box>:<kind>:<editor>" and "-<box>:…". */
async function startDiscovery(page: Page): Promise<void> {
  await injectPageLib(page);
  await page.evaluate(() => {
    const controller = new AbortController();
    const events: string[] = [];
    const adapter = window.__pageLib.adapterForHost(location.hostname);
    if (!adapter) throw new Error(`no adapter for ${location.hostname}`);
    window.__pageLib.observeComposers(
      adapter,
      {
        added: (c) => events.push(`+${c.element.closest('[data-demo-box]')?.getAttribute('data-demo-box')}:${c.kind}:${c.editor}`),
        removed: (c) => events.push(`-${c.element.closest('[data-demo-box]')?.getAttribute('data-demo-box')}:${c.kind}:${c.editor}`),
      },
      { signal: controller.signal },
    );
    window.__discovery = { events, stop: () => controller.abort() };
  });
}

async function discoveryEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__discovery?.events.slice() ?? []);
}

/** Every element the adapter's candidate selector finds, classified. */
async function classifyPage(page: Page): Promise<Found[]> {
  await injectPageLib(page);
  return page.evaluate(() => {
    const adapter = window.__pageLib.adapterForHost(location.hostname)!;
    return [...document.querySelectorAll(adapter.candidateSelector)].flatMap((candidate) => {
      const composer = adapter.composerFor(candidate);
      return composer
        ? [{ box: composer.element.closest('[data-demo-box]')?.getAttribute('data-demo-box') ?? null, kind: composer.kind, editor: composer.editor, site: composer.site }]
        : [];
    });
  });
}

async function revealBoxes(page: Page, site: DemoSiteInfo): Promise<void> {
  for (const box of site.boxes) {
    if (box.openedBy && !box.path) await page.getByRole(box.openedBy.role, { name: box.openedBy.name, exact: true }).click();
  }
}

for (const site of SITES) {
  describe(site.label, () => {
    const paths = [...new Set([site.startPath, ...site.boxes.flatMap((b) => (b.path ? [b.path] : []))])];
    for (const path of paths) {
      test(`${path}: every box is found with the page's kind and editor, and nothing else`, async () => {
        const page = await openSite(session.context, site.name, path);
        await revealBoxes(page, site);
        await page.waitForTimeout(200);
        const expected = (await demoBoxes(page)).map((b) => ({ box: b.id, kind: b.kind, editor: b.editor, site: site.assistantSite }));
        const found = await classifyPage(page);
        const byBox = (a: Found, b: Found) => String(a.box).localeCompare(String(b.box));
        expect(found.sort(byBox)).toEqual(expected.sort(byBox));
        await page.close();
      });
    }

    test('the search inputs are not boxes, even when focused and typed in', async () => {
      const page = await openSite(session.context, site.name);
      await startDiscovery(page);
      const before = await discoveryEvents(page);
      for (const selector of site.ignoredInputs) {
        await page.locator(selector).click();
        await page.keyboard.type('dentist');
        const verdict = await page.evaluate((sel) => {
          const input = document.querySelector(sel)!;
          return window.__pageLib.adapterForHost(location.hostname)!.composerFor(input);
        }, selector);
        expect(verdict, selector).toBeNull();
      }
      await page.waitForTimeout(200);
      expect(await discoveryEvents(page)).toEqual(before);
      await page.close();
    });

    for (const box of site.boxes) {
      test(`${box.id}: its send controls are the site's button${box.sendKeys ? ` and ${box.sendKeys} sends` : ''}`, async () => {
        const page = await openSite(session.context, site.name, box.path ?? site.startPath);
        await revealBoxes(page, site);
        await injectPageLib(page);
        const result = await page.evaluate(
          ({ id, sendButton, sendKeys, newlineKeys }) => {
            const element = document.querySelector(`[data-demo-box="${id}"] [contenteditable="true"], [data-demo-box="${id}"] textarea`)!;
            const composer = window.__pageLib.adapterForHost(location.hostname)!.composerFor(element)!;
            const expectedButton = document.querySelector(sendButton);
            const asEvent = (keys: string) => {
              const parts = keys.split('+');
              return new KeyboardEvent('keydown', {
                key: parts[parts.length - 1],
                ctrlKey: parts.includes('Control'),
                shiftKey: parts.includes('Shift'),
                metaKey: parts.includes('Meta'),
              });
            };
            return {
              controls: composer.submitControls().map((c) => c === expectedButton),
              sends: sendKeys ? composer.isSendShortcut(asEvent(sendKeys)) : null,
              newlineSends: composer.isSendShortcut(asEvent(newlineKeys)),
              plainEnterSends: composer.isSendShortcut(asEvent('Enter')),
            };
          },
          { id: box.id, sendButton: box.sendButton, sendKeys: box.sendKeys ?? null, newlineKeys: box.newlineKeys },
        );
        expect(result.controls).toEqual([true]);
        expect(result.sends).toBe(box.sendKeys ? true : null);
        expect(result.newlineSends).toBe(false);
        expect(result.plainEnterSends).toBe(box.sendKeys === 'Enter');
        await page.close();
      });
    }
  });
}

test('Yelp review replies read the review they answer, as text, with its stars', async () => {
  const page = await openSite(session.context, 'yelp');
  await injectPageLib(page);
  const reviews = await page.evaluate(() =>
    ['public-r1', 'private-r1', 'public-r2', 'private-r3'].map((id) => {
      const element = document.querySelector(`[data-demo-box="${id}"] textarea`)!;
      return window.__pageLib.adapterForHost(location.hostname)!.composerFor(element)?.review?.();
    }),
  );
  expect(reviews).toEqual([
    { text: expect.stringMatching(/^Waited over an hour past my appointment time/), stars: 1 },
    { text: expect.stringMatching(/^Waited over an hour past my appointment time/), stars: 1 },
    { text: expect.stringMatching(/^The hygienists were wonderful/), stars: 5 },
    { text: expect.stringMatching(/^Got a bill for something my insurance/), stars: 2 },
  ]);
  await page.close();
});

test('Facebook: the composer dialog and more posts are picked up, and the closed dialog is reported gone', async () => {
  const page = await openSite(session.context, 'facebook');
  await startDiscovery(page);
  const atStart = await discoveryEvents(page);
  expect(atStart.length).toBeGreaterThan(0);
  expect(atStart.every((e) => /^\+comment-p\d+:comment:lexical$/.test(e))).toBe(true);

  await page.getByRole('button', { name: 'Load more posts' }).click();
  await expect.poll(async () => (await discoveryEvents(page)).filter((e) => e.startsWith('+comment-')).length).toBe(atStart.length + 2);

  await page.getByRole('button', { name: "What's on your mind?", exact: true }).click();
  await expect.poll(() => discoveryEvents(page)).toContain('+composer:post:lexical');

  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect.poll(() => discoveryEvents(page)).toContain('-composer:post:lexical');
  await page.close();
});

test('X: navigating inside the site swaps the home composer for the reply box and back', async () => {
  const page = await openSite(session.context, 'x');
  await startDiscovery(page);
  expect(await discoveryEvents(page)).toEqual(['+compose:post:draft']);

  await page.getByRole('link', { name: /open/ }).first().click();
  await expect.poll(() => discoveryEvents(page)).toEqual(['+compose:post:draft', '-compose:post:draft', '+reply-1001:comment:draft']);

  await page.getByRole('button', { name: 'Back' }).click();
  await expect
    .poll(() => discoveryEvents(page))
    .toEqual(['+compose:post:draft', '-compose:post:draft', '+reply-1001:comment:draft', '-reply-1001:comment:draft', '+compose:post:draft']);
  await page.close();
});
