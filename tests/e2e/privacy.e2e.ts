// No request from any part of the extension leaves the machine (DESIGN.md, privacy rules).
// Every context is exercised — the demo sites with the content script, the background
// service worker, the popup and the options page — and every request is recorded; the
// session's end also fails the file if anything went elsewhere. A second session proves the
// recorder does catch a request to the outside, from a page and from the service worker.
import {
  extensionWorker,
  launchWithExtension,
  openBox,
  openExtensionPage,
  SITES,
  typeIntoBox,
  useExtensionSession,
} from './harness';

describe('with the extension in use', () => {
  const session = useExtensionSession();

  for (const site of SITES) {
    test(`${site.label}: typing in every box sends nothing out`, async () => {
      for (const box of site.boxes) {
        const { page } = await openBox(session.context, site, box);
        await typeIntoBox(page, box, 'Thank you for your feedback, please call the office.');
        await page.waitForTimeout(400); // past the assistant's debounce
        await page.close();
      }
      expect(session.requests.leaks(), session.requests.describe(session.requests.leaks())).toEqual([]);
    });
  }

  test('the popup and the options page send nothing out', async () => {
    for (const pageName of ['popup.html', 'options.html'] as const) {
      const page = await openExtensionPage(session.context, pageName);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      await page.close();
    }
    expect(session.requests.leaks(), session.requests.describe(session.requests.leaks())).toEqual([]);
  });

  test('the recorder saw every context: the sites, the service worker, the extension pages', async () => {
    const { requests } = session;
    const urls = requests.requests.map((r) => r.url);
    for (const site of SITES) expect(urls).toContain(site.origin + site.startPath);
    for (const pageName of ['popup.html', 'options.html']) {
      expect(requests.requests.some((r) => r.url.startsWith('chrome-extension://') && r.from?.endsWith(`/${pageName}`))).toBe(true);
    }
    expect(requests.serviceWorkers.some((u) => u.startsWith('chrome-extension://'))).toBe(true);
  });
});

describe('the request recorder', () => {
  test('catches and blocks requests to the outside from a site, an extension page and the service worker', async () => {
    const session = await launchWithExtension();
    try {
      const { context, requests } = session;
      const page = await context.newPage();
      await page.goto('https://www.yelp.com/biz/riverbend-family-dental-springfield');
      const fromPage = await page.evaluate(() =>
        fetch('https://leak.example/from-page').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      const popup = await openExtensionPage(context, 'popup.html');
      const fromPopup = await popup.evaluate(() =>
        fetch('https://leak.example/from-popup').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      const worker = await extensionWorker(context);
      const fromWorker = await worker.evaluate(() =>
        fetch('https://leak.example/from-worker').then(
          () => 'reached',
          () => 'blocked',
        ),
      );

      expect([fromPage, fromPopup, fromWorker]).toEqual(['blocked', 'blocked', 'blocked']);
      expect(requests.leaks().map((r) => [r.source, r.url])).toEqual([
        ['page', 'https://leak.example/from-page'],
        ['page', 'https://leak.example/from-popup'],
        ['service-worker', 'https://leak.example/from-worker'],
      ]);
    } finally {
      await session.close();
    }
  });
});
