import { defineConfig } from 'vitest/config';

/**
 * Three projects, run separately by npm scripts:
 * - unit: pure rules and parsers, no database (`src/domain`, `*.unit.test.ts`)
 * - api: features through app.inject on a cloned PGlite (and PostgreSQL when
 *   TEST_DATABASE_URL is set)
 * - e2e: Playwright journeys against a real server and Debian's Chromium
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'src/common/**/*.test.ts', 'src/**/*.unit.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/db/**/*.test.ts'],
          exclude: ['src/**/*.unit.test.ts'],
          globalSetup: ['src/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A full page load (antd bundle + session + data) can take seconds on a loaded 2-core CI machine.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
