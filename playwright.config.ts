import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI_REPORT ? [['list'], ['json', { outputFile: process.env.CI_REPORT }]] : 'list',
  use: { trace: 'retain-on-failure', actionTimeout: 15_000 },
  // The policy specs write a machine-global Chromium policy file: they run after every other spec,
  // one at a time (policy.spec.ts is serial). Alone: `npx playwright test --project=policy --no-deps`.
  projects: [
    { name: 'main', testIgnore: /policy.*\.spec\.ts/ },
    { name: 'policy', testMatch: /policy.*\.spec\.ts/, dependencies: ['main'], fullyParallel: false },
  ],
});
