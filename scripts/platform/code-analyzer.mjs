#!/usr/bin/env node
/**
 * Offline security/quality gate over force-app, in two parts:
 *
 * 1. A grep-style guard (no dependencies) over force-app, __tests__ excluded: fails on any `innerHTML`,
 *    `outerHTML`, `insertAdjacentHTML`, `eval(`, `new Function(` in any text source, and on
 *    `lwc:dom="manual"` (except the printout's container, MANUAL_DOM_TEMPLATES) or an inline event handler
 *    attribute with a quoted value (on*="...") in .html
 *    templates. LWC handlers are always `onclick={handler}`; a quoted on* value is never needed.
 *
 * 2. Salesforce Code Analyzer core with its ESLint engine (the same engine the `sf code-analyzer` plugin
 *    runs; the plugin itself cannot be installed offline). It analyses the .ts sources, the .js that
 *    `node scripts/build.mjs` generates from them (the engine applies its LWC rules to JavaScript only),
 *    and the .html/.css templates. Rule selection: see RULE_SELECTORS below; engine settings and severity
 *    overrides: scripts/platform/code-analyzer.yml.
 *
 * Exit code: 1 if the guard finds anything or any severity 1 (Critical) or 2 (High) finding exists;
 * severity 3-5 findings are printed but do not fail. 2 on an internal error (e.g. the build fails).
 *
 * Usage: node scripts/platform/code-analyzer.mjs [--no-build] [--guard-only] [--verbose]
 *   --no-build    skip `node scripts/build.mjs` (use the .js already generated)
 *   --guard-only  run only the grep guard
 *   --verbose     also list every severity 3-5 finding (default: counts per rule only)
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const CONFIG_FILE = path.join(here, 'code-analyzer.yml');

/** Folders never scanned by either part. */
const SKIP_DIRS = new Set(['__tests__', 'node_modules', '.cache', '.sfdx', '.sf', '.git']);

/**
 * Rule selectors handed to Code Analyzer (a union; `engine:tag` is an intersection).
 * - eslint:Recommended  the engine's recommended set: core JS correctness, typescript-eslint, @lwc/lwc,
 *                       @lwc/lwc-platform, @salesforce/lightning, import/*, SLDS html/css rules.
 * - eslint:LWC          every LWC-tagged rule, recommended or not (e.g. @lwc/lwc/no-inner-html,
 *                       no-document-query, no-api-reassignments, @salesforce/lightning/*).
 * - eslint:Security     every Security-tagged rule (@lwc/lwc/no-inner-html, plus the core no-eval,
 *                       no-implied-eval, no-new-func, no-script-url, no-proto, no-caller that
 *                       code-analyzer.yml tags Security and raises to severity 2).
 */
export const RULE_SELECTORS = ['eslint:Recommended', 'eslint:LWC', 'eslint:Security'];

/** File types the analyzer is given (the engine's JavaScript, TypeScript, HTML and CSS languages). */
const ANALYZED_EXTENSIONS = new Set(['.js', '.ts', '.html', '.css']);

/** File types the guard reads. */
const GUARD_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs', '.html', '.css', '.xml', '.json']);

