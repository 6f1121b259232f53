// Build step for the extension's pages: a page whose entry loads part of itself later with
// import() (the popup loads React that way, after starting its IndexedDB read) gets
// <link rel="modulepreload"> tags for those parts, so the browser fetches and compiles them
// while the HTML is parsed instead of only when import() runs. Everything is in the package:
// preloading costs no request to anywhere.
import type { Plugin } from 'vite';

interface BundleChunk {
  type: 'chunk' | 'asset';
  imports?: string[];
  dynamicImports?: string[];
}

/** The files to preload for an entry chunk: its dynamic imports and all they import, minus what the page already loads. */
export function dynamicImportClosure(bundle: Record<string, BundleChunk>, entry: { fileName: string; imports: string[]; dynamicImports: string[] }): string[] {
  const loadedAnyway = new Set([entry.fileName, ...entry.imports]);
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName) || loadedAnyway.has(fileName)) return;
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    found.add(fileName);
    chunk.imports?.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...found];
}

export function preloadDynamicImports(): Plugin {
  return {
    name: 'posting-assistant:preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return [];
        return dynamicImportClosure(ctx.bundle as Record<string, BundleChunk>, ctx.chunk).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
