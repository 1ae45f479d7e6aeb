/**
 * Playwright's global setup for the e2e run: builds the preview (skipped when preview-dist/ is up to
 * date; E2E_FORCE_BUILD=1 rebuilds), builds it once more in production mode (the mode the platform runs
 * LWC in, for the main-thread timings), and serves both on free 127.0.0.1 ports. The tests read the
 * addresses from E2E_BASE_URL / E2E_PRODUCTION_URL: environment variables set here reach the test
 * workers (https://playwright.dev/docs/test-global-setup-teardown). The returned function stops both
 * servers after the run.
 */
import path from 'node:path';
import { DIST, buildPreview } from '../scripts/preview-build.mjs';
import { startServer } from '../scripts/preview.mjs';

export default async function globalSetup() {
  const force = process.env.E2E_FORCE_BUILD === '1';
  const build = await buildPreview({ force });
  // Main-thread timings are taken on the production build (the development build adds its own checks
  // to every render); npm run bench measures the same build.
  const productionDist = path.join(DIST, 'production');
  await buildPreview({ force, production: true, dist: productionDist, quiet: true });
  const server = await startServer({ port: 0 });
  const productionServer = await startServer({ port: 0, dist: productionDist });
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_PRODUCTION_URL = productionServer.url;
  console.log(
    `e2e: preview at ${server.url} (build ${build.skipped ? 'reused' : `${(build.ms / 1000).toFixed(1)} s`}), ` +
      `production build at ${productionServer.url}`
  );
  return async () => {
    await server.close().catch(() => {});
    await productionServer.close().catch(() => {});
  };
}
