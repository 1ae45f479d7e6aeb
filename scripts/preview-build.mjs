#!/usr/bin/env node
/**
 * Builds the local preview into preview-dist/ (git-ignored):
 *   1. `node scripts/build.mjs` compiles force-app's TypeScript to the JavaScript that deploys;
 *   2. rollup + @lwc/rollup-plugin bundles preview/src/main.js with that generated JavaScript, the real
 *      base components from `lightning-base-components`, and preview stand-ins for the platform modules:
 *        lightning/graphql          -> preview/modules/lightning/graphql (samples, paging, faults)
 *        lightning/uiRecordApi      -> preview/modules/lightning/uiRecordApi (getRecord of samples/sessions.json)
 *        lightning/conversationToolkitApi -> preview/modules/lightning/conversationToolkitApi (?toolkit=live)
 *        @salesforce/label/c.X      -> the value for the page's language: every label set (English from
 *                                      CustomLabels.labels-meta.xml, one per translations/*.translation-meta.xml)
 *                                      is built in, and the page's ?lang= picks one at load time; a label a
 *                                      translation lacks falls back to English (unknown -> "X")
 *        @salesforce/i18n/locale|timeZone|lang|dir -> values the page sets from ?locale=&tz=&lang=&dir=
 *        @salesforce/schema/O.F     -> { objectApiName, fieldApiName }
 *
 * Skips the bundle when nothing that feeds it changed (content hash in preview-dist/build-info.json),
 * and keeps rollup's module cache in .cache/ so a changed component rebuilds quickly.
 *
 * Two pages share the bundle: index.html (app/main.js, the preview) and bench.html (app/bench.js, hooks
 * for `npm run bench`: mount the component or a plain-DOM baseline on a given dataset).
 * `dist` builds elsewhere (the benchmark keeps its production build in preview-dist/production/).
 *
 *   node scripts/preview-build.mjs [--force] [--production] [--quiet]
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCustomLabels, readTranslatedLabels } from './platform/metadata-xml.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(root, 'preview-dist');
const LWC_DIR = path.join(root, 'force-app', 'main', 'default', 'lwc');
const LABELS_FILE = path.join(root, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');
const TRANSLATIONS_DIR = path.join(root, 'force-app', 'main', 'default', 'translations');
const PREVIEW = path.join(root, 'preview');
const CACHE_DIR = path.join(root, '.cache');
const CONTAINER = 'conversationTranscript';

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules' && entry.name !== 'samples')
        walk(full, out);
    } else out.push(full);
  }
  return out;
}

/** Hash of everything the bundle is made from (generated JS included, .ts excluded). */
function inputHash(mode) {
  const hash = crypto.createHash('sha256');
  hash.update(mode);
  const files = [
    ...walk(LWC_DIR).filter((f) => /\.(js|html|css)$/.test(f)),
    ...walk(PREVIEW).filter((f) => /\.(js|mjs|html|css)$/.test(f)),
    LABELS_FILE,
    ...walk(TRANSLATIONS_DIR),
    path.join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url)
  ].sort();
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** fullName -> value from CustomLabels.labels-meta.xml (English: the file holds the default language). */
export function readLabels(file = LABELS_FILE) {
  if (!fs.existsSync(file)) return new Map();
  return readCustomLabels(fs.readFileSync(file, 'utf8'));
}

/**
 * Translated labels: language key ("fr", "pt-br": the file name, lower case, "_" -> "-") -> Map(name -> value).
 * Reads translations/*.translation-meta.xml the same way readLabels reads the English file.
 */
