/**
 * EntryPager: the paging rules of the transcript, driven with answers shaped like the `lightning/graphql`
 * wire's and, where a server is needed, with the stand-ins' UI API paging rules (preview/src/uiApiPaging.js).
 */
import fc from 'fast-check';
import { ENTRY_PAGE_SIZE, ENTRY_UPPER_BOUND, sameRecordId } from '../entryQuery';
import { EntryPager } from '../pager';
import { pageOf } from '../../../../../../preview/src/uiApiPaging.js';

const RECORD = '0Mw5g000000RecAAA';
const OTHER = '0Mw5g000000OthAAA';

function node(i, conversationId = RECORD) {
  return {
    Id: `${conversationId === RECORD ? '0dw' : '0dx'}${String(i).padStart(12, '0')}AAA`,
    ConversationId: { value: conversationId },
    Seq: { value: i },
    EntryType: { value: 'Text', displayValue: 'Text' },
    ActorType: { value: i % 2 ? 'EndUser' : 'Agent', displayValue: null },
    Message: { value: `message ${i}` }
  };
}
const nodes = (count, from = 1, conversationId = RECORD) =>
  Array.from({ length: count }, (_, i) => node(from + i, conversationId));

/** A wire answer: `{ data, errors }` for a connection. */
function answerOf(connection, extra = {}) {
  return { data: { uiapi: { query: { ConversationEntry: connection } } }, errors: undefined, ...extra };
}
function page(list, { hasNextPage = false, endCursor = null, totalCount } = {}) {
  return answerOf({
    edges: list.map((n) => ({ node: n })),
    pageInfo: { hasNextPage, endCursor },
    ...(totalCount !== undefined && { totalCount })
  });
}

/** Answers the pager's variables from `all` until it stops asking; returns the requests made. */
function serve(pager, all, { strip = [] } = {}) {
  const asked = [];
  for (let guard = 0; guard < 1000; guard++) {
    const variables = pager.variables;
    const status = pager.state.status;
    if (status !== 'loading' && status !== 'partial') break;
    if (asked.length > 0 && asked[asked.length - 1] === variables) break;
    asked.push(variables);
    const sent = { ...variables };
    strip.forEach((name) => delete sent[name]);
    pager.receive(answerOf(pageOf(all, sent)));
  }
  return asked;
}

