// Tests for npm run org:check and org:setup against a fake `sf` first on PATH (scripts/org/fake-sf/sf),
// which replays recorded `--json` answers of four worlds (sources of each shape in
// scripts/org/fake-sf/README.md) and logs every call. No network, no org. Run: node --test scripts/org/
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../platform/check-deploy-payload.mjs';
import { CHECKS } from './check.mjs';
import { describeQuery, findComponentQuery, firstPageVariables } from './component-query.mjs';

const FAKE_DIR = path.join(ROOT, 'scripts', 'org', 'fake-sf');
const RECORD = '0Mw5g00000SeSSnAAA';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'org-check-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

before(() => {
  // The component's error words come from the generated JavaScript (npm test builds first).
  if (!fs.existsSync(path.join(ROOT, 'force-app/main/default/lwc/transcriptModel/transcriptModel.js'))) {
    assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT }).status, 0);
  }
});

let runs = 0;
/** Runs an org script with the fake sf; returns { status, stdout, stderr, calls }. */
function run(script, world, args) {
  const log = path.join(tmp, `calls-${(runs += 1)}.jsonl`);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'org', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${FAKE_DIR}${path.delimiter}${process.env.PATH}`,
      FAKE_SF_WORLD: world,
      FAKE_SF_LOG: log
    }
  });
  const calls = fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

const check = (world, extra = ['--record-id', RECORD]) =>
  run('check.mjs', world, ['--target-org', 'transcript-org', '--no-build', ...extra]);

/** The table's rows: check name → { result, detail, fix }, in order. */
function tableRows(stdout) {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^check\s+result\s+detail$/.test(l));
  assert.ok(start >= 0, `no table in:\n${stdout}`);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    const hit = CHECKS.find((c) => line.startsWith(`${c} `));
    if (hit) {
      const [, result, detail] = /^\S.*?\s{2,}(PASS|FAIL|N\/A)\s+(.*)$/.exec(line) ?? [];
      rows.push({ check: hit, result, detail, fix: '' });
    } else if (/^\s+fix: /.test(line) && rows.length > 0) {
      rows[rows.length - 1].fix = line.trim().slice('fix: '.length);
    }
  }
  return rows;
}

/** Asserts every check has its row, in order, with the expected result and texts. */
function assertTable(stdout, expected) {
  const rows = tableRows(stdout);
  assert.deepEqual(
    rows.map((r) => r.check),
    CHECKS,
    'one row per check, in order'
  );
  assert.equal(expected.length, CHECKS.length);
  rows.forEach((r, i) => {
    const [result, detail, fix] = expected[i];
    assert.equal(r.result, result, `${r.check}: result`);
    assert.match(r.detail, detail, `${r.check}: detail`);
    if (fix) assert.match(r.fix, fix, `${r.check}: fix`);
    else assert.equal(r.fix, '', `${r.check}: no fix`);
  });
}

/** Nothing the check asks can write: dry-run deploy, queries, GET object-info, GraphQL queries. */
function assertReadOnly(calls) {
  assert.ok(calls.length > 0);
  for (const { args, body } of calls) {
    const words = args
      .filter((a) => !a.startsWith('-'))
      .slice(0, 3)
      .join(' ');
    if (words === 'project deploy start') assert.ok(args.includes('--dry-run'), 'deploy only as a dry run');
    else if (words === 'api request rest') {
      if (args.includes('--method')) {
        assert.match(args[3], /\/graphql$/, 'POST only to GraphQL');
        assert.doesNotMatch(body.query, /\bmutation\b/, 'no GraphQL mutation');
      }
    } else {
      assert.ok(
        ['org display', 'org display user', 'data query'].some((w) => words.startsWith(w)),
        `unexpected sf call: ${args.join(' ')}`
      );
    }
  }
}

test('--help documents the command, its checks and options', () => {
  const r = run('check.mjs', 'supported', ['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: npm run org:check -- --target-org ALIAS \[--record-id ID\]/);
  for (const text of [
    'Deploy validation',
    'introspection',
    'ConversationEntry, MessagingSession and VoiceCall',
    'Access Conversation Entries',
    'PASS / FAIL / N/A',
    '--record-id',
    '--no-build',
    'nothing saved'
  ]) {
    assert.ok(r.stdout.includes(text), `help mentions ${text}`);
  }
  assert.deepEqual(r.calls, [], 'help calls no sf');
});

test('without --target-org it says so and exits 2 without calling sf', () => {
  const r = run('check.mjs', 'supported', ['--no-build']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--target-org is required/);
  assert.deepEqual(r.calls, []);
  const bad = run('check.mjs', 'supported', ['--target-org', 'x', '--record-id', "0Mw' OR Id != '"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /is not a Salesforce Id/);
});

test('world "everything supported": every check passes, the first page is counted, exit 0', () => {
  const r = check('supported');
  assert.equal(r.status, 0, r.stderr);
  assertTable(r.stdout, [
    ['PASS', /^17 components validated, none failed$/],
    ['PASS', /uiapi\.query\.ConversationEntry is in the org's GraphQL schema/],
    ['PASS', /uiapi\.query\.MessagingSession/],
    ['PASS', /uiapi\.query\.VoiceCall/],
    [
      'PASS',
      /agent@example\.com has it through Conversation Transcript Viewer \(Conversation_Transcript_Viewer\)/
    ],
    ['PASS', /^all 21 fields the query selects are readable$/],
    ['PASS', /^first page: 3 entries, totalCount 3, more pages: no$/]
  ]);
  assert.match(r.stdout, /✓ LightningComponentBundle conversationTranscript\n/);
  assert.match(r.stdout, /✓ PermissionSet Conversation_Transcript_Viewer\n/);
  assert.match(r.stdout, /the org can run the component/);
  assertReadOnly(r.calls);
  // The component's own query ran with the record id as a variable, never in the query text.
  const query = r.calls.find((c) => /query\s+conversationEntries/.test(c.body?.query ?? ''));
  assert.ok(query, 'the component query was sent');
  assert.equal(query.body.query, findComponentQuery().text);
  assert.equal(query.body.variables.conversationId, RECORD);
  assert.equal(query.body.variables.first, 2000);
  assert.ok(!query.body.query.includes(RECORD));
});

test('world "everything supported" without --record-id: the query row is N/A with how to run it', () => {
  const r = check('supported', []);
  assert.equal(r.status, 0);
  const rows = tableRows(r.stdout);
  assert.equal(rows.length, CHECKS.length);
  assert.deepEqual(
    rows.map((x) => x.result),
    ['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'N/A']
  );
  assert.match(rows[6].fix, /pass --record-id/);
  assert.ok(!r.calls.some((c) => /query\s+conversationEntries/.test(c.body?.query ?? '')));
});

test('world "ConversationEntry not in UI API": the object row fails although the permission passes', () => {
  const r = check('no-ui-api');
  assert.equal(r.status, 1);
  assertTable(r.stdout, [
    ['PASS', /components validated/],
    [
      'FAIL',
      /uiapi\.query has no ConversationEntry for agent@example\.com/,
      /this user has Access Conversation Entries, yet UI API does not serve ConversationEntry/
    ],
    ['PASS', /MessagingSession/],
    ['PASS', /VoiceCall/],
    ['PASS', /has it through Conversation Transcript Viewer/],
    ['N/A', /ConversationEntry is not served by UI API/],
    [
      'FAIL',
      /the component would show \(object-hidden\): Conversation entries aren't visible to you\./,
      /see the other rows/
    ]
  ]);
  assert.match(r.stdout, /2 check\(s\) failed/);
  assertReadOnly(r.calls);
});

test('world "no permission": Access Conversation Entries fails with the assign command as the fix', () => {
  const r = check('no-permission');
  assert.equal(r.status, 1);
  assertTable(r.stdout, [
    ['PASS', /components validated/],
    [
      'FAIL',
      /no ConversationEntry/,
      /hides ConversationEntry from users without Access Conversation Entries/
    ],
    ['PASS', /MessagingSession/],
    ['PASS', /VoiceCall/],
    [
      'FAIL',
      /^agent@example\.com does not have Access Conversation Entries$/,
      /^sf org assign permset --name Conversation_Transcript_Viewer --target-org transcript-org --on-behalf-of agent@example\.com$/
    ],
    ['N/A', /not served by UI API/],
    [
      'FAIL',
      /Ask your Salesforce admin to assign you the Conversation Transcript Viewer permission set/,
      /other rows/
    ]
  ]);
  assertReadOnly(r.calls);
  const psa = r.calls.find((c) => c.args.includes('data'));
  assert.match(psa.args[psa.args.indexOf('--query') + 1], /AssigneeId = '0055g00000AgEnTAAA'/);
});

test('world "deploy failure" (no Messaging or Voice): each failed component, and every other row', () => {
  const r = check('deploy-failure');
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /✗ LightningComponentBundle conversationTranscript: Invalid target object: VoiceCall \(line 12\)/
  );
  assert.match(
    r.stdout,
    /✗ PermissionSet Conversation_Transcript_Viewer: Unknown user permission: CanAccessCE/
  );
  assertTable(r.stdout, [
    [
      'FAIL',
      /^2 of 2 components failed: .*Invalid target object: VoiceCall.*Unknown user permission: CanAccessCE/,
      /lacks Messaging or Voice/
    ],
    ['FAIL', /no ConversationEntry/, /fix that row first/],
    ['FAIL', /no MessagingSession/, /enable Messaging/],
    ['FAIL', /no VoiceCall/, /enable Service Cloud Voice/],
    [
      'FAIL',
      /no Access Conversation Entries permission \(No such column 'PermissionsCanAccessCE' on entity 'PermissionSet'/,
      /Messaging or Voice is not enabled/
    ],
    ['N/A', /not served/],
    ['FAIL', /object-hidden/, /other rows/]
  ]);
  assert.match(r.stdout, /6 check\(s\) failed/);
  assertReadOnly(r.calls);
});

test('the query is found in any shipped module, as gql or a plain string, and $upperBound is filled', () => {
  const dir = path.join(tmp, 'force-app', 'lwc', 'transcriptModel');
  fs.mkdirSync(dir, { recursive: true });
  const text = `query conversationEntries($conversationId: ID!, $first: Int!, $after: String, $upperBound: Int) {
  uiapi { query { ConversationEntry(where: { ConversationId: { eq: $conversationId } }, first: $first, after: $after, upperBound: $upperBound) {
    edges { node { Id Seq { value } Message { value } } } pageInfo { hasNextPage endCursor } totalCount } } }
}`;
  fs.writeFileSync(
    path.join(dir, 'query.ts'),
    `export const CONVERSATION_ENTRIES_QUERY = ${JSON.stringify(text)};\n`
  );
  fs.mkdirSync(path.join(dir, '__tests__'));
  fs.writeFileSync(path.join(dir, '__tests__', 'x.ts'), `const q = \`query conversationEntries { a }\`;\n`);
  const found = findComponentQuery(path.join(tmp, 'force-app'));
  assert.equal(found.text, text);
  assert.deepEqual(found.variables, ['conversationId', 'first', 'after', 'upperBound']);
  assert.deepEqual(found.fields, ['Id', 'Seq', 'Message']);
  assert.deepEqual(firstPageVariables(found.variables, RECORD), {
    conversationId: RECORD,
    first: 2000,
    after: null,
    upperBound: 50000
  });
  assert.throws(
    () => firstPageVariables(describeQuery('query conversationEntries($x: ID) { a }').variables, RECORD),
    /\$x/
  );
});

