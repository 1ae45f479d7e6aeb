/**
 * The preview's `lightning/graphql` stand-in answers the earlier-conversation list queries of
 * conversationTranscript/historyQuery.ts (the real query text) from registered session records: the
 * `where` (same customer, not this record), `orderBy` newest first, UI API's paging rules with cursors,
 * and only the selected fields.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerSessionNodes, registerSource, settings } from '../preview/src/dataSource.js';
import { graphql } from '../preview/modules/lightning/graphql/graphql.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
settings.latency = 0;

/** The `gql` documents of historyQuery.ts, by constant name, as the component sends them. */
const source = fs.readFileSync(
  path.join(root, 'force-app/main/default/lwc/conversationTranscript/historyQuery.ts'),
  'utf8'
);
const QUERIES = Object.fromEntries(
  [...source.matchAll(/export const (\w+) = gql`([\s\S]*?)`;/g)].map((m) => [m[1], m[2]])
);

function ask(query, variables) {
  return new Promise((resolve) => {
    const wire = new graphql(resolve);
    wire.connect();
    wire.update({ query, variables });
  });
}

const CUSTOMER = '0PA000000000001AAA';
const call = (n, start, caller, phone) => ({
  Id: `0LQ00000000000${n}AAA`,
  Name: { value: `VC-${n}` },
  CallerId: { value: caller },
  FromPhoneNumber: { value: phone },
  CallType: { value: 'Inbound', displayValue: 'Inbound' },
  CallStartDateTime: { value: start },
  CallEndDateTime: { value: null },
  CallDurationInSeconds: { value: 60 },
  RecordingSecret: { value: 'not selected' }
});

describe('preview lightning/graphql: earlier-conversation list queries', () => {
  const history = JSON.parse(
    fs.readFileSync(path.join(root, 'preview/samples/messaging-returning-history.json'), 'utf8')
  );
  const sessions = history.MessagingSession;
  const current = sessions.find((s) => s.Name.value === 'MS-00001047');

  it('lists the same end user’s other sessions newest first, page by page with cursors', async () => {
    registerSessionNodes('MessagingSession', sessions);
    const variables = { customerId: current.MessagingEndUserId.value, sessionId: current.Id, first: 2 };
    const first = await ask(QUERIES.MESSAGING_HISTORY_QUERY, variables);
    assert.equal(first.errors, undefined);
    const page1 = first.data.uiapi.query.MessagingSession;
    assert.deepEqual(
      page1.edges.map((e) => e.node.Name.value),
      ['MS-00001039', 'MS-00001035']
    );
    assert.equal(page1.pageInfo.hasNextPage, true);
    const second = await ask(QUERIES.MESSAGING_HISTORY_QUERY, {
      ...variables,
      after: page1.pageInfo.endCursor
    });
    const page2 = second.data.uiapi.query.MessagingSession;
    assert.deepEqual(
      page2.edges.map((e) => e.node.Name.value),
      ['MS-00001031']
    );
    assert.equal(page2.pageInfo.hasNextPage, false);
    assert.deepEqual(Object.keys(page2.edges[0].node), [
      'Id',
      'Name',
      'MessagingEndUserId',
      'Status',
      'ChannelType',
      'ChannelName',
      'MessagingChannel',
      'StartTime',
      'EndTime'
    ]);
  });

  it('lists nothing for another end user', async () => {
    registerSessionNodes('MessagingSession', sessions);
    const answer = await ask(QUERIES.MESSAGING_HISTORY_QUERY, {
      customerId: '0PA00000000000ZAAA',
      sessionId: current.Id,
      first: 20
    });
    assert.deepEqual(answer.data.uiapi.query.MessagingSession.edges, []);
  });

  it('refuses a page UI API refuses (first over 2000), as an error of that list', async () => {
    registerSessionNodes('MessagingSession', sessions);
    const answer = await ask(QUERIES.MESSAGING_HISTORY_QUERY, {
      customerId: current.MessagingEndUserId.value,
      sessionId: current.Id,
      first: 2001
    });
    assert.equal(answer.data, undefined);
    assert.deepEqual(answer.errors[0].path, ['uiapi', 'query', 'MessagingSession']);
    assert.match(answer.errors[0].message, /first/);
  });

  it('lists a caller’s other calls by CallerId, or by FromPhoneNumber, selected fields only', async () => {
    registerSessionNodes('VoiceCall', [
      call(1, '2024-01-01T10:00:00.000Z', CUSTOMER, '+15550100'),
      call(2, '2024-03-01T10:00:00.000Z', CUSTOMER, '+15550100'),
      call(3, '2024-02-01T10:00:00.000Z', null, '+15550100'),
      call(4, '2024-04-01T10:00:00.000Z', CUSTOMER, '+15550100'),
      call(5, '2024-05-01T10:00:00.000Z', '0PA000000000002AAA', '+15550199')
    ]);
    const byCaller = await ask(QUERIES.VOICE_CALLER_HISTORY_QUERY, {
      customerId: CUSTOMER,
      sessionId: '0LQ000000000004AAA',
      first: 20
    });
    const callerEdges = byCaller.data.uiapi.query.VoiceCall.edges;
    assert.deepEqual(
      callerEdges.map((e) => e.node.Name.value),
      ['VC-2', 'VC-1']
    );
    assert.equal(callerEdges[0].node.RecordingSecret, undefined, 'a field the query does not select');
    const byPhone = await ask(QUERIES.VOICE_PHONE_HISTORY_QUERY, {
      customerId: '+15550100',
      sessionId: '0LQ000000000004AAA',
      first: 20
    });
    assert.deepEqual(
      byPhone.data.uiapi.query.VoiceCall.edges.map((e) => e.node.Name.value),
      ['VC-2', 'VC-3', 'VC-1']
    );
  });
});