describe('EntryPager', () => {
  it('asks for the first page with every value as a variable, and is idle without a record', () => {
    const pager = new EntryPager();
    expect(pager.variables).toBeUndefined();
    expect(pager.state.status).toBe('idle');
    pager.start(RECORD);
    expect(pager.variables).toEqual({
      conversationId: RECORD,
      first: ENTRY_PAGE_SIZE,
      after: null,
      upperBound: ENTRY_UPPER_BOUND
    });
    expect(pager.state.status).toBe('loading');
    pager.start('');
    expect(pager.variables).toBeUndefined();
    expect(pager.state.status).toBe('idle');
  });

  it('keeps `first` within 200–2000 and the upper bound at least one page, whatever it is given', () => {
    for (const size of [0, 1, 199, 2001, 5000, 1.5, Number.NaN]) {
      expect(new EntryPager({ pageSize: size }).pageSize).toBe(ENTRY_PAGE_SIZE);
    }
    expect(new EntryPager({ pageSize: 200 }).pageSize).toBe(200);
    expect(new EntryPager({ pageSize: 500, upperBound: 100 }).upperBound).toBe(ENTRY_UPPER_BOUND);
  });

  it('ignores the wire’s first emission (neither data nor errors)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const before = pager.state;
    expect(pager.receive({ data: undefined, errors: undefined })).toBeNull();
    expect(pager.state).toBe(before);
  });

  it('loads past 4,000 entries with a constant upper bound, one request per 2000 entries', () => {
    const all = nodes(9001);
    const pager = new EntryPager();
    pager.start(RECORD);
    const asked = serve(pager, all);
    expect(pager.state.status).toBe('complete');
    expect(pager.state.entries).toHaveLength(9001);
    expect(pager.state.totalCount).toBe(9001);
    expect(asked).toHaveLength(Math.ceil(9001 / 2000));
    expect(new Set(asked.map((v) => v.upperBound))).toEqual(new Set([ENTRY_UPPER_BOUND]));
    expect(asked.every((v) => v.first >= 200 && v.first <= 2000)).toBe(true);
  });

  it('the same query without upperBound stops at 4,000 and says entries are missing', () => {
    const all = nodes(5000);
    const pager = new EntryPager();
    pager.start(RECORD);
    serve(pager, all, { strip: ['upperBound'] });
    expect(pager.state.entries).toHaveLength(4000);
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'server-stopped', total: 5000 });
  });

  it('stops at its upper bound and names the server’s larger count', () => {
    const pager = new EntryPager({ pageSize: 200, upperBound: 500 });
    pager.start(RECORD);
    serve(pager, nodes(1234));
    expect(pager.state.entries).toHaveLength(500);
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'upper-bound', limit: 500, total: 1234 });
  });

  it('stops when a server keeps offering pages with no new entry', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    expect(pager.variables.after).toBe('c1');
    pager.receive(page([], { hasNextPage: true, endCursor: 'c2' }));
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'no-progress' });
    expect(pager.variables.after).toBe('c1');
  });

  it('stops when a page repeats entries already loaded and still offers more', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c2' }));
    expect(pager.state.shortfall).toEqual({ kind: 'no-progress' });
    expect(pager.state.entries).toHaveLength(3);
  });

  it('ignores an answer for an earlier page (a stale page 1 after page 2 was asked)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const first = page(nodes(3), { hasNextPage: true, endCursor: 'c1' });
    pager.receive(first);
    const asked = pager.variables;
    const state = pager.state;
    pager.receive(first);
    expect(pager.state).toBe(state);
    expect(pager.variables).toBe(asked);
    pager.receive(page(nodes(2, 4), { endCursor: 'c2' }));
    expect(pager.state.status).toBe('complete');
    expect(pager.state.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('ignores a page of another record (the record changed while it was on its way)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(2)));
    pager.start(OTHER);
    expect(pager.state.entries).toEqual([]);
    pager.receive(page(nodes(5, 1, RECORD)));
    expect(pager.state.entries).toEqual([]);
    expect(pager.state.status).toBe('loading');
    pager.receive(page(nodes(1, 1, OTHER)));
    expect(pager.state.entries).toHaveLength(1);
    expect(pager.state.recordId).toBe(OTHER);
  });

  it('ignores anything delivered while disconnected', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.disconnect();
    pager.receive(page(nodes(2)));
    expect(pager.state.entries).toEqual([]);
    pager.connect();
    pager.receive(page(nodes(2)));
    expect(pager.state.entries).toHaveLength(2);
  });

  it.each([
    [1, 3],
    [-5, 4],
    [2.5, 3],
    [7.5, 3],
    [Number.NaN, 3]
  ])('does not show an impossible totalCount (%p with %p loaded)', (totalCount, count) => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(count), { hasNextPage: true, endCursor: 'c1', totalCount }));
    expect(pager.state.totalCount).toBeNull();
  });

  it('ends complete, without a shortfall, when the last page comes with a count that is not a whole number', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { totalCount: 7.5 }));
    expect(pager.state).toMatchObject({ status: 'complete', totalCount: null, shortfall: null });
    pager.start(RECORD);
    pager.receive(page(nodes(3), { totalCount: 7 }));
    expect(pager.state).toMatchObject({
      status: 'incomplete',
      shortfall: { kind: 'server-stopped', total: 7 }
    });
  });

  it('ends with a shortfall when the server says more follows but gives no cursor', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: null, totalCount: 10 }));
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'server-stopped', total: 10 });
  });

  it('ends with a shortfall when the last page leaves fewer entries than the count', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { totalCount: 7 }));
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'server-stopped', total: 7 });
    expect(pager.state.totalCount).toBe(7);
  });

  it('stops when the server offers more pages than its count allows', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1', totalCount: 3 }));
    expect(pager.state.status).toBe('incomplete');
    expect(pager.state.shortfall).toEqual({ kind: 'too-many-pages', total: 3 });
  });

  it('keeps earlier pages when a page fails, and retries by refreshing the failed answer', async () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    const refresh = jest.fn(() => Promise.resolve());
    const failed = { data: undefined, errors: [{ message: 'Request timed out' }], refresh };
    pager.receive(failed);
    expect(pager.state.status).toBe('error');
    expect(pager.state.entries).toHaveLength(3);
    expect(pager.state.errors).toBe(failed.errors);

    const command = pager.retry();
    expect(command.refresh).toBe(refresh);
    expect(pager.state.status).toBe('partial');
    // The refresh brought nothing newer: the failed answer stands.
    pager.refreshSettled();
    expect(pager.state.status).toBe('error');

    pager.retry();
    pager.receive(page(nodes(2, 4)));
    pager.refreshSettled();
    expect(pager.state.status).toBe('complete');
    expect(pager.state.entries).toHaveLength(5);
  });

  it('keeps a page that arrives with errors, and stops on it', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive({ ...page(nodes(4), { hasNextPage: true, endCursor: 'c1' }), errors: [{ message: 'x' }] });
    expect(pager.state.status).toBe('error');
    expect(pager.state.entries).toHaveLength(4);
    expect(pager.variables.after).toBeNull();
  });

  it('reports a response without the connection as malformed, or with the server’s reasons', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive({ data: { uiapi: { query: { ConversationEntry: null } } }, errors: undefined });
    expect(pager.state.status).toBe('error');
    expect(pager.state.errors[0].errorType).toBe('Malformed');
    pager.start(RECORD);
    const reasons = [{ message: 'Field Message is undefined', extensions: { ErrorType: 'ValidationError' } }];
    pager.receive({ data: {}, errors: reasons });
    expect(pager.state.errors).toBe(reasons);
  });

  it('stops asking when cancelled, and does not add a page still on its way', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.cancel();
    pager.receive(page(nodes(3, 4), { hasNextPage: true, endCursor: 'c2' }));
    expect(pager.state.status).toBe('cancelled');
    expect(pager.state.entries).toHaveLength(3);
    expect(pager.variables.after).toBe('c1');
  });

  it('reloads from the first page and refreshes each page’s first answer (LDS may answer from cache)', async () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page(nodes(2, 4)));
    expect(pager.reload()).toBeNull();
    expect(pager.variables).toEqual(expect.objectContaining({ after: null }));
    expect(pager.state.entries).toEqual([]);

    const refresh = jest.fn(() => Promise.resolve());
    const cached = { ...page(nodes(3), { hasNextPage: true, endCursor: 'c1' }), refresh };
    expect(pager.receive(cached).refresh).toBe(refresh);
    expect(pager.state.entries).toEqual([]);
    // The fresh answer arrives before the refresh settles.
    pager.receive({ ...page(nodes(4), { hasNextPage: true, endCursor: 'c1' }), refresh });
    pager.refreshSettled();
    expect(pager.state.entries).toHaveLength(4);

    const second = { ...page(nodes(2, 5)), refresh };
    expect(pager.receive(second).refresh).toBe(refresh);
    // Nothing newer: the held answer is used.
    pager.refreshSettled();
    expect(pager.state.status).toBe('complete');
    expect(pager.state.entries).toHaveLength(6);
  });

  it('reloads a one-page transcript by refreshing the answer it holds (same variables, no new request)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const refresh = jest.fn(() => Promise.resolve());
    pager.receive({ ...page(nodes(2)), refresh });
    const asked = pager.variables;
    const command = pager.reload();
    expect(command.refresh).toBe(refresh);
    expect(pager.variables).toBe(asked);
    pager.receive({ ...page(nodes(3)), refresh });
    expect(pager.state.entries).toHaveLength(3);
    expect(pager.state.status).toBe('complete');
  });

  it('a new answer for the last page (a refreshed cache) replaces it and continues when more arrived', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(2), { endCursor: 'c1' }));
    expect(pager.state.status).toBe('complete');
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1b' }));
    expect(pager.state.status).toBe('partial');
    expect(pager.variables.after).toBe('c1b');
  });

  it('compares 15- and 18-character record ids', () => {
    expect(sameRecordId('0Mw5g000000RecAAA', '0Mw5g000000RecAAA')).toBe(true);
    expect(sameRecordId('0Mw5g000000Rec1', '0Mw5g000000Rec1AAA')).toBe(true);
    expect(sameRecordId('0Mw5g000000Rec1AAA', '0Mw5g000000Rec1')).toBe(true);
    expect(sameRecordId('0Mw5g000000Rec1', '0Mw5g000000ReC1')).toBe(false);
    expect(sameRecordId('0Mw5g000000RecAAA', '0Mw5g000000RecAAB')).toBe(false);
  });
});