test('org:setup deploys, assigns the permission set and prints the App Builder steps and a record page', () => {
  const r = run('setup.mjs', 'supported', ['--target-org', 'transcript-org', '--no-build']);
  assert.equal(r.status, 0, r.stderr);
  const words = r.calls.map((c) =>
    c.args
      .filter((a) => !a.startsWith('-'))
      .slice(0, 3)
      .join(' ')
  );
  assert.deepEqual(words, [
    'org display transcript-org',
    'project deploy start',
    'org assign permset',
    'data query SELECT Id FROM MessagingSession ORDER BY CreatedDate DESC LIMIT 1'
  ]);
  assert.ok(!r.calls[1].args.includes('--dry-run'));
  assert.match(
    r.stdout,
    /open https:\/\/example-transcript\.my\.salesforce\.com\/lightning\/r\/MessagingSession\/0Mw5g00000SeSSnAAA\/view/
  );
  assert.match(r.stdout, /Edit Page; drag "Conversation Transcript" \(Custom\)/);
  assert.match(r.stdout, /npm run org:check -- --target-org transcript-org --record-id 0Mw5g00000SeSSnAAA/);
  const failed = run('setup.mjs', 'deploy-failure', ['--target-org', 'transcript-org', '--no-build']);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /the deploy failed/);
  assert.ok(
    !failed.calls.some((c) => c.args.includes('assign')),
    'no permission set assigned after a failed deploy'
  );
});