export function readTranslations(dir = TRANSLATIONS_DIR) {
  const sets = new Map();
  if (!fs.existsSync(dir)) return sets;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.translation-meta.xml'))
    .sort()) {
    const key = file.slice(0, -'.translation-meta.xml'.length).toLowerCase().replace(/_/g, '-');
    sets.set(key, readTranslatedLabels(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  return sets;
}

/**
 * Source of the virtual module every label module imports: all label sets, and the one the page's
 * language picks (exact tag, then its primary language, then English), fixed when the bundle loads.
 */
function labelsModule(labels, translations) {
  const sets = { en: Object.fromEntries(labels) };
  for (const [key, values] of translations) sets[key] = Object.fromEntries(values);
  return `const SETS = ${JSON.stringify(sets)};
export const LANGUAGES = ${JSON.stringify(Object.keys(sets))};
const wanted = String((globalThis.__previewI18n || {}).lang || 'en').toLowerCase().replace(/_/g, '-');
const primary = wanted.split('-')[0];
export const LANGUAGE = SETS[wanted] ? wanted : SETS[primary] ? primary : 'en';
/** The label in the page's language; English when the translation lacks it; the name when unknown. */
export function label(name) {
  const value = SETS[LANGUAGE][name];
  if (typeof value === 'string') return value;
  return typeof SETS.en[name] === 'string' ? SETS.en[name] : name;
}
`;
}

/** Resolves `c/*` and the platform-only modules before @lwc/rollup-plugin sees them. */
function previewModules({ labels, translations, component, warnings }) {
  const VIRTUAL = '\0preview:';
  const I18N = new Set(['locale', 'timeZone', 'lang', 'dir']);
  return {
    name: 'preview-modules',
    resolveId(source) {
      if (source === 'preview:component') return `${VIRTUAL}component`;
      if (source === 'preview:labels') return `${VIRTUAL}labels`;
      if (source === 'lightning/graphql')
        return path.join(PREVIEW, 'modules', 'lightning', 'graphql', 'graphql.js');
      if (source === 'lightning/uiRecordApi' || source === 'lightning/conversationToolkitApi') {
        const name = source.slice('lightning/'.length);
        return path.join(PREVIEW, 'modules', 'lightning', name, `${name}.js`);
      }
      if (source.startsWith('@salesforce/label/c.'))
        return `${VIRTUAL}label:${source.slice('@salesforce/label/'.length)}`;
      if (source.startsWith('@salesforce/i18n/') && I18N.has(source.slice('@salesforce/i18n/'.length))) {
        return `${VIRTUAL}i18n:${source.slice('@salesforce/i18n/'.length)}`;
      }
      if (source.startsWith('@salesforce/schema/'))
        return `${VIRTUAL}schema:${source.slice('@salesforce/schema/'.length)}`;
      const match = /^c\/([A-Za-z0-9_]+)$/.exec(source);
      if (match) {
        const name = match[1];
        const candidates = [
          path.join(PREVIEW, 'modules', 'lwc', name, `${name}.js`),
          path.join(LWC_DIR, name, `${name}.js`),
          // A CSS-only module (`@import 'c/name';` in a component's stylesheet).
          path.join(LWC_DIR, name, `${name}.css`)
        ];
        const found = candidates.find((f) => fs.existsSync(f));
        if (!found) {
          const ts = path.join(LWC_DIR, name, `${name}.ts`);
          this.error(
            fs.existsSync(ts)
              ? `c/${name}: ${path.relative(root, ts)} was not compiled (run node scripts/build.mjs)`
              : `c/${name}: no component at ${path.relative(root, path.join(LWC_DIR, name))}`
          );
        }
        // The alias specifier gives the module its namespace "c" (not the folder name "lwc").
        return `${found}?specifier=${encodeURIComponent(`c/${name}`)}`;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const what = id.slice(VIRTUAL.length);
      if (what === 'component') {
        return `export { default as component } from 'c/${component}';\nexport const tagName = ${JSON.stringify(`c-${component.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)};\n`;
      }
      if (what === 'labels') return labelsModule(labels, translations);
      if (what.startsWith('label:')) {
        const full = what.slice('label:'.length);
        const name = full.startsWith('c.') ? full.slice(2) : full;
        if (!full.startsWith('c.') || !labels.has(name)) {
          warnings.push(
            `label ${full} not found in CustomLabels.labels-meta.xml: the preview shows its name`
          );
        }
        return `import { label } from 'preview:labels';\nexport default label(${JSON.stringify(name)});\n`;
      }
      if (what.startsWith('i18n:')) {
        const key = what.slice('i18n:'.length);
        const defaults = { locale: 'en-US', timeZone: 'America/Los_Angeles', lang: 'en', dir: 'ltr' };
        return `const v = (globalThis.__previewI18n || {})[${JSON.stringify(key)}];\nexport default typeof v === 'string' && v ? v : ${JSON.stringify(defaults[key])};\n`;
      }
      if (what.startsWith('schema:')) {
        const [objectApiName, ...rest] = what.slice('schema:'.length).split('.');
        const value = rest.length ? { objectApiName, fieldApiName: rest.join('.') } : { objectApiName };
        return `export default ${JSON.stringify(value)};\n`;
      }
      return null;
    }
  };
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${result.status})`);
  }
}

/**
 * Builds the preview. Returns { skipped, ms, component, warnings }.
 * Throws on failure (the CLI prints the message and exits 1).
 */
export async function buildPreview({ force = false, production = false, quiet = false, dist = DIST } = {}) {
  const log = quiet ? () => {} : (msg) => console.log(msg);
  const started = Date.now();
  run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);

  const mode = production ? 'production' : 'development';
  const hash = inputHash(`${mode}:${process.env.PREVIEW_COMPONENT ?? ''}`);
  const infoFile = path.join(dist, 'build-info.json');
  // PREVIEW_COMPONENT=<name> shows another c/ component instead of the container, for debugging.
  const component = process.env.PREVIEW_COMPONENT || CONTAINER;
  if (!force && fs.existsSync(infoFile)) {
    const info = JSON.parse(fs.readFileSync(infoFile, 'utf8'));
    if (
      info.hash === hash &&
      fs.existsSync(path.join(dist, 'app', 'main.js')) &&
      fs.existsSync(path.join(dist, 'app', 'bench.js'))
    ) {
      log(`preview-build: up to date (${info.component}), skipped bundling [${Date.now() - started} ms]`);
      return {
        skipped: true,
        ms: Date.now() - started,
        component: info.component,
        warnings: info.warnings ?? []
      };
    }
  }

  const { rollup } = await import('rollup');
  const lwc = (await import('@lwc/rollup-plugin')).default;
  const replace = (await import('@rollup/plugin-replace')).default;
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');

  // rollup's cache keeps resolved ids: key it by this script and the lockfile so a resolver or
  // dependency change never reuses stale resolutions.
  const cacheKey = crypto
    .createHash('sha256')
    .update(fs.readFileSync(fileURLToPath(import.meta.url)))
    .update(
      fs.existsSync(path.join(root, 'package-lock.json'))
        ? fs.readFileSync(path.join(root, 'package-lock.json'))
        : ''
    )
    .update(mode)
    .digest('hex')
    .slice(0, 16);
  // One cache per mode, so the development preview and the benchmark's production build keep theirs.
  const CACHE_FILE = path.join(CACHE_DIR, `preview-rollup-${mode}-${cacheKey}.json`);
  let cache;
  if (!force && fs.existsSync(CACHE_FILE)) {
    try {
      cache = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8'));
    } catch {
      cache = undefined;
    }
  }
  const warnings = [];
  const labels = readLabels();
  const translations = readTranslations();
  const bundle = await rollup({
    input: { main: path.join(PREVIEW, 'src', 'main.js'), bench: path.join(PREVIEW, 'src', 'bench.js') },
    cache,
    plugins: [
      previewModules({ labels, translations, component, warnings }),
      replace({
        preventAssignment: true,
        values: { 'import.meta.env.SSR': 'false', 'process.env.NODE_ENV': JSON.stringify(mode) }
      }),
      lwc({
        rootDir: PREVIEW,
        modules: [{ npm: 'lightning-base-components' }],
        exclude: [
          '**/node_modules/graphql/**',
          '**/preview/src/responseShape.mjs',
          '**/preview/src/dataSource.js',
          '**/preview/src/sessionSource.js'
        ]
      }),
      nodeResolve({ browser: true })
    ],
    onwarn(warning) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      const text = String(warning.message ?? warning);
      if (text.includes('"rootDir" option') || text.includes('node_modules/lightning-base-components/'))
        return;
      warnings.push(text);
    }
  });
  fs.rmSync(path.join(dist, 'app'), { recursive: true, force: true });
  await bundle.write({
    dir: path.join(dist, 'app'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false
  });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of fs.readdirSync(CACHE_DIR)) {
    if (old.startsWith(`preview-rollup-${mode}-`) && old !== path.basename(CACHE_FILE))
      fs.rmSync(path.join(CACHE_DIR, old), { force: true });
  }
  fs.writeFileSync(CACHE_FILE, JSON.stringify(bundle.cache));
  await bundle.close();

  for (const page of ['index.html', 'bench.html', 'preview.css']) {
    fs.copyFileSync(path.join(PREVIEW, page), path.join(dist, page));
  }
  const uniqueWarnings = [...new Set(warnings)];
  fs.writeFileSync(
    infoFile,
    JSON.stringify(
      { hash, component, mode, builtAt: new Date().toISOString(), warnings: uniqueWarnings },
      null,
      2
    )
  );
  const ms = Date.now() - started;
  for (const w of uniqueWarnings) log(`preview-build: warning: ${w}`);
  log(`preview-build: bundled c/${component} (${mode}) in ${ms} ms -> ${path.relative(root, dist)}/`);
  return { skipped: false, ms, component, warnings: uniqueWarnings };
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const args = new Set(process.argv.slice(2));
  buildPreview({
    force: args.has('--force'),
    production: args.has('--production'),
    quiet: args.has('--quiet')
  }).catch((error) => {
    console.error(`preview-build: ${error.message}`);
    process.exit(1);
  });
}
