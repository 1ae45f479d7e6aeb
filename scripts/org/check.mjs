#!/usr/bin/env node
/**
 * `npm run org:check -- --target-org ALIAS [--record-id ID]`: tells an admin whether an org can run the
 * component, without writing anything to it. See HELP below and docs/org-setup.md.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../platform/check-deploy-payload.mjs';
import { describeComponentError } from './component-errors.mjs';
import { findComponentQuery, firstPageVariables } from './component-query.mjs';
import { RECORD_ID, deploy, graphqlRequest, orgDisplay, restRequest, soql, userDisplay } from './org-api.mjs';
import { resolveSf, startCommand } from './sf.mjs';

export const HELP = `Usage: npm run org:check -- --target-org ALIAS [--record-id ID] [--no-build]

Checks, without writing anything to the org, whether it can run the Conversation Transcript component:

  1. Deploy validation: builds, then validates the deploy of force-app as a dry run
     (sf project deploy start --dry-run: checked and rolled back, nothing saved) and lists every
     component's result.
  2. UI API: asks the org's GraphQL endpoint (introspection of uiapi.query, type RecordQuery) whether
     ConversationEntry, MessagingSession and VoiceCall are UI API objects for the running user.
     With --record-id, runs the component's own query for that MessagingSession or VoiceCall and
     reports the first page's count, totalCount and any error in the words the component would show.
  3. Access: whether the running user has the Access Conversation Entries user permission (through a
     permission set, permission set group or profile) and read access to every ConversationEntry field
     the component's query selects (UI API object-info, which reflects field-level security).
  4. Prints one table: each check, PASS / FAIL / N/A, and the fix. Exits 1 when a check fails.

Options:
  --target-org, -o ALIAS   an org authorised with the sf CLI (sf org login web --alias ALIAS)
  --record-id, -r ID       a MessagingSession or VoiceCall Id (15 or 18 characters) to query
  --no-build               skip npm run build (the generated JavaScript must exist)
  --help, -h               this text

The checks run as the user the CLI is authorised as: authorise as an agent to check an agent's access.
The CLI is the sf on PATH, otherwise the pinned one the deploy check installs (.cache/sf-cli);
node scripts/org/sf.mjs <args> runs that same CLI (for example: org login web --alias my-org).`;

export const CHECKS = [
  'Deploy validation (dry run)',
  'UI API: ConversationEntry',
  'UI API: MessagingSession',
  'UI API: VoiceCall',
  'Access Conversation Entries',
  'Field access (ConversationEntry)',
  'Component query (--record-id)'
];

const PERMISSION_SET = 'Conversation_Transcript_Viewer';
const UI_API_OBJECTS = ['ConversationEntry', 'MessagingSession', 'VoiceCall'];

/** GraphQL introspection of the root query type: the objects UI API serves this user. */
export const INTROSPECTION_QUERY = `query orgCheckRecordQuery {
  __type(name: "RecordQuery") {
    fields {
      name
    }
  }
}`;

export function parseArgs(argv) {
  const options = { targetOrg: null, recordId: null, build: true, help: false, errors: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, null];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--target-org' || flag === '-o') options.targetOrg = value() ?? null;
    else if (flag === '--record-id' || flag === '-r') options.recordId = value() ?? null;
    else if (flag === '--no-build') options.build = false;
    else options.errors.push(`unknown argument ${arg}`);
  }
  if (!options.help && !options.targetOrg) options.errors.push('--target-org is required');
  if (options.recordId !== null && !RECORD_ID.test(options.recordId)) {
    options.errors.push(
      `--record-id ${options.recordId} is not a Salesforce Id (15 or 18 letters and digits)`
    );
  }
  return options;
}

const row = (check, result, detail, fix = '') => ({ check, result, detail, fix });

function deployRow(sf, targetOrg, log) {
  const check = CHECKS[0];
  const d = deploy(sf, targetOrg, { dryRun: true });
  log('Deploy validation (dry run), each component:');
  for (const c of d.components) {
    log(`  ${c.success ? '✓' : '✗'} ${c.type} ${c.name}${c.problem ? `: ${c.problem}` : ''}`);
  }
  if (d.components.length === 0) log('  (no component results)');
  const failed = d.components.filter((c) => !c.success);
  if (d.ok) return row(check, 'PASS', `${d.components.length} components validated, none failed`);
  const detail = d.error
    ? d.error
    : `${failed.length} of ${d.components.length} components failed: ${failed
        .map((c) => `${c.type} ${c.name}: ${c.problem}`)
        .join('; ')}`;
  return row(
    check,
    'FAIL',
    detail,
    'fix the failures listed above; a missing object or user permission (VoiceCall, MessagingSession, CanAccessCE) means the org lacks Messaging or Voice (docs/org-setup.md)'
  );
}