describe('EntryPager: answers it does not use', () => {
  it('stays idle without a record id (undefined, null or empty)', () => {
    for (const recordId of [undefined, null, '']) {
      const pager = new EntryPager();
      pager.start(RECORD);
      pager.start(recordId);
      expect(pager.variables).toBeUndefined();
      expect(pager.state).toMatchObject({ recordId: null, status: 'idle', entries: [] });
    }
  });

  it('ignores an answer that arrives before it was started', () => {
    const pager = new EntryPager();
    expect(pager.receive(page(nodes(2)))).toBeNull();
    expect(pager.state).toMatchObject({ recordId: null, status: 'idle', entries: [] });
    expect(pager.variables).toBeUndefined();
  });

  it('ignores a missing answer, and an answer with neither data nor errors (null or undefined)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const before = pager.state;
    expect(pager.receive(undefined)).toBeNull();
    expect(pager.receive(null)).toBeNull();
    expect(pager.receive({ data: null, errors: undefined })).toBeNull();
    expect(pager.receive({ data: null, errors: [] })).toBeNull();
    expect(pager.state).toBe(before);
    expect(pager.state.status).toBe('loading');
  });

  it('reports an answer without data as the page’s failure, with the server’s errors', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const errors = [{ message: 'Request timed out' }];
    expect(pager.receive({ data: null, errors })).toBeNull();
    expect(pager.state).toMatchObject({ status: 'error', errors, entries: [] });
  });

  it('names a response without the connection list as malformed, in words', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive({ data: { uiapi: { query: {} } }, errors: undefined });
    expect(pager.state.errors).toEqual([
      { message: 'The response has no uiapi.query.ConversationEntry.edges list.', errorType: 'Malformed' }
    ]);
  });
});

