#!/usr/bin/env node
/**
 * `npm run org:setup -- --target-org ALIAS [--record-id ID]`: builds, deploys force-app, assigns the
 * Conversation Transcript Viewer permission set to the CLI's user, and prints the Lightning App Builder
 * steps with the address of a record page to open. See HELP below and docs/org-setup.md.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECORD_ID, deploy, orgDisplay, soql } from './org-api.mjs';
import { resolveSf, runSf, sfFailure, startCommand } from './sf.mjs';

export const HELP = `Usage: npm run org:setup -- --target-org ALIAS [--record-id ID] [--no-build]

Writes to the org (run npm run org:check first, which writes nothing):
  1. builds and deploys force-app (sf project deploy start);
  2. assigns the Conversation_Transcript_Viewer permission set to the user the CLI is authorised as
     (sf org assign permset); an existing assignment is fine;
  3. prints the Lightning App Builder steps and the address of a MessagingSession or VoiceCall record
     page (--record-id, or the newest such record) to place the component on.

Options:
  --target-org, -o ALIAS   an org authorised with the sf CLI
  --record-id, -r ID       the MessagingSession or VoiceCall record to open
  --no-build               skip npm run build
  --help, -h               this text`;

const PERMISSION_SET = 'Conversation_Transcript_Viewer';

function parseArgs(argv) {
  const options = { targetOrg: null, recordId: null, build: true, help: false, errors: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--target-org' || arg === '-o') options.targetOrg = argv[++i] ?? null;
    else if (arg === '--record-id' || arg === '-r') options.recordId = argv[++i] ?? null;
    else if (arg === '--no-build') options.build = false;
    else options.errors.push(`unknown argument ${arg}`);
  }
  if (!options.help && !options.targetOrg) options.errors.push('--target-org is required');
  if (options.recordId !== null && !RECORD_ID.test(options.recordId)) {
    options.errors.push(`--record-id ${options.recordId} is not a Salesforce Id`);
  }
  return options;
}

/** The record to open: { object, id } of --record-id, or of the newest MessagingSession / VoiceCall. */
function findRecord(sf, targetOrg, recordId) {
  for (const object of ['MessagingSession', 'VoiceCall']) {
    // recordId matches RECORD_ID (letters and digits only), so it is safe inside the SOQL text.
    const where = recordId ? ` WHERE Id = '${recordId}'` : '';
    const answer = soql(sf, targetOrg, `SELECT Id FROM ${object}${where} ORDER BY CreatedDate DESC LIMIT 1`);
    const id = answer.records?.[0]?.Id;
    if (id) return { object, id };
  }
  return null;
}

export async function main(argv, { log = console.log, error = console.error } = {}) {
  const options = parseArgs(argv);
  const stop = startCommand('org:setup', options, HELP, { log, error, unbuilt: 'nothing deployed' });
  if (stop !== null) return stop;
  const sf = resolveSf();
  const target = options.targetOrg;
  log(`org:setup: ${target} with ${sf.source}`);
  const org = orgDisplay(sf, target);
  if (org.error) {
    error(`org:setup: cannot reach ${target}: ${org.error}`);
    error(`fix: node scripts/org/sf.mjs org login web --alias ${target}`);
    return 1;
  }

  log('1. deploy force-app');
  const result = deploy(sf, target, { dryRun: false });
  for (const c of result.components) {
    log(`  ${c.success ? '✓' : '✗'} ${c.type} ${c.name}${c.problem ? `: ${c.problem}` : ''}`);
  }
  if (!result.ok) {
    error(
      `org:setup: the deploy failed${result.error ? `: ${result.error}` : ''}; npm run org:check -- --target-org ${target} explains the usual causes`
    );
    return 1;
  }

  log(`2. assign the ${PERMISSION_SET} permission set to ${org.username}`);
  const assign = runSf(sf, [
    'org',
    'assign',
    'permset',
    '--name',
    PERMISSION_SET,
    '--target-org',
    target,
    '--json'
  ]);
  const failures = assign.json?.result?.failures ?? [];
  const alreadyAssigned = failures.length > 0 && failures.every((f) => /duplicate/i.test(f.message ?? ''));
  if (assign.status !== 0 && !alreadyAssigned) {
    error(
      `org:setup: assigning ${PERMISSION_SET} failed: ${failures.map((f) => f.message).join('; ') || sfFailure(assign)}`
    );
    return 1;
  }
  log(alreadyAssigned ? '  already assigned' : '  assigned');

  const record = findRecord(sf, target, options.recordId);
  const pagePath = record ? `/lightning/r/${record.object}/${record.id}/view` : null;
  log('3. place the component (Lightning App Builder)');
  if (record) {
    log(`  open ${org.instanceUrl}${pagePath}`);
    log(`  (already logged in: node scripts/org/sf.mjs org open --target-org ${target} --path ${pagePath})`);
  } else {
    log(
      '  no MessagingSession or VoiceCall record yet: start a Messaging conversation or a call, then open its record page'
    );
  }
  log(
    '  then: gear menu → Edit Page; drag "Conversation Transcript" (Custom) onto the page; set its title and'
  );
  log('  height if you like; Save; Activate (org default, or app and profile); repeat for the other object');
  log('  (MessagingSession, VoiceCall). Assign the permission set to the agents who should see it:');
  log(
    `  node scripts/org/sf.mjs org assign permset --name ${PERMISSION_SET} --target-org ${target} --on-behalf-of <username>`
  );
  if (record) log(`  check one record: npm run org:check -- --target-org ${target} --record-id ${record.id}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
