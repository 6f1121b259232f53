#!/usr/bin/env node
// npm run test:e2e: builds the extension and the demo sites, then runs the real-browser
// suite (vitest.e2e.config.ts) on private copies of both, so another `wxt build` in the
// same checkout cannot swap the extension mid-run. Extra arguments go to vitest (a spec
// path, -t "name"). E2E_SKIP_BUILD=1 reuses the existing .output/chrome-mv3.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './build-fixtures.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules/.bin', name);

/**
 * Copies the Chrome build, waiting out a `wxt build` someone else has half done in this
 * checkout (it empties the folder first and writes manifest.json last).
 */
async function snapshotExtension(to) {
  const from = join(root, '.output/chrome-mv3');
  for (let attempt = 0; attempt < 60; attempt++) {
    await rm(to, { recursive: true, force: true });
    if (existsSync(join(from, 'manifest.json'))) {
      await cp(from, to, { recursive: true });
      if (existsSync(join(to, 'manifest.json'))) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`no complete extension build in ${from}: run npx wxt build`);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!process.env.E2E_SKIP_BUILD) {
  const built = run(bin('wxt'), ['build']);
  if (built !== 0) process.exit(built);
}
const work = await mkdtemp(join(tmpdir(), 'posting-assistant-e2e-build-'));
let code = 1;
try {
  const extensionDir = join(work, 'chrome-mv3');
  await snapshotExtension(extensionDir);
  const fixturesDir = join(work, 'fixtures');
  await buildFixtures({ distDir: fixturesDir });
  code = run(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
    ...process.env,
    E2E_EXTENSION_DIR: extensionDir,
    E2E_FIXTURES_DIR: fixturesDir,
  });
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(code);
