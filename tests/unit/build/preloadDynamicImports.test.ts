import { dynamicImportClosure } from '@/scripts/vite/preload-dynamic-imports';

const chunk = (imports: string[] = [], dynamicImports: string[] = []) => ({ type: 'chunk' as const, imports, dynamicImports });

describe('what an extension page preloads beyond its static imports', () => {
  test('the chunks its entry imports later, and everything those import, once each', () => {
    const bundle = {
      'chunks/popup.js': chunk(['chunks/storage.js'], ['chunks/mount.js']),
      'chunks/storage.js': chunk(),
      'chunks/mount.js': chunk(['chunks/react.js', 'chunks/storage.js', 'chunks/cadence.js']),
      'chunks/react.js': chunk(),
      'chunks/cadence.js': chunk(['chunks/react.js']),
      'chunks/options.js': chunk(['chunks/react.js']),
      'assets/popup.css': { type: 'asset' as const },
    };
    const entry = { fileName: 'chunks/popup.js', ...bundle['chunks/popup.js'] };
    expect(dynamicImportClosure(bundle, entry).sort()).toEqual(['chunks/cadence.js', 'chunks/mount.js', 'chunks/react.js']);
  });

  test('a page without import() gets nothing extra', () => {
    const bundle = { 'chunks/options.js': chunk(['chunks/react.js']), 'chunks/react.js': chunk() };
    expect(dynamicImportClosure(bundle, { fileName: 'chunks/options.js', ...bundle['chunks/options.js'] })).toEqual([]);
  });

  test('an import() of a chunk the page loads anyway, or of something not in the bundle, adds nothing', () => {
    const bundle = { 'chunks/popup.js': chunk(['chunks/react.js'], ['chunks/react.js', 'chunks/gone.js']), 'chunks/react.js': chunk() };
    expect(dynamicImportClosure(bundle, { fileName: 'chunks/popup.js', ...bundle['chunks/popup.js'] })).toEqual([]);
  });
});
