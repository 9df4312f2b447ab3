import { defineConfig } from 'vitest/config';

// Unit, golden and property tests run in parallel; end-to-end tests (a real Chromium, one build of
// the browser studio) run one file at a time, because these machines have two cores. Both projects
// build the command line first (tests/support/build-cli.ts): many tests run bin/rungs.mjs.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/property/**/*.test.ts'],
          globalSetup: ['tests/support/build-cli.ts'],
          // One seed for every property test (FC_SEED=random explores): the same code, the same verdict.
          setupFiles: ['tests/support/fast-check-seed.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Geometry of exports in a real Chromium (one browser shared per file) on the stress corpus
          // and every template; one file at a time, as the machine has two cores.
          name: 'layout',
          include: ['tests/layout/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Builds the browser studio once and serves it (inject('studioUrl')) for the studio specs.
          globalSetup: ['tests/support/build-cli.ts', 'tests/e2e/support/studio-server.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
