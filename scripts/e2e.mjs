#!/usr/bin/env node
/**
 * End-to-end tests in a real browser: Playwright's test runner with playwright.config.mjs (its global
 * setup builds and serves the preview; the runner launches Debian's Chromium, never a downloaded one).
 * Installs Debian chromium first when it is missing and this runs as root (CI). Every argument after
 * the options goes to `playwright test` as is: files, --grep, --retries, --trace, --headed, ….
 * Exit code 0 only when every test passed. Screenshots of every sample go to artifacts/screenshots/,
 * the traces of failed tests to artifacts/test-results/ (both git-ignored).
 *
 *   node scripts/e2e.mjs [--force-build] [--only name-pattern] [playwright test arguments]
 *   node scripts/e2e.mjs e2e/edges.test.mjs --grep "50,000 entries"
 *   CHROMIUM=/path/to/chromium node scripts/e2e.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './chromium.mjs';
import { E2E_JSON_REPORT } from '../playwright.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLAYWRIGHT = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (CHROMIUM === '/usr/bin/chromium' && typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('e2e: /usr/bin/chromium missing; installing Debian chromium with apt-get (about 20 s)');
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
      const result = spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
      });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
    }
    if (fs.existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM=/path/to/chromium`
  );
}

/** `--force-build` and `--only` (same as --grep) are ours; everything else is playwright test's. */
function parseArgs(argv) {
  const args = { forceBuild: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--force-build') args.forceBuild = true;
    else if (argv[i] === '--only') args.rest.push('--grep', argv[++i]);
    else args.rest.push(argv[i]);
  }
  return args;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  ensureChromium();
  // A report left by an earlier run must not be read as this one's.
  fs.rmSync(E2E_JSON_REPORT, { force: true });
  const screenshots = path.join(root, 'artifacts', 'screenshots');
  fs.mkdirSync(screenshots, { recursive: true });

  let child;
  const onSignal = (signal) => {
    if (child && child.exitCode === null) child.kill(signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const code = await new Promise((resolve) => {
    child = spawn(
      process.execPath,
      [PLAYWRIGHT, 'test', '--config', path.join(root, 'playwright.config.mjs'), ...args.rest],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          E2E_SCREENSHOT_DIR: screenshots,
          ...(args.forceBuild ? { E2E_FORCE_BUILD: '1' } : {})
        }
      }
    );
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  const shots = fs.readdirSync(screenshots).filter((f) => f.endsWith('.png'));
  console.log(
    `e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${shots.length} screenshot(s) in ${path.relative(root, screenshots)}/`
  );
  process.exit(code);
}

main().catch((error) => {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
});
