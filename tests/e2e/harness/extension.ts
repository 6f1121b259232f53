// The extension's own pages and worker.
import type { BrowserContext, Page, Worker } from 'playwright-core';

// Chromium stops an idle MV3 service worker after ~30 s, after which it is no longer listed
// and would have to be woken; the id never changes, so it is remembered from the first sight.
const knownIds = new WeakMap<BrowserContext, string>();

/** The extension's background service worker (waits for it to start). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker =
    running ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    }));
  knownIds.set(context, new URL(worker.url()).host);
  return worker;
}

/** The unpacked extension's id (the host of its chrome-extension:// URLs). */
export async function extensionId(context: BrowserContext): Promise<string> {
  return knownIds.get(context) ?? new URL((await extensionWorker(context)).url()).host;
}

export type ExtensionPage = 'popup.html' | 'options.html' | (string & {});

/** Opens one of the extension's pages in a tab and waits for it to load. */
export async function openExtensionPage(context: BrowserContext, pageName: ExtensionPage): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionId(context)}/${pageName}`);
  return page;
}