describe('EntryPager: how loading ends', () => {
  it('keeps the server’s count of an earlier page when a later page gives none', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1', totalCount: 5 }));
    pager.receive(page(nodes(2, 4)));
    expect(pager.state).toMatchObject({ status: 'complete', totalCount: 5, shortfall: null });
    expect(pager.state.entries).toHaveLength(5);
  });

  it('shows a count of 0 for a transcript with no entries', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page([], { totalCount: 0 }));
    expect(pager.state).toMatchObject({ status: 'complete', entries: [], totalCount: 0, shortfall: null });
  });

  it('counts unreadable rows as arrived: a count they reach is complete', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page([...nodes(3), null, null], { totalCount: 5 }));
    expect(pager.state).toMatchObject({ status: 'complete', totalCount: 5, shortfall: null });
    expect(pager.state.entries).toHaveLength(3);
    expect(pager.state.unreadable).toEqual([
      { index: 3, reason: 'missing-node' },
      { index: 4, reason: 'missing-node' }
    ]);
  });

  it('does not show a count below the rows that arrived, unreadable ones included', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page([...nodes(3), null, null], { totalCount: 4 }));
    expect(pager.state.status).toBe('complete');
    expect(pager.state.totalCount).toBeNull();
  });

  it('goes on when a page brings one new entry and one unreadable row', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page([node(4), null], { hasNextPage: true, endCursor: 'c2' }));
    expect(pager.state.status).toBe('partial');
    expect(pager.variables.after).toBe('c2');
  });

  it('stops when a third page repeats the entries of the second', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page(nodes(3, 4), { hasNextPage: true, endCursor: 'c2' }));
    pager.receive(page(nodes(3, 4), { hasNextPage: true, endCursor: 'c3' }));
    expect(pager.state).toMatchObject({ status: 'incomplete', shortfall: { kind: 'no-progress' } });
    expect(pager.state.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pager.variables.after).toBe('c2');
  });

  it('stops at its upper bound even when the server still offers a next page', () => {
    const pager = new EntryPager({ pageSize: 200, upperBound: 400 });
    pager.start(RECORD);
    pager.receive(page(nodes(200), { hasNextPage: true, endCursor: 'c1', totalCount: 1000 }));
    expect(pager.variables).toEqual({ conversationId: RECORD, first: 200, after: 'c1', upperBound: 400 });
    pager.receive(page(nodes(200, 201), { hasNextPage: true, endCursor: 'c2', totalCount: 1000 }));
    expect(pager.state).toMatchObject({
      status: 'incomplete',
      shortfall: { kind: 'upper-bound', limit: 400, total: 1000 },
      totalCount: 1000
    });
    expect(pager.state.entries).toHaveLength(400);
    expect(pager.variables.after).toBe('c1');
  });

  it.each([
    [400, 'a count equal to what arrived'],
    [450.5, 'a count that is not a whole number'],
    [undefined, 'no count']
  ])('names no larger total at the upper bound for %p (%s)', (totalCount) => {
    const pager = new EntryPager({ pageSize: 200, upperBound: 400 });
    pager.start(RECORD);
    pager.receive(page(nodes(200), { hasNextPage: true, endCursor: 'c1', totalCount }));
    pager.receive(page(nodes(200, 201), { hasNextPage: true, endCursor: 'c2', totalCount }));
    expect(pager.state.shortfall).toEqual({ kind: 'upper-bound', limit: 400, total: null });
  });

  it('ends with a shortfall when the server says more follows but gives neither a cursor nor a count', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: null }));
    expect(pager.state).toMatchObject({
      status: 'incomplete',
      shortfall: { kind: 'server-stopped', total: null }
    });
  });

  it('names no total when the server’s count is below what arrived and it gives no cursor', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: null, totalCount: 2 }));
    expect(pager.state.shortfall).toEqual({ kind: 'server-stopped', total: null });
    expect(pager.state.totalCount).toBeNull();
  });

  it('replaces a page the wire sends again: an edited entry shows, unreadable rows count once', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page([...nodes(2, 4), null], { endCursor: 'c2', totalCount: 6 }));
    expect(pager.state.status).toBe('complete');
    const edited = { ...node(5), Message: { value: 'message 5 (edited)' } };
    pager.receive(page([node(4), edited, null], { endCursor: 'c2', totalCount: 6 }));
    expect(pager.state).toMatchObject({ status: 'complete', totalCount: 6 });
    expect(pager.state.entries.map((e) => e.message)).toEqual([
      'message 1',
      'message 2',
      'message 3',
      'message 4',
      'message 5 (edited)'
    ]);
    expect(pager.state.unreadable).toEqual([{ index: 2, reason: 'missing-node' }]);
  });

  it('drops an entry that a page sent again no longer holds', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { endCursor: 'c1' }));
    pager.receive(page([node(1), node(3)], { endCursor: 'c1' }));
    expect(pager.state.entries.map((e) => e.seq)).toEqual([1, 3]);
  });

  it('keeps the same entries list when only the status changes (callers memoise on it)', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    const one = pager.state.entries;
    expect(pager.state.entries).toBe(one);
    pager.receive(page(nodes(3, 4), { hasNextPage: true, endCursor: 'c2' }));
    const two = pager.state.entries;
    expect(two.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    pager.cancel();
    expect(pager.state.status).toBe('cancelled');
    expect(pager.state.entries).toBe(two);
  });

  it('keeps the same entries list of a page that arrived with errors when it is retried', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive({
      ...page(nodes(3), { hasNextPage: true, endCursor: 'c1' }),
      errors: [{ message: 'Request timed out' }]
    });
    const arrived = pager.state.entries;
    expect(pager.state.status).toBe('error');
    expect(pager.retry()).toBeNull();
    expect(pager.state.status).toBe('partial');
    expect(pager.state.entries).toBe(arrived);
  });

  it('keeps the same entries list of a single page when loading is cancelled', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    const one = pager.state.entries;
    pager.cancel();
    expect(pager.state.status).toBe('cancelled');
    expect(pager.state.entries).toBe(one);
  });
});

