// The reference pages bench:popup opens between the popup's opens, written only into the
// bench's temporary copy of the build (never shipped). Each paints one line marked
// elementtiming="popup-streak", like the popup's streak, so all are timed the same way:
// - empty: one tiny script; what navigation and an extension page cost before any code;
// - react: React alone, one file; the floor for a React popup (the chosen stack);
// - react-read: React plus the popup's two reads (IndexedDB log copy, settings); the floor for
//   a React popup that shows stored data.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

export const FLOOR_PAGES = { empty: 'bench-empty.html', react: 'bench-react.html', reactRead: 'bench-react-read.html' } as const;

const ROOT = join(import.meta.dirname, '../../..');

const pageHtml = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="/${script}"></script></head><body><div id="root"></div></body></html>`;

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, entry)],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    alias: { '@': ROOT },
    // The production React the popup ships with.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

export async function writeFloorPages(extensionDir: string): Promise<void> {
  await writeFile(join(extensionDir, FLOOR_PAGES.empty), pageHtml('bench-empty.js'));
  await writeFile(
    join(extensionDir, 'bench-empty.js'),
    "const p = document.createElement('p'); p.setAttribute('elementtiming', 'popup-streak'); p.textContent = '6 weeks in a row'; document.getElementById('root').append(p);",
  );
  await writeFile(join(extensionDir, FLOOR_PAGES.react), pageHtml('bench-react.js'));
  await bundle('react-line.tsx', join(extensionDir, 'bench-react.js'));
  await writeFile(join(extensionDir, FLOOR_PAGES.reactRead), pageHtml('bench-react-read.js'));
  await bundle('react-read-line.tsx', join(extensionDir, 'bench-react-read.js'));
}