describe('preview lightning/graphql: ConversationId in [...] (scripts/history-paths.mjs)', () => {
  const IN_QUERY = `query several($ids: [ID]!, $first: Int!, $after: String, $upperBound: Int) {
    uiapi { query { ConversationEntry(where: { ConversationId: { in: $ids } }
      orderBy: { ConversationId: { order: ASC }, Seq: { order: ASC } }
      first: $first, after: $after, upperBound: $upperBound) {
      edges { node { Id ConversationId { value } Seq { value } } }
      pageInfo { hasNextPage endCursor } } } } }`;
  const entries = (prefix, n) => ({
    data: {
      uiapi: {
        query: {
          ConversationEntry: {
            edges: Array.from({ length: n }, (_, i) => ({
              node: { Id: `${prefix}-${n - i}`, Seq: { value: n - i } }
            }))
          }
        }
      }
    }
  });

  it('pages the conversations one after another, each in Seq order, with a constant upper bound', async () => {
    registerSource('0Mw000000000B02AAA', entries('b', 150));
    registerSource('0Mw000000000A01AAA', entries('a', 120));
    const ids = ['0Mw000000000B02AAA', '0Mw000000000A01AAA'];
    const first = await ask(IN_QUERY, { ids, first: 200, upperBound: 1000 });
    const page1 = first.data.uiapi.query.ConversationEntry;
    assert.equal(page1.edges.length, 200);
    assert.deepEqual(
      page1.edges.slice(118, 122).map((e) => [e.node.ConversationId.value, e.node.Seq.value]),
      [
        ['0Mw000000000A01AAA', 119],
        ['0Mw000000000A01AAA', 120],
        ['0Mw000000000B02AAA', 1],
        ['0Mw000000000B02AAA', 2]
      ]
    );
    assert.equal(page1.pageInfo.hasNextPage, true);
    const second = await ask(IN_QUERY, {
      ids,
      first: 200,
      after: page1.pageInfo.endCursor,
      upperBound: 1000
    });
    assert.equal(second.data.uiapi.query.ConversationEntry.edges.length, 70);
    const changed = await ask(IN_QUERY, {
      ids,
      first: 200,
      after: page1.pageInfo.endCursor,
      upperBound: 2000
    });
    assert.match(changed.errors[0].message, /upper-bound limit must stay constant/);
  });
});
