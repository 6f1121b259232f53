// Puts the page-side library (lib/editors, lib/sites, lib/discovery) into a demo page, as
// `window.__pageLib`, so E2E specs can call the drivers and adapters on the real editors.
// The built content script keeps its modules private, so the library is bundled here with
// esbuild and added with a <script> tag. It runs in the page's world rather than the content
// script's isolated world; both share the DOM, the selection, execCommand and event
// dispatch, which is all the drivers use.
import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { driverFor } from '../../lib/editors';
import type { observeComposers } from '../../lib/discovery/observe-composers';
import type { adapterForHost } from '../../lib/sites';
import { REPO_ROOT } from './harness/paths';

export interface PageLib {
  driverFor: typeof driverFor;
  adapterForHost: typeof adapterForHost;
  observeComposers: typeof observeComposers;
}

declare global {
  interface Window {
    __pageLib: PageLib;
  }
}

const ENTRY = `
import { driverFor } from '@/lib/editors';
import { adapterForHost } from '@/lib/sites';
import { observeComposers } from '@/lib/discovery/observe-composers';
window.__pageLib = { driverFor, adapterForHost, observeComposers };
`;

/** Resolves the repo's `@/` alias the way WXT's tsconfig does. */
const repoAlias: Plugin = {
  name: 'repo-alias',
  setup(builder) {
    builder.onResolve({ filter: /^@\// }, async (args) => {
      const resolved = await builder.resolve(`./${args.path.slice(2)}`, { resolveDir: REPO_ROOT, kind: args.kind });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

let bundled: Promise<string> | undefined;

function pageLibBundle(): Promise<string> {
  bundled ??= build({
    stdin: { contents: ENTRY, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: join(REPO_ROOT, 'page-lib-entry.ts') },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    plugins: [repoAlias],
    logLevel: 'error',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/** Adds the library to the page (once per page load). */
export async function injectPageLib(page: Page): Promise<void> {
  if (await page.evaluate(() => Boolean(window.__pageLib))) return;
  await page.addScriptTag({ content: await pageLibBundle() });
}
