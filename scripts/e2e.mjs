#!/usr/bin/env node
/**
 * End-to-end tests in a real browser:
 *   1. builds the preview (skipped when preview-dist/ is up to date),
 *   2. starts the preview server on a free 127.0.0.1 port and one Debian Chromium (playwright-core,
 *      executablePath /usr/bin/chromium; never a downloaded browser),
 *   3. runs e2e/*.test.mjs with node:test (spec reporter, one file at a time),
 *   4. stops everything; exit code 0 only when every test passed.
 * Screenshots of every sample go to artifacts/screenshots/ (git-ignored).
 *
 *   node scripts/e2e.mjs [--force-build] [--only name-pattern]
 *   CHROMIUM=/path/to/chromium node scripts/e2e.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DIST, buildPreview } from './preview-build.mjs';
import { startServer } from './preview.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the TAP copy of the results goes (read by scripts/test-all.mjs). */
export const TAP_RESULTS = path.join(root, '.cache', 'e2e-results.tap');
const OVERALL_TIMEOUT_MS = 25 * 60 * 1000;

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

function parseArgs(argv) {
  const args = { forceBuild: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--force-build') args.forceBuild = true;
    else if (argv[i] === '--only') args.only = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

async function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  ensureChromium();

  const build = await buildPreview({ force: args.forceBuild });
  // Main-thread timings are taken on the production build, the mode the platform runs LWC in (the
  // development build adds its own checks to every render); npm run bench measures the same build.
  const productionDist = path.join(DIST, 'production');
  await buildPreview({ force: args.forceBuild, production: true, dist: productionDist, quiet: true });
  const { chromium } = await import('playwright-core');

  const browserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS
  });
  const server = await startServer({ port: 0 });
  const productionServer = await startServer({ port: 0, dist: productionDist });
  const screenshots = path.join(root, 'artifacts', 'screenshots');
  fs.mkdirSync(screenshots, { recursive: true });
  console.log(`e2e: preview at ${server.url}, chromium ${browserServer.process().pid} (${CHROMIUM})`);

  let child;
  const stopAll = async () => {
    await server.close().catch(() => {});
    await productionServer.close().catch(() => {});
    await browserServer.close().catch(() => {});
  };
  const onSignal = (signal) => {
    if (child && child.exitCode === null) child.kill(signal);
    stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const files = fs
    .readdirSync(path.join(root, 'e2e'))
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => path.join('e2e', f));
  // The spec report on the console; a TAP copy for `npm test` to count the browser tests.
  fs.mkdirSync(path.dirname(TAP_RESULTS), { recursive: true });
  fs.rmSync(TAP_RESULTS, { force: true });
  const testArgs = [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${TAP_RESULTS}`,
    '--test-concurrency=1'
  ];
  if (args.only) testArgs.push('--test-name-pattern', args.only);
  const code = await new Promise((resolve) => {
    child = spawn(process.execPath, [...testArgs, ...files], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: server.url,
        E2E_PRODUCTION_URL: productionServer.url,
        E2E_WS_ENDPOINT: browserServer.wsEndpoint(),
        E2E_SCREENSHOT_DIR: screenshots
      }
    });
    const timer = setTimeout(() => {
      console.error(`e2e: tests still running after ${OVERALL_TIMEOUT_MS / 1000} s; stopping them`);
      child.kill('SIGTERM');
    }, OVERALL_TIMEOUT_MS);
    child.once('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(exitCode ?? (signal ? 1 : 0));
    });
  });
  await stopAll();
  const shots = fs.readdirSync(screenshots).filter((f) => f.endsWith('.png'));
  console.log(
    `e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(build ${build.skipped ? 'reused' : `${(build.ms / 1000).toFixed(1)} s`}); ${shots.length} screenshot(s) in ${path.relative(root, screenshots)}/`
  );
  process.exit(code);
}

main().catch((error) => {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
});
