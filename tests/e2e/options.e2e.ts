// The options page in the built extension: Chrome accepts the managed-policy schema (it
// refuses to load an extension whose schema is invalid), settings save to storage.sync and
// reach other open tabs, and a rule's help is addressable by URL.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, REPO_ROOT } from './harness/paths';
import { extensionId, launchWithExtension, openExtensionPage, useExtensionSession } from './harness';

const session = useExtensionSession();

test('the build declares the managed schema and Chrome loads it', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  const built = await readFile(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8');
  expect(JSON.parse(built)).toEqual(JSON.parse(await readFile(join(REPO_ROOT, 'public/managed_schema.json'), 'utf8')));
  expect(await extensionId(session.context)).toMatch(/^[a-p]{32}$/);
});

test('the same build with an invalid schema is refused (so the test above means something)', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'posting-assistant-bad-schema-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  await writeFile(join(copy, 'managed_schema.json'), JSON.stringify({ type: 'object', properties: { guard: { type: 'no-such-type' } } }));
  try {
    // The harness waits for the extension's service worker; Chrome never starts it.
    await expect(launchWithExtension({ extensionDir: copy })).rejects.toThrow(/did not start/);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});

test('editing the practice name saves to storage.sync and reaches another open tab', async () => {
  const first = await openExtensionPage(session.context, 'options.html');
  const second = await openExtensionPage(session.context, 'options.html');
  const name = first.getByLabel('Practice name');
  await name.fill('Riverbend Family Dental');
  await name.press('Enter');
  await first.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  // The page's own extension API, read directly: what another computer's sync would get.
  type SyncArea = { get(key: string): Promise<Record<string, unknown>> };
  const stored = await first.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync.get('settings.profile'),
  );
  expect(stored['settings.profile']).toEqual({ practiceName: 'Riverbend Family Dental' });
  await expect.poll(() => second.getByLabel('Practice name').inputValue(), { timeout: 5_000 }).toBe('Riverbend Family Dental');

  await first.getByRole('radio', { name: 'Strict' }).check();
  await expect.poll(() => second.getByRole('radio', { name: 'Strict' }).isChecked(), { timeout: 5_000 }).toBe(true);
  await first.close();
  await second.close();
});

test('options.html#help/phi/relationship opens on that explanation', async () => {
  const page = await openExtensionPage(session.context, 'options.html#help/phi/relationship');
  const focused = page.locator(':focus');
  await expect.poll(() => focused.getAttribute('class'), { timeout: 5_000 }).toContain('help-entry');
  expect(await focused.innerText()).toMatch(/patient/i);
  await page.close();
});
