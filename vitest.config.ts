import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built `civicmod`; build once before any test runs.
    globalSetup: ['test/helpers/global-setup.ts'],
    env: { DOTENV_CONFIG_QUIET: 'true' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
