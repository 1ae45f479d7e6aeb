/**
 * The e2e tests on Playwright's test runner (https://playwright.dev/docs/test-configuration), in Debian's
 * Chromium (never a downloaded browser): `node scripts/e2e.mjs` runs it, `npm test` counts its JSON
 * report. One worker, one test at a time: the machine has two cores and the scale tests measure the
 * main thread's long tasks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
/** Playwright's JSON report of the run (read by scripts/test-all.mjs for the e2e counts). */
export const E2E_JSON_REPORT = path.join(root, '.cache', 'e2e-results.json');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.test.mjs',
  outputDir: path.join(root, 'artifacts', 'test-results'),
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  // A test that fails once fails the run; `--retries=N` on the command line retries while investigating
  // (https://playwright.dev/docs/test-retries).
  retries: 0,
  // A test that passes only on a retry is flaky, and fails the run too
  // (https://playwright.dev/docs/api/class-testconfig#test-config-fail-on-flaky-tests).
  failOnFlakyTests: true,
  // A test's own limit (test.setTimeout) where it sets one; 5 minutes otherwise (the longest any test
  // asks for), and the whole run stops after 25 minutes (https://playwright.dev/docs/test-timeouts).
  timeout: 5 * 60 * 1000,
  globalTimeout: 25 * 60 * 1000,
  globalSetup: './e2e/global-setup.mjs',
  // `list` on the console, the JSON report for the counts (https://playwright.dev/docs/test-reporters).
  reporter: [['list'], ['json', { outputFile: E2E_JSON_REPORT }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 900 },
    // A failed test leaves its trace (`npx playwright show-trace <trace.zip>`,
    // https://playwright.dev/docs/trace-viewer); screenshots are the ones the tests take themselves.
    trace: 'retain-on-failure',
    screenshot: 'off',
    video: 'off'
  }
});