describe('EntryPager: cancel, retry and reload', () => {
  it('cancels while the first page is on its way', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.cancel();
    expect(pager.state.status).toBe('cancelled');
    expect(pager.receive(page(nodes(2)))).toBeNull();
    expect(pager.state.entries).toEqual([]);
  });

  it('does nothing on cancel or retry once loading has ended', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(2)));
    const state = pager.state;
    const asked = pager.variables;
    pager.cancel();
    expect(pager.retry()).toBeNull();
    expect(pager.state).toBe(state);
    expect(pager.state.status).toBe('complete');
    expect(pager.variables).toBe(asked);
  });

  it('does nothing on retry, cancel or reload when idle', () => {
    const pager = new EntryPager();
    expect(pager.retry()).toBeNull();
    pager.cancel();
    expect(pager.reload()).toBeNull();
    expect(pager.state).toMatchObject({ status: 'idle', entries: [] });
    expect(pager.variables).toBeUndefined();
  });

  it('retries a failed first page as loading, asking the same variables again as a new object', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const asked = pager.variables;
    pager.receive({ data: undefined, errors: [{ message: 'Request timed out' }] });
    expect(pager.state.status).toBe('error');
    expect(pager.retry()).toBeNull();
    expect(pager.state).toMatchObject({ status: 'loading', errors: undefined });
    expect(pager.variables).toEqual(asked);
    expect(pager.variables).not.toBe(asked);
    pager.receive(page(nodes(2)));
    expect(pager.state.status).toBe('complete');
  });

  it('fails with the thrown error when a refresh fails, and then retries by asking again', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    const refresh = jest.fn(() => Promise.resolve());
    pager.receive({ data: undefined, errors: [{ message: 'Request timed out' }], refresh });
    expect(pager.retry()).toEqual({ refresh });
    const thrown = new TypeError('Failed to fetch');
    pager.refreshFailed(thrown);
    expect(pager.state).toMatchObject({ status: 'error', errors: thrown });
    expect(pager.state.entries).toHaveLength(3);
    // The refresh failed: there is no answer to refresh again, so the page is asked for anew.
    const asked = pager.variables;
    expect(pager.retry()).toBeNull();
    expect(pager.state.status).toBe('partial');
    expect(pager.variables).toEqual({ ...asked, after: 'c1' });
    expect(pager.variables).not.toBe(asked);
  });

  it('stays idle when a refresh fails after the record was cleared', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.start(null);
    pager.refreshFailed(new Error('gone'));
    expect(pager.state).toMatchObject({ status: 'idle', errors: undefined });
  });

  it('reload shows loading with nothing loaded, then asks the first page of a paged transcript anew', () => {
    const refresh = jest.fn(() => Promise.resolve());
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive({ ...page(nodes(3), { hasNextPage: true, endCursor: 'c1', totalCount: 5 }), refresh });
    pager.receive({ ...page(nodes(2, 4), { endCursor: 'c2', totalCount: 5 }), refresh });
    expect(pager.state.status).toBe('complete');
    expect(pager.reload()).toBeNull();
    expect(pager.state).toMatchObject({ status: 'loading', entries: [], totalCount: null, shortfall: null });
    expect(pager.variables).toEqual({
      conversationId: RECORD,
      first: ENTRY_PAGE_SIZE,
      after: null,
      upperBound: ENTRY_UPPER_BOUND
    });
  });

  it('uses a reload’s answer as it is when it cannot be refreshed', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page(nodes(2, 4)));
    pager.reload();
    expect(pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }))).toBeNull();
    expect(pager.state.entries).toHaveLength(3);
    expect(pager.variables.after).toBe('c1');
  });

  it('reports a reload’s failed first answer at once instead of refreshing it', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    pager.receive(page(nodes(3), { hasNextPage: true, endCursor: 'c1' }));
    pager.receive(page(nodes(2, 4)));
    pager.reload();
    const refresh = jest.fn(() => Promise.resolve());
    const errors = [{ message: 'Request timed out' }];
    expect(pager.receive({ data: undefined, errors, refresh })).toBeNull();
    expect(pager.state).toMatchObject({ status: 'error', errors, entries: [] });
  });

  it('uses the held answer when the refresh of a one-page reload brings nothing newer', () => {
    const pager = new EntryPager();
    pager.start(RECORD);
    const refresh = jest.fn(() => Promise.resolve());
    pager.receive({ ...page(nodes(2), { totalCount: 2 }), refresh });
    expect(pager.reload()).toEqual({ refresh });
    expect(pager.state).toMatchObject({ status: 'loading', entries: [] });
    pager.refreshSettled();
    expect(pager.state).toMatchObject({ status: 'complete', totalCount: 2 });
    expect(pager.state.entries.map((e) => e.seq)).toEqual([1, 2]);
  });
});

