import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in node; DOM tests opt in per file with `// @vitest-environment jsdom`.
// WxtVitest gives `browser` an in-memory fake (storage, runtime) so code under test runs as is.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'node',
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.tsx', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['tests/support/setup-dom.ts'],
  },
});
