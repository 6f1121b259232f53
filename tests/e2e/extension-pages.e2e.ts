// The toolbar popup and the options page open from the built extension and render.
import { extensionId, openExtensionPage, useExtensionSession } from './harness';

const session = useExtensionSession();

test('the background service worker starts and gives the extension an id', async () => {
  expect(await extensionId(session.context)).toMatch(/^[a-p]{32}$/);
});

for (const pageName of ['popup.html', 'options.html'] as const) {
  test(`${pageName} opens and renders without errors`, async () => {
    const errors: string[] = [];
    const page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`chrome-extension://${await extensionId(session.context)}/${pageName}`);

    await expect.poll(() => page.locator('#root').innerText(), { timeout: 10_000 }).not.toBe('');
    expect(await page.title()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('openExtensionPage opens the options page at its chrome-extension:// URL', async () => {
  const page = await openExtensionPage(session.context, 'options.html');
  expect(page.url()).toBe(`chrome-extension://${await extensionId(session.context)}/options.html`);
  await page.close();
});
