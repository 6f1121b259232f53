// Starts Debian's Chromium with the built extension in a throw-away profile, every request
// recorded and routed (see network.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { extensionWorker } from './extension';
import { RequestLog, routeAndRecord } from './network';
import { CHROMIUM_PATH, EXTENSION_DIR } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  requests: RequestLog;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Show the window (npm start). Default: headless. */
  headed?: boolean;
  /** Another unpacked build; default .output/chrome-mv3. */
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (.ci/run does).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'posting-assistant-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: options.headed ? null : { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests = new RequestLog();
  await routeAndRecord(context, requests);
  // Wait for the background to start: proves the extension loaded, and remembers its id.
  await extensionWorker(context).catch(async (error: unknown) => {
    await context.close();
    throw new Error(`the extension did not start in Chromium (${String(error)})`);
  });
  return {
    context,
    requests,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
