import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites/matches';
import { preloadDynamicImports } from './scripts/vite/preload-dynamic-imports';

// The extension's whole surface: three sites' hosts and three APIs. Nothing more is asked
// for, so the store review and the practice's IT can see at a glance that nothing is sent.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Terser rather than esbuild's minifier: about 4 KB less gzipped content script, which every
  // tab of the three sites loads (the budget is 250 KB).
  vite: () => ({ plugins: [preloadDynamicImports()], build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } }),
  // AMO's sources zip: the code that builds the add-on, not the demo sites' built bundles
  // (minified React/Lexical/Draft.js that reviewers would otherwise have to wade through).
  zip: { excludeSources: ['tests/fixtures/dist/**', 'test-results/**', 'web-ext-artifacts/**'] },
  manifest: ({ browser }) => ({
    name: 'Posting Assistant for Medical Practices',
    short_name: 'Posting Assistant',
    description:
      'Checks posts and review replies for patient information and tone while you type. Nothing leaves your computer.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: [...SITE_MATCHES],
    action: { default_title: 'Posting Assistant' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'posting-assistant@riverbend-tools.example',
              strict_min_version: '140.0',
              // Firefox's built-in consent: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions reached Firefox for Android in 142 (desktop: 140);
            // without this web-ext lint warns that Android 140 would not understand it.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
