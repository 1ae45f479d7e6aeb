/**
 * The paging rules of UI API GraphQL record connections, as the stand-ins of `lightning/graphql` enforce
 * them: the preview's (../modules/lightning/graphql/graphql.js) and jest's (../../jest/mocks/graphql.js).
 * Plain ES module: runs in the browser, in Node and in jest. Each rule cites its documentation page; a
 * request that breaks one gets an HTTP-200 answer with the reason in `errors`, as UI API answers.
 *
 * - At most 2000 records a page; `first` defaults to 10.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-paginate.html
 * - Without `upperBound`, paging reaches the first 4,000 records only.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use.html
 * - With `upperBound` (API 59+), `first` must be 200–2000 and paging reaches `upperBound` records.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use-upperbound.html
 * - The LWC wire adapter expects the upper bound to stay constant for a paginated collection: a cursor of
 *   a collection paged with one upper bound is refused with another.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-limitations.html
 * - Errors come back with HTTP 200 in an `errors` array (graphql-java's shape: message, locations, path,
 *   extensions.classification).
 *   https://developer.salesforce.com/docs/platform/graphql/guide/query-status.html
 * The error texts are the stand-ins' own; their kind and shape are the platform's.
 */

export const MAX_PAGE_SIZE = 2000;
export const DEFAULT_PAGE_SIZE = 10;
export const UPPER_BOUND_MIN_FIRST = 200;
export const LIMIT_WITHOUT_UPPER_BOUND = 4000;

export class PagingError extends Error {
  constructor(message, classification = 'ValidationError') {
    super(message);
    this.name = 'PagingError';
    this.classification = classification;
  }

  /** The error as a GraphQL response carries it. */
  toGraphQLError(path = ['uiapi', 'query', 'ConversationEntry']) {
    return {
      message: this.message,
      locations: [],
      path,
      extensions: { classification: this.classification }
    };
  }
}

const isInteger = (value) => typeof value === 'number' && Number.isInteger(value);

/** An opaque cursor: the offset of the record and the upper bound of the collection it belongs to. */
export function encodeCursor(index, upperBound) {
  return btoa(`v2:${index}:${upperBound ?? '-'}`);
}

export function decodeCursor(cursor) {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    text = '';
  }
  const match = /^v2:(\d+):(-|\d+)$/.exec(text);
  if (!match) {
    throw new PagingError(`Invalid cursor: ${cursor}`, 'InvalidCursor');
  }
  return { index: Number(match[1]), upperBound: match[2] === '-' ? null : Number(match[2]) };
}

/**
 * Checks `first`, `after` and `upperBound` of one request; returns where the page starts and the most
 * records the collection can reach. Throws a PagingError for a request UI API refuses. `readCursor: false`
 * checks the arguments alone, for a cursor this module did not make (a hand-written fixture's).
 */
export function checkPaging({ first, after, upperBound }, { readCursor = true } = {}) {
  const size = first === undefined || first === null ? DEFAULT_PAGE_SIZE : first;
  const bound = upperBound === undefined || upperBound === null ? null : upperBound;
  if (!isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new PagingError(
      `Argument 'first' must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${JSON.stringify(size)}.`
    );
  }
  if (bound !== null) {
    if (!isInteger(bound) || bound < 1) {
      throw new PagingError(
        `Argument 'upperBound' must be a positive integer; got ${JSON.stringify(bound)}.`
      );
    }
    if (size < UPPER_BOUND_MIN_FIRST) {
      throw new PagingError(
        `With 'upperBound', 'first' must be from ${UPPER_BOUND_MIN_FIRST} to ${MAX_PAGE_SIZE}; got ${size}.`
      );
    }
  }
  let start = 0;
  if (readCursor && typeof after === 'string' && after !== '') {
    const cursor = decodeCursor(after);
    if (cursor.upperBound !== bound) {
      throw new PagingError(
        `The upper-bound limit must stay constant for a paginated collection: the cursor belongs to ` +
          `upperBound ${cursor.upperBound ?? 'none'}, the request asks ${bound ?? 'none'}.`
      );
    }
    start = cursor.index + 1;
  }
  return { first: size, start, upperBound: bound, limit: bound ?? LIMIT_WITHOUT_UPPER_BOUND };
}

/**
 * One page of `nodes` (already filtered and ordered) for the request: the connection UI API returns, with
 * every edge's node as given. `totalCount` counts every matching record, past the paging limit too.
 */
export function pageOf(nodes, request) {
  const { first, start, upperBound, limit } = checkPaging(request);
  const reachable = Math.min(nodes.length, limit);
  const end = Math.min(start + first, reachable);
  const slice = start < end ? nodes.slice(start, end) : [];
  return {
    edges: slice.map((node, i) => ({ node, cursor: encodeCursor(start + i, upperBound) })),
    pageInfo: {
      hasNextPage: end < reachable,
      hasPreviousPage: start > 0,
      startCursor: slice.length ? encodeCursor(start, upperBound) : null,
      endCursor: slice.length ? encodeCursor(end - 1, upperBound) : null
    },
    totalCount: nodes.length
  };
}