function permissionRow(sf, targetOrg, user) {
  const check = CHECKS[4];
  if (user.error) {
    return row(
      check,
      'FAIL',
      `could not read the running user: ${user.error}`,
      'check the org authorisation'
    );
  }
  // The Id comes from the CLI and matches RECORD_ID, so it is safe inside the SOQL text.
  const answer = soql(
    sf,
    targetOrg,
    `SELECT PermissionSet.Name, PermissionSet.Label, PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = '${user.id}' AND PermissionSet.PermissionsCanAccessCE = true`
  );
  if (answer.error) {
    if (/PermissionsCanAccessCE/.test(answer.error)) {
      // SOQL errors repeat the query with a caret; the reason is the last line.
      const reason = answer.error.trim().split('\n').pop();
      return row(
        check,
        'FAIL',
        `this org has no Access Conversation Entries permission (${reason})`,
        'Messaging or Voice is not enabled: ConversationEntry and its permission come with their licences (docs/org-setup.md)'
      );
    }
    return row(
      check,
      'FAIL',
      `could not read permission set assignments: ${answer.error}`,
      'run the check as a user with View Setup and Configuration'
    );
  }
  if (answer.records.length === 0) {
    return row(
      check,
      'FAIL',
      `${user.username} does not have Access Conversation Entries`,
      `sf org assign permset --name ${PERMISSION_SET} --target-org ${targetOrg} --on-behalf-of ${user.username}`
    );
  }
  const grants = answer.records.map((r) =>
    r.PermissionSet?.IsOwnedByProfile
      ? `profile ${user.profileName ?? ''}`.trim()
      : `${r.PermissionSet?.Label} (${r.PermissionSet?.Name})`
  );
  return row(check, 'PASS', `${user.username} has it through ${[...new Set(grants)].join(', ')}`);
}

function uiApiRows(sf, targetOrg, org, permission) {
  const answer = graphqlRequest(sf, targetOrg, org.apiVersion, {
    query: INTROSPECTION_QUERY,
    variables: {},
    operationName: 'orgCheckRecordQuery'
  });
  const names = answer.body?.data?.__type?.fields?.map((f) => f.name);
  if (answer.error || answer.statusCode >= 400 || !Array.isArray(names)) {
    const reason =
      answer.error ??
      `HTTP ${answer.statusCode}: ${JSON.stringify(answer.body?.errors ?? answer.body).slice(0, 300)}`;
    return {
      served: new Set(),
      rows: UI_API_OBJECTS.map((o, i) =>
        row(
          CHECKS[1 + i],
          'FAIL',
          `GraphQL introspection failed: ${reason}`,
          'check the org authorisation and API access'
        )
      )
    };
  }
  const served = new Set(names);
  const fixes = {
    ConversationEntry:
      permission.result === 'PASS'
        ? 'this user has Access Conversation Entries, yet UI API does not serve ConversationEntry in this org: the component cannot read transcripts here (docs/org-setup.md, "Not certain")'
        : 'UI API hides ConversationEntry from users without Access Conversation Entries: fix that row first, then run the check again',
    MessagingSession:
      'enable Messaging (Digital Engagement or Messaging for In-App and Web) for MessagingSession record pages',
    VoiceCall: 'enable Service Cloud Voice for VoiceCall record pages (the component targets both objects)'
  };
  return {
    served,
    rows: UI_API_OBJECTS.map((o, i) =>
      served.has(o)
        ? row(CHECKS[1 + i], 'PASS', `uiapi.query.${o} is in the org's GraphQL schema`)
        : row(CHECKS[1 + i], 'FAIL', `uiapi.query has no ${o} for ${org.username}`, fixes[o])
    )
  };
}

function fieldRow(sf, targetOrg, org, query, servesEntries) {
  const check = CHECKS[5];
  if (!servesEntries) {
    return row(
      check,
      'N/A',
      'ConversationEntry is not served by UI API to this user (see above): no fields to check'
    );
  }
  const answer = restRequest(
    sf,
    targetOrg,
    `/services/data/v${org.apiVersion}/ui-api/object-info/ConversationEntry`
  );
  const fields = answer.body?.fields;
  if (answer.error || answer.statusCode >= 400 || typeof fields !== 'object' || fields === null) {
    const reason = answer.error ?? `HTTP ${answer.statusCode}: ${JSON.stringify(answer.body).slice(0, 300)}`;
    return row(
      check,
      'FAIL',
      `UI API object-info for ConversationEntry failed: ${reason}`,
      "check Access Conversation Entries and the object's availability"
    );
  }
  const visible = new Set(Object.keys(fields));
  const hidden = query.fields.filter((f) => f !== 'Id' && !visible.has(f));
  if (hidden.length === 0) {
    return row(check, 'PASS', `all ${query.fields.length} fields the query selects are readable`);
  }
  return row(
    check,
    'FAIL',
    `not readable by ${org.username}: ${hidden.join(', ')}`,
    'grant Read on these ConversationEntry fields (field-level security), or the component reports them hidden'
  );
}

