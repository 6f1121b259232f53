#!/usr/bin/env node
// npm start: builds the extension and the demo sites, then opens Chromium with the extension
// on the three demo sites at their real URLs (served from disk; nothing else is reachable).
// Stays open until the browser window is closed (or Ctrl+C).
//   HEADLESS=1 npm start   runs it without a window (to check it starts; stop with Ctrl+C)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './build-fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const headless = process.env.HEADLESS === '1' || process.argv.includes('--headless');

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`npm start opens a browser window, and there is no display here (DISPLAY is not set).

  With a virtual display:   xvfb-run -a npm start      (Debian/Ubuntu: apt-get install xvfb)
  Without a window:         HEADLESS=1 npm start
  The tests need no display: npm test
`);
  process.exit(2);
}

const built = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await buildFixtures();

// The harness is TypeScript; tsx loads it so the demo and the tests share one set of routes.
const { tsImport } = await import('tsx/esm/api');
// (Not harness/index.ts: that also brings in vitest, which has no business here.)
const { launchWithExtension } = await tsImport('../tests/e2e/harness/launch.ts', import.meta.url);
const { openSite } = await tsImport('../tests/e2e/harness/demo.ts', import.meta.url);
const { SITES } = await tsImport('../tests/e2e/harness/sites.ts', import.meta.url);

const session = await launchWithExtension({ headed: !headless });
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  const leaks = session.requests.leaks();
  console.log(
    leaks.length === 0
      ? `\nNo request left the machine (${session.requests.requests.length} requests, all to the demo sites or the extension).`
      : `\nRequests to the outside were blocked:\n${session.requests.describe(leaks)}`,
  );
  await session.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
session.context.on('close', () => void stop(0));

const blank = session.context.pages();
for (const site of SITES) {
  await openSite(session.context, site.name);
  console.log(`  ${site.label.padEnd(18)} ${site.origin}${site.startPath}`);
}
// The window's first, empty tab is not needed.
for (const page of blank) await page.close();

console.log(`
The demo sites are open with the extension (offline: only these URLs are served).
Try: Facebook's "What's on your mind?" and comment boxes, X's composer and a post's reply
box, Yelp's public comment and private message forms.
${headless ? 'Running headless; stop with Ctrl+C.' : 'Close the browser window to stop.'}`);
console.log('DEMO READY');

// A persistent context closes when its last window does; also stop if every tab is closed.
const watch = setInterval(() => {
  if (!stopping && session.context.pages().length === 0) void stop(0);
}, 1000);
watch.unref?.();
await new Promise(() => undefined);
