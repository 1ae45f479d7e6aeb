/**
 * The ConversationEntry query's contract: the page limits the platform allows, and what is read from one
 * wire answer (`{ data, errors }` as `lightning/graphql` delivers it).
 */
import {
  ENTRY_PAGE_SIZE,
  ENTRY_UPPER_BOUND,
  answerHasErrors,
  entryPageSize,
  entryUpperBound,
  pageClaimsNext,
  pageConversationIds,
  pageEndCursor,
  sameRecordId
} from '../entryQuery';

const RECORD = '0Mw5g000000RecAAA';
const OTHER = '0Mw5g000000OthAAA';

function node(id, conversationId = RECORD) {
  return {
    Id: id,
    ConversationId: { value: conversationId },
    Seq: { value: 1 },
    EntryType: { value: 'Text', displayValue: 'Text' },
    Message: { value: 'Hello' }
  };
}

/** `data` of one answer: the connection under uiapi.query.ConversationEntry. */
function dataOf(connection) {
  return { uiapi: { query: { ConversationEntry: connection } } };
}

describe('entryPageSize', () => {
  it('keeps a whole page size the platform allows (200–2000)', () => {
    expect(entryPageSize(200)).toBe(200);
    expect(entryPageSize(1999)).toBe(1999);
    expect(entryPageSize(2000)).toBe(2000);
  });

  it('uses 2000 for anything else: none, too small, too large, or not a whole number', () => {
    for (const size of [undefined, 0, 199, 2001, 250.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(entryPageSize(size)).toBe(ENTRY_PAGE_SIZE);
    }
    expect(ENTRY_PAGE_SIZE).toBe(2000);
  });
});

describe('entryUpperBound', () => {
  it('keeps a whole upper bound of at least one page', () => {
    expect(entryUpperBound(200, 200)).toBe(200);
    expect(entryUpperBound(4001, 2000)).toBe(4001);
  });

  it('uses 50,000 for anything else: none, less than a page, or not a whole number', () => {
    expect(entryUpperBound(undefined, 2000)).toBe(ENTRY_UPPER_BOUND);
    expect(entryUpperBound(199, 200)).toBe(ENTRY_UPPER_BOUND);
    expect(entryUpperBound(1999, 2000)).toBe(ENTRY_UPPER_BOUND);
    expect(entryUpperBound(4000.5, 2000)).toBe(ENTRY_UPPER_BOUND);
    expect(entryUpperBound(Number.NaN, 2000)).toBe(ENTRY_UPPER_BOUND);
    expect(ENTRY_UPPER_BOUND).toBe(50_000);
  });
});

describe('answerHasErrors', () => {
  it('is true for a non-empty GraphQL `errors` list or a single thrown error', () => {
    expect(answerHasErrors([{ message: 'Request timed out' }])).toBe(true);
    expect(answerHasErrors({ status: 500, body: { message: 'Server Error' } })).toBe(true);
    expect(answerHasErrors(new TypeError('Failed to fetch'))).toBe(true);
  });

  it('is false for an empty `errors` list, and for no errors at all', () => {
    expect(answerHasErrors([])).toBe(false);
    expect(answerHasErrors(undefined)).toBe(false);
    expect(answerHasErrors(null)).toBe(false);
  });
});

describe('sameRecordId', () => {
  it('compares ids of the same length exactly (case matters)', () => {
    expect(sameRecordId(RECORD, RECORD)).toBe(true);
    expect(sameRecordId(RECORD, '0Mw5g000000RecAAB')).toBe(false);
    expect(sameRecordId('0Mw5g000000Rec1', '0Mw5g000000ReC1')).toBe(false);
  });

  it('matches a 15-character id with its 18-character form, either way round', () => {
    expect(sameRecordId('0Mw5g000000Rec1', '0Mw5g000000Rec1AAA')).toBe(true);
    expect(sameRecordId('0Mw5g000000Rec1AAA', '0Mw5g000000Rec1')).toBe(true);
    expect(sameRecordId('0Mw5g000000Rec2', '0Mw5g000000Rec1AAA')).toBe(false);
  });

  it('never matches an id shorter than 15 characters with a longer one', () => {
    expect(sameRecordId('0Mw5g', '0Mw5g000000Rec1AAA')).toBe(false);
    expect(sameRecordId('0Mw5g000000Rec1AAA', '0Mw5g000000Rec')).toBe(false);
    expect(sameRecordId('0Mw', '0Mw5')).toBe(false);
    expect(sameRecordId('', RECORD)).toBe(false);
  });
});

describe('pageConversationIds', () => {
  it('lists the ConversationId of every node, in order', () => {
    const data = dataOf({ edges: [{ node: node('0dwA') }, { node: node('0dwB', OTHER) }] });
    expect(pageConversationIds(data)).toEqual([RECORD, OTHER]);
  });

  it('skips edges without a node, nodes without a ConversationId and values that are not text', () => {
    const noValue = { ...node('0dwC'), ConversationId: { value: null } };
    const { ConversationId, ...noField } = node('0dwD');
    const numeric = { ...node('0dwE'), ConversationId: { value: 42 } };
    const data = dataOf({
      edges: [
        null,
        { node: null },
        { node: noValue },
        { node: noField },
        { node: numeric },
        { node: node('0dwF') }
      ]
    });
    expect(ConversationId).toEqual({ value: RECORD });
    expect(pageConversationIds(data)).toEqual([RECORD]);
  });

  it('is empty for an answer without the connection or its edges list', () => {
    for (const data of [undefined, null, {}, dataOf(null), dataOf({ edges: null }), dataOf({ edges: {} })]) {
      expect(pageConversationIds(data)).toEqual([]);
    }
  });

  it('reads only the answer’s own properties, never inherited ones', () => {
    const edge = Object.create({ node: node('0dwG') });
    expect(pageConversationIds(dataOf({ edges: [edge] }))).toEqual([]);
  });
});

describe('pageInfo', () => {
  it('reads hasNextPage only when the server sent true', () => {
    expect(pageClaimsNext(dataOf({ edges: [], pageInfo: { hasNextPage: true, endCursor: 'c1' } }))).toBe(
      true
    );
    expect(pageClaimsNext(dataOf({ edges: [], pageInfo: { hasNextPage: 'true', endCursor: 'c1' } }))).toBe(
      false
    );
    expect(pageClaimsNext(dataOf({ edges: [], pageInfo: { hasNextPage: false } }))).toBe(false);
    expect(pageClaimsNext(dataOf({ edges: [] }))).toBe(false);
    expect(pageClaimsNext(undefined)).toBe(false);
  });

  it('reads endCursor only when it is text, else null', () => {
    expect(
      pageEndCursor(dataOf({ edges: [], pageInfo: { hasNextPage: true, endCursor: 'djE6MTk5OQ==' } }))
    ).toBe('djE6MTk5OQ==');
    expect(
      pageEndCursor(dataOf({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } }))
    ).toBeNull();
    expect(pageEndCursor(dataOf({ edges: [], pageInfo: { hasNextPage: false } }))).toBeNull();
    expect(pageEndCursor(dataOf({ edges: [], pageInfo: { endCursor: 2000 } }))).toBeNull();
    expect(pageEndCursor(dataOf({ edges: [] }))).toBeNull();
    expect(pageEndCursor(null)).toBeNull();
  });
});