describe('EntryPager against any server (property)', () => {
  /**
   * Whatever a server answers — repeated pages, empty pages with cursors, pages of other records, wrong
   * counts — the pager ends (never asks more than the entries it could get, plus one page), never holds
   * an entry twice or one of another record, and never shows a count below what it holds.
   */
  it('always ends, holds each entry once and only this record’s, shows only possible counts', () => {
    const answerArb = fc.record({
      from: fc.integer({ min: 1, max: 50 }),
      count: fc.integer({ min: 0, max: 5 }),
      other: fc.boolean(),
      hasNextPage: fc.boolean(),
      cursor: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: null }),
      totalCount: fc.option(fc.integer({ min: -3, max: 60 }), { nil: undefined })
    });
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 40 }), (answers) => {
        const pager = new EntryPager();
        pager.start(RECORD);
        let requests = 0;
        let previous = pager.variables;
        for (const a of answers) {
          const status = pager.state.status;
          if (status !== 'loading' && status !== 'partial') break;
          pager.receive(
            page(nodes(a.count, a.from, a.other ? OTHER : RECORD), {
              hasNextPage: a.hasNextPage,
              endCursor: a.cursor,
              totalCount: a.totalCount
            })
          );
          if (pager.variables !== previous) {
            requests += 1;
            previous = pager.variables;
          }
        }
        const { entries, totalCount } = pager.state;
        const ids = entries.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Five distinct cursors: a pager that follows them can ask at most five more pages.
        expect(requests).toBeLessThanOrEqual(5);
        expect(entries.every((e) => e.id.startsWith('0dw'))).toBe(true);
        expect(totalCount === null || (Number.isInteger(totalCount) && totalCount >= entries.length)).toBe(
          true
        );
      }),
      { numRuns: 500 }
    );
  });
});
