import { defineConfig } from 'vitest/config';

// Real-browser tests of the built extension (.output/chrome-mv3) on the demo sites
// (tests/fixtures/dist). Run through `npm run test:e2e`, which builds both first.
// One file at a time: each launches its own Chromium, and two CPU cores are all CI has.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