async function recordRow(sf, targetOrg, org, query, recordId) {
  const check = CHECKS[6];
  if (!recordId) {
    return row(
      check,
      'N/A',
      'no --record-id given',
      "pass --record-id with a MessagingSession or VoiceCall Id to run the component's query"
    );
  }
  let variables;
  try {
    variables = firstPageVariables(query.variables, recordId);
  } catch (err) {
    return row(check, 'FAIL', err.message, 'teach scripts/org/component-query.mjs the new variable');
  }
  const answer = graphqlRequest(sf, targetOrg, org.apiVersion, {
    query: query.text,
    variables,
    operationName: 'conversationEntries'
  });
  if (answer.error)
    return row(check, 'FAIL', `the request failed: ${answer.error}`, 'check the org authorisation');
  const connection = answer.body?.data?.uiapi?.query?.ConversationEntry;
  const errors = answer.body?.errors;
  let componentErrors = null;
  if (answer.statusCode >= 400) {
    componentErrors = { ok: false, status: answer.statusCode, statusText: '', body: answer.body };
  } else if (Array.isArray(errors) && errors.length > 0) {
    componentErrors = errors;
  } else if (!Array.isArray(connection?.edges)) {
    componentErrors = [
      { message: 'The response has no uiapi.query.ConversationEntry.edges list.', errorType: 'Malformed' }
    ];
  }
  if (componentErrors) {
    const { kind, message } = await describeComponentError(componentErrors);
    return row(
      check,
      'FAIL',
      `the component would show (${kind}): ${message}`,
      'see the other rows for the cause'
    );
  }
  const total = typeof connection.totalCount === 'number' ? connection.totalCount : 'not returned';
  const more = connection.pageInfo?.hasNextPage ? 'yes' : 'no';
  const count = connection.edges.length;
  return row(
    check,
    'PASS',
    `first page: ${count} entr${count === 1 ? 'y' : 'ies'}, totalCount ${total}, more pages: ${more}${count === 0 ? ' (is the Id a MessagingSession or VoiceCall with entries?)' : ''}`
  );
}

/** The table: one line per check, fixes on the line below. */
export function formatTable(rows) {
  const width = Math.max(...rows.map((r) => r.check.length), 'check'.length) + 2;
  const lines = [`${'check'.padEnd(width)}${'result'.padEnd(8)}detail`];
  for (const r of rows) {
    lines.push(`${r.check.padEnd(width)}${r.result.padEnd(8)}${r.detail}`);
    if (r.fix) lines.push(`${''.padEnd(width + 8)}fix: ${r.fix}`);
  }
  return lines.join('\n');
}

export async function main(argv, { log = console.log, error = console.error } = {}) {
  const options = parseArgs(argv);
  const stop = startCommand('org:check', options, HELP, { log, error, unbuilt: 'nothing to validate' });
  if (stop !== null) return stop;
  let query;
  try {
    query = findComponentQuery();
  } catch (err) {
    error(`org:check: the component's query: ${err.message}`);
    return 1;
  }
  const sf = resolveSf();
  log(`org:check: ${options.targetOrg} with ${sf.source}; nothing is written to the org`);
  const org = orgDisplay(sf, options.targetOrg);
  if (org.error) {
    error(`org:check: cannot reach ${options.targetOrg}: ${org.error}`);
    error(`fix: node scripts/org/sf.mjs org login web --alias ${options.targetOrg}`);
    return 1;
  }
  const user = userDisplay(sf, options.targetOrg);
  log(`org:check: ${org.instanceUrl}, API ${org.apiVersion}, running as ${user.username ?? org.username}`);
  log(`org:check: the component's query is in ${path.relative(ROOT, query.file)}:${query.line}`);

  const deployResult = deployRow(sf, options.targetOrg, log);
  const permission = permissionRow(sf, options.targetOrg, user.error ? user : { ...user });
  const uiApi = uiApiRows(
    sf,
    options.targetOrg,
    { ...org, username: user.username ?? org.username },
    permission
  );
  const fields = fieldRow(
    sf,
    options.targetOrg,
    { ...org, username: user.username ?? org.username },
    query,
    uiApi.served.has('ConversationEntry')
  );
  const record = await recordRow(sf, options.targetOrg, org, query, options.recordId);
  const rows = [deployResult, ...uiApi.rows, permission, fields, record];

  log('');
  log(formatTable(rows));
  const failed = rows.filter((r) => r.result === 'FAIL').length;
  log('');
  log(failed === 0 ? 'org:check: the org can run the component' : `org:check: ${failed} check(s) failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
