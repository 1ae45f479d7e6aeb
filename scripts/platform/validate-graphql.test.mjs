// Tests for validate-graphql.mjs. Run: node --test scripts/platform/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  DEFAULT_SOURCE_DIR,
  extractDocuments,
  extractFromSource,
  generateObjectSdl,
  loadDescribes,
  validateDocument
} from './validate-graphql.mjs';

const schema = buildSchema();

/** A ConversationEntry query with the given arguments and node selection ($conversationId declared if used). */
const entryQuery = (args, node = 'Id Seq { value }') => `
  query q${args.includes('$conversationId') ? '($conversationId: ID!)' : ''} {
    uiapi { query { ConversationEntry(${args}) {
      edges { node { ${node} } cursor }
      pageInfo { hasNextPage endCursor }
      totalCount
    } } }
  }`;

const messages = (text) => validateDocument(schema, text).map((e) => e.message);

/** Asserts the document is rejected with an error mentioning `expected`. */
function assertRejected(text, expected) {
  const errs = messages(text);
  assert.ok(errs.length > 0, 'expected validation errors, got none');
  assert.ok(
    errs.some((m) => m.includes(expected)),
    `expected an error mentioning ${JSON.stringify(expected)}, got:\n${errs.join('\n')}`
  );
}

test('the shipped query is found and passes', () => {
  const { documents, errors } = extractDocuments(DEFAULT_SOURCE_DIR);
  assert.deepEqual(errors, []);
  const shipped = documents.filter((d) => path.basename(d.file) === 'entriesQuery.ts');
  assert.equal(shipped.length, 1);
  for (const doc of documents) assert.deepEqual(validateDocument(schema, doc.text, doc), [], doc.file);
});

test('a minimal valid query with variables passes', () => {
  assert.deepEqual(messages(entryQuery('where: { ConversationId: { eq: $conversationId } }')), []);
});

test('sorting on Message (not sortable) is rejected', () => {
  assertRejected(
    entryQuery('orderBy: { Message: { order: ASC } }'),
    '"Message" is not defined by type "ConversationEntry_OrderBy"'
  );
});

test('filtering on Message (not filterable) is rejected', () => {
  assertRejected(
    entryQuery('where: { Message: { like: "%hi%" } }'),
    '"Message" is not defined by type "ConversationEntry_Filter"'
  );
});

test('an operator the field type lacks is rejected', () => {
  assertRejected(
    entryQuery('where: { ConversationId: { like: $conversationId } }'),
    '"like" is not defined by type "IDOperators"'
  );
  assertRejected(
    entryQuery('where: { Seq: { contains: 1 } }'),
    '"contains" is not defined by type "IntegerOperators"'
  );
});

test('a field value wrapper without { value } is rejected', () => {
  assertRejected(
    entryQuery('first: 10', 'Id Message'),
    'Field "Message" of type "TextAreaValue" must have a selection of subfields'
  );
});

test('a field that does not exist is rejected', () => {
  assertRejected(
    entryQuery('first: 10', 'Id MessageBody { value }'),
    'Cannot query field "MessageBody" on type "ConversationEntry"'
  );
});

test('a variable of the wrong type is rejected', () => {
  assertRejected(
    `query q($seq: String) { uiapi { query { ConversationEntry(where: { Seq: { eq: $seq } }) { totalCount } } } }`,
    'Variable "$seq" of type "String" used in position expecting type "Int"'
  );
});

test('the polymorphic Conversation parent needs inline fragments', () => {
  const ok = entryQuery('first: 1', 'Id Conversation { ... on MessagingSession { Id Name { value } } }');
  assert.deepEqual(messages(ok), []);
  assertRejected(
    entryQuery('first: 1', 'Id Conversation { Id }'),
    'Cannot query field "Id" on type "ConversationEntry_Conversation"'
  );
});

test('syntax errors are reported with a file position', () => {
  const errs = validateDocument(schema, 'query {\n  uiapi {', { line: 10 });
  assert.equal(errs.length, 1);
  assert.match(errs[0].message, /Syntax Error/);
  assert.equal(errs[0].line, 11);
});

test('the extractor rejects an interpolated gql literal', () => {
  const src = [
    "import { gql } from 'lightning/graphql';",
    "const field = 'Message';",
    'export const Q = gql`query { uiapi { query { ConversationEntry { edges { node { ${field} { value } } } } } } }`;'
  ].join('\n');
  const { documents, errors } = extractFromSource('bad.ts', src);
  assert.equal(documents.length, 0);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].line, 3);
  assert.match(errors[0].message, /interpolation/);
});

test('the extractor finds static, aliased and namespaced gql literals and rejects gql() calls', () => {
  const src = [
    "import { gql as graphqlTag } from 'lightning/graphql';",
    'const a = graphqlTag`query A { uiapi { query { ConversationEntry { totalCount } } } }`;',
    'const b = lib.gql`query B { uiapi { query { VoiceCall { totalCount } } } }`;',
    'const c = gql(`query C { __typename }`);',
    'const d = `not graphql ${a}`;'
  ].join('\n');
  const { documents, errors } = extractFromSource('ok.ts', src);
  assert.deepEqual(
    documents.map((d) => d.line),
    [2, 3]
  );
  for (const doc of documents) assert.deepEqual(validateDocument(schema, doc.text, doc), []);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /called as a function/);
});

test('the CLI exits non-zero and names the file and line of a bad query', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gql-cli-'));
  try {
    fs.mkdirSync(path.join(dir, 'lwc', 'bad'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'lwc', 'bad', 'bad.ts'),
      "import { gql } from 'lightning/graphql';\n\nexport const Q = gql`\n  query { uiapi { query { ConversationEntry(orderBy: { Message: { order: ASC } }) { totalCount } } } }\n`;\n"
    );
    // A test file with an invalid query is ignored.
    fs.mkdirSync(path.join(dir, 'lwc', 'bad', '__tests__'));
    fs.writeFileSync(
      path.join(dir, 'lwc', 'bad', '__tests__', 'bad.test.ts'),
      'const q = gql`query { nope }`;\n'
    );
    const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'validate-graphql.mjs');
    const run = spawnSync(process.execPath, [script, '--source-dir', dir], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, /bad\.ts:4:\d+: .*"Message" is not defined by type "ConversationEntry_OrderBy"/);
    assert.doesNotMatch(run.stderr, /bad\.test\.ts/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('types the shared schema already declares are extended, not declared twice', () => {
  const describes = loadDescribes().filter((d) => d.name === 'ConversationEntry');
  const sdl = generateObjectSdl(
    describes,
    new Map([
      ['Query', new Set(['uiapi'])],
      ['UIAPI', new Set(['objectInfos'])]
    ])
  );
  assert.doesNotMatch(sdl, /type Query/);
  assert.match(sdl, /^extend type UIAPI \{\n {2}query: RecordQuery!\n\}/m);
  assert.match(sdl, /^type RecordQuery \{/m);
});
