import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
// scripts/e2e.mjs runs the suite on private copies (E2E_EXTENSION_DIR, E2E_FIXTURES_DIR), so
// someone else's `wxt build` in the same checkout cannot pull the extension out from under it.
/** The Chrome MV3 build under test (`wxt build`). */
export const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR ?? join(REPO_ROOT, '.output/chrome-mv3');
/** The bundled demo sites (`node scripts/build-fixtures.mjs`). */
export const FIXTURES_DIST = process.env.E2E_FIXTURES_DIR ?? join(REPO_ROOT, 'tests/fixtures/dist');
/** Debian's chromium; Playwright's own browser downloads are not used (nothing is fetched). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