/** Patterns checked in every guarded file. */
export const GUARD_PATTERNS = [
  { name: 'innerHTML', regex: /\binnerHTML\b/ },
  { name: 'outerHTML', regex: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', regex: /\binsertAdjacentHTML\b/ },
  { name: 'eval(', regex: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function(', regex: /\bnew\s+Function\s*\(/ }
];

/** Patterns checked in .html templates only. */
export const TEMPLATE_GUARD_PATTERNS = [
  { name: 'lwc:dom="manual"', regex: /\blwc:dom\s*=\s*["']?\s*manual\b/ },
  { name: 'inline event handler on*="..."', regex: /(?:^|[\s<"'])on[a-z][\w.:-]*\s*=\s*["']/i }
];

/**
 * The one template allowed `lwc:dom="manual"`: the printout's container, the documented pattern for DOM
 * a component builds itself (https://developer.salesforce.com/docs/platform/lwc/guide/js-third-party-library.html).
 * transcriptPrintRows.ts fills it with createElement and textContent only, never HTML: the innerHTML,
 * outerHTML and insertAdjacentHTML patterns above still check that file.
 */
export const MANUAL_DOM_TEMPLATES = ['lwc/transcriptPrintRows/transcriptPrintRows.html'];

function allowedInTemplate(file, pattern) {
  const posix = file.split(path.sep).join('/');
  return (
    pattern.name === 'lwc:dom="manual"' &&
    MANUAL_DOM_TEMPLATES.some((allowed) => posix.endsWith(`/${allowed}`))
  );
}

/** Recursively lists files under dir, skipping SKIP_DIRS. */
export function listFiles(dir, extensions, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(full, extensions, out);
    } else if (entry.isFile() && extensions.has(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
  return out.sort();
}

/**
 * The grep-style guard. Returns { files, patterns, violations: [{ file, line, pattern, text }] }.
 * @param {string} rootDir folder to scan (force-app in the real run; a temp folder in tests)
 */
export function runGuard(rootDir) {
  const files = listFiles(rootDir, GUARD_EXTENSIONS);
  const violations = [];
  for (const file of files) {
    const isTemplate = file.toLowerCase().endsWith('.html');
    const patterns = isTemplate ? [...GUARD_PATTERNS, ...TEMPLATE_GUARD_PATTERNS] : GUARD_PATTERNS;
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    lines.forEach((text, index) => {
      for (const pattern of patterns) {
        if (pattern.regex.test(text) && !(isTemplate && allowedInTemplate(file, pattern))) {
          violations.push({ file, line: index + 1, pattern: pattern.name, text: text.trim() });
        }
      }
    });
  }
  return {
    files,
    patterns: [
      ...GUARD_PATTERNS.map((p) => p.name),
      ...TEMPLATE_GUARD_PATTERNS.map((p) => `${p.name} (.html)`)
    ],
    violations
  };
}

const rel = (file) => path.relative(repoRoot, file) || file;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function printGuard(result, rootDir) {
  console.log(
    `guard: scanned ${result.files.length} file(s) under ${rel(rootDir)} (excluding ${[...SKIP_DIRS].join(', ')})`
  );
  console.log(`guard: checked for ${result.patterns.join(', ')}`);
  if (result.violations.length === 0) {
    console.log('guard: OK, none found');
    return;
  }
  for (const v of result.violations) {
    console.log(`guard: FAIL ${rel(v.file)}:${v.line} ${v.pattern}: ${v.text.slice(0, 160)}`);
  }
  console.log(`guard: ${result.violations.length} violation(s)`);
}

export async function runAnalyzer(forceApp, { verbose }) {
  const started = Date.now();
  const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel, SeverityLevel } =
    await import('@salesforce/code-analyzer-core');
  const eslintEngine = await import('@salesforce/code-analyzer-eslint-engine');

  // Load with the repo root as config root so ignores are repo-relative.
  const config = CodeAnalyzerConfig.fromYamlString(fs.readFileSync(CONFIG_FILE, 'utf8'), repoRoot);
  const analyzer = new CodeAnalyzer(config);
  analyzer.onEvent(EventType.LogEvent, (event) => {
    if (event.logLevel <= LogLevel.Error || (verbose && event.logLevel <= LogLevel.Warn)) {
      console.error(`code-analyzer [${LogLevel[event.logLevel]}] ${event.message}`);
    }
  });
  await analyzer.addEnginePlugin(eslintEngine.createEnginePlugin());

  // Explicit file list: only force-app sources, never node_modules, .cache or __tests__.
  const targets = listFiles(forceApp, ANALYZED_EXTENSIONS);
  const workspace = await analyzer.createWorkspace(targets);
  const analyzedFiles = await workspace.getTargetedFiles();
  const leaked = analyzedFiles.filter((f) => /[\\/](node_modules|\.cache|__tests__)[\\/]/.test(f));
  if (leaked.length > 0)
    throw new Error(`workspace unexpectedly contains ${leaked.length} excluded file(s): ${leaked[0]}`);

  const selection = await analyzer.selectRules(RULE_SELECTORS, { workspace });
  const results = await analyzer.run(selection, { workspace });
  const elapsed = Date.now() - started;

  const byExt = {};
  for (const f of analyzedFiles) byExt[path.extname(f)] = (byExt[path.extname(f)] ?? 0) + 1;
  const engines = results
    .getEngineNames()
    .map((name) => `${name} ${results.getEngineRunResults(name).getEngineVersion()}`)
    .join(', ');
  console.log(`code-analyzer: core ${results.getCoreVersion()}, engine ${engines}`);
  console.log(`code-analyzer: selectors ${RULE_SELECTORS.join(' ')}; config ${rel(CONFIG_FILE)}`);
  console.log(
    `code-analyzer: analysed ${analyzedFiles.length} file(s) (${Object.entries(byExt)
      .map(([ext, n]) => `${n} ${ext}`)
      .join(', ')}) with ${selection.getCount()} rule(s) in ${seconds(elapsed)}`
  );

  const violations = results.getViolations();
  const levels = [1, 2, 3, 4, 5];
  const counts = levels.map((s) => `${s} ${SeverityLevel[s]}: ${results.getViolationCountOfSeverity(s)}`);
  console.log(`code-analyzer: ${violations.length} finding(s) by severity: ${counts.join(', ')}`);

  const describe = (v) => {
    const loc = v.getPrimaryLocation();
    const where = loc.getFile() ? `${rel(loc.getFile())}:${loc.getStartLine() ?? '?'}` : '(no location)';
    return `${where} ${v.getRule().getEngineName()}:${v.getRule().getName()} - ${v.getMessage()}`;
  };
  const blocking = violations.filter((v) => v.getRule().getSeverityLevel() <= SeverityLevel.High);
  for (const v of blocking) {
    console.log(`code-analyzer: FAIL sev ${v.getRule().getSeverityLevel()} ${describe(v)}`);
  }
  const advisory = violations.filter((v) => v.getRule().getSeverityLevel() > SeverityLevel.High);
  if (advisory.length > 0) {
    if (verbose) {
      for (const v of advisory)
        console.log(`code-analyzer: note sev ${v.getRule().getSeverityLevel()} ${describe(v)}`);
    } else {
      const perRule = new Map();
      for (const v of advisory) {
        const key = `sev ${v.getRule().getSeverityLevel()} ${v.getRule().getName()}`;
        perRule.set(key, (perRule.get(key) ?? 0) + 1);
      }
      for (const [key, n] of [...perRule].sort())
        console.log(`code-analyzer: note ${key}: ${n} (--verbose lists them)`);
    }
  }
  return { blocking: blocking.length, total: violations.length };
}

async function main(argv) {
  const started = Date.now();
  const args = new Set(argv);
  const verbose = args.has('--verbose');
  const forceApp = path.join(repoRoot, 'force-app');
  let failed = false;

  if (!args.has('--no-build') && !args.has('--guard-only')) {
    const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], {
      cwd: repoRoot,
      stdio: 'inherit'
    });
    if (build.status !== 0) {
      console.error('code-analyzer: build failed; nothing analysed.');
      return 2;
    }
  }

  const guard = runGuard(forceApp);
  printGuard(guard, forceApp);
  if (guard.violations.length > 0) failed = true;

  if (!args.has('--guard-only')) {
    const { blocking } = await runAnalyzer(forceApp, { verbose });
    if (blocking > 0) {
      console.log(`code-analyzer: ${blocking} severity 1-2 finding(s): FAIL`);
      failed = true;
    } else {
      console.log('code-analyzer: no severity 1-2 findings');
    }
  }

  console.log(`code-analyzer: ${failed ? 'FAILED' : 'passed'} in ${seconds(Date.now() - started)}`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error?.stack ?? error);
      process.exitCode = 2;
    }
  );
}
