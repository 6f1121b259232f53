#!/usr/bin/env node
// Bundles the offline demo sites (tests/fixtures/pages/*.tsx) with their real editor
// libraries into tests/fixtures/dist/<page>/{index.html,main.js,main.css}. The E2E harness
// and `npm start` serve each page at its site's real URL; every path of that host gets the
// page's index.html (single-page apps), and /__demo/* gets the bundle.
import { build } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = join(root, 'tests/fixtures/pages');
const defaultDistDir = join(root, 'tests/fixtures/dist');

const TITLES = {
  facebook: 'Facebook (demo)',
  x: 'Home / X (demo)',
  'yelp-biz': 'Reviews | Yelp for Business (demo)',
  'yelp-www': 'Riverbend Family Dental - Yelp (demo)',
};

function pageHtml(title) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/__demo/main.css" />
  </head>
  <body>
    <div id="root"></div>
    <script src="/__demo/main.js"></script>
  </body>
</html>
`;
}

export async function buildFixtures({ quiet = false, distDir = defaultDistDir } = {}) {
  const pages = (await readdir(pagesDir)).filter((f) => f.endsWith('.tsx')).map((f) => f.slice(0, -4));
  await rm(distDir, { recursive: true, force: true });
  for (const page of pages) {
    const outdir = join(distDir, page);
    await mkdir(outdir, { recursive: true });
    await build({
      entryPoints: { main: join(pagesDir, `${page}.tsx`) },
      outdir,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      minify: true,
      // React and fbjs (under Draft.js) pick their production builds from this.
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: quiet ? 'error' : 'warning',
    });
    await writeFile(join(outdir, 'index.html'), pageHtml(TITLES[page] ?? page));
  }
  if (!quiet) console.log(`demo sites built: ${pages.join(', ')} → ${distDir}`);
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildFixtures().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
