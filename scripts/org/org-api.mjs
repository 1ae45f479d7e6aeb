/**
 * The sf CLI calls the org scripts make, each returning plain data. Every command runs with `--json`;
 * the shapes read here are those of the CLI's own JSON output (sources in
 * scripts/org/fake-sf/README.md, which the tests replay).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSf, sfFailure } from './sf.mjs';

/** A Salesforce record Id: 15 or 18 letters and digits. Checked before an Id enters SOQL text. */
export const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** Metadata API returns one DeployMessage as an object and several as an array. */
export function asArray(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** `sf org display --json` → { username, apiVersion, instanceUrl } or { error }. */
export function orgDisplay(sf, targetOrg) {
  const run = runSf(sf, ['org', 'display', '--target-org', targetOrg, '--json']);
  const result = run.json?.result;
  if (run.status !== 0 || !result?.instanceUrl) return { error: sfFailure(run) };
  return { username: result.username, apiVersion: result.apiVersion, instanceUrl: result.instanceUrl };
}

/** `sf org display user --json` → { id, username, profileName } or { error }. */
export function userDisplay(sf, targetOrg) {
  const run = runSf(sf, ['org', 'display', 'user', '--target-org', targetOrg, '--json']);
  const result = run.json?.result;
  if (run.status !== 0 || !RECORD_ID.test(result?.id ?? '')) return { error: sfFailure(run) };
  return { id: result.id, username: result.username, profileName: result.profileName };
}

/**
 * `sf project deploy start --source-dir force-app [--dry-run] --json` →
 * { ok, status, components: [{ type, name, success, problem }], error }.
 * With --dry-run the deploy is validated and rolled back: nothing is saved.
 */
export function deploy(sf, targetOrg, { dryRun }) {
  const run = runSf(sf, [
    'project',
    'deploy',
    'start',
    '--source-dir',
    'force-app',
    '--target-org',
    targetOrg,
    '--wait',
    '30',
    ...(dryRun ? ['--dry-run'] : []),
    '--json'
  ]);
  const result = run.json?.result;
  const details = result?.details ?? {};
  const flag = (v) => v === true || v === 'true';
  const components = [
    ...asArray(details.componentSuccesses).map((m) => ({ ...m, success: true })),
    ...asArray(details.componentFailures).map((m) => ({ ...m, success: flag(m.success) }))
  ]
    .filter((m) => m.fullName !== 'package.xml')
    .map((m) => ({
      type: m.componentType || '',
      name: m.fullName,
      success: m.success,
      problem: m.problem ? `${m.problem}${m.lineNumber ? ` (line ${m.lineNumber})` : ''}` : ''
    }));
  const ok = run.status === 0 && result?.success !== false && components.every((c) => c.success);
  return {
    ok,
    status: result?.status ?? null,
    components,
    error: ok ? null : result ? null : sfFailure(run)
  };
}

/** `sf data query --query SOQL --json` → { records } or { error, name }. */
export function soql(sf, targetOrg, query) {
  const run = runSf(sf, ['data', 'query', '--query', query, '--target-org', targetOrg, '--json']);
  if (run.status !== 0 || !Array.isArray(run.json?.result?.records)) {
    return { error: sfFailure(run), name: run.json?.name ?? null };
  }
  return { records: run.json.result.records };
}

/**
 * `sf api request rest <url> [--method POST --body @file] --json` →
 * { statusCode, body } or { error } when the CLI itself failed.
 */
export function restRequest(sf, targetOrg, url, { body } = {}) {
  let tmp = null;
  const args = ['api', 'request', 'rest', url, '--target-org', targetOrg];
  if (body !== undefined) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'org-check-'));
    const file = path.join(tmp, 'body.json');
    fs.writeFileSync(file, JSON.stringify(body));
    args.push('--method', 'POST', '--header', 'Content-Type: application/json', '--body', `@${file}`);
  }
  args.push('--json');
  try {
    const run = runSf(sf, args);
    const result = run.json?.result;
    if (typeof result?.statusCode !== 'number') return { error: sfFailure(run) };
    return { statusCode: result.statusCode, body: result.body };
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * One GraphQL request to the org's UI API GraphQL endpoint (POST /services/data/vXX.X/graphql with
 * `{ query, variables, operationName }`). `sf api request graphql` cannot carry variables: it sends
 * `{"query": <body>}` only (salesforcecli/plugin-api src/commands/api/request/graphql.ts), so the
 * request goes through `sf api request rest`.
 */
export function graphqlRequest(sf, targetOrg, apiVersion, request) {
  return restRequest(sf, targetOrg, `/services/data/v${apiVersion}/graphql`, { body: request });
}
