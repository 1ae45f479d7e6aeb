/**
 * The ConversationEntry query's contract: its variables and page limits, the shape of one wire answer,
 * the load status and snapshot the pager reports, and the checks read from a page (which record its
 * rows belong to, its cursor, whether the server offers more). `EntryPager` (pager.ts) applies them.
 *
 * Platform rules (GraphQL API Developer Guide):
 * - Paging with `first` / `after` alone stops at 4,000 records; with `upperBound` (API 59+) paging goes up
 *   to `upperBound` records and `first` must be 200–2000.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use.html
 *   https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use-upperbound.html
 * - The LWC wire adapter expects the upper bound to stay constant for a paginated collection: it is one
 *   value for every page of a record.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-limitations.html
 * - At most 2000 records a page.
 *   https://developer.salesforce.com/docs/platform/graphql/guide/graphql-wire-lwc-paginate.html
 */
import type { TranscriptEntry, UnreadableEntry } from './types';

/** Records a page: the most UI API returns, and within the 200–2000 that `upperBound` paging allows. */
export const ENTRY_PAGE_SIZE = 2000;

/**
 * The upper bound of one transcript's paging: the most entries the component loads. High, as the guide
 * recommends, and the size the component is measured at (rendering, search and export of 50,000 entries
 * stay within the performance goals). Above it the user is told that only the first entries are shown.
 */
export const ENTRY_UPPER_BOUND = 50_000;

/** The variables of the ConversationEntry query: the only values that reach the query. */
export interface EntryQueryVariables {
  readonly conversationId: string;
  readonly first: number;
  readonly after: string | null;
  readonly upperBound: number;
}

/**
 * idle: no record. loading: nothing arrived yet. partial: some pages arrived, more are asked for.
 * complete: the server said the last page arrived and nothing suggests a gap. incomplete: loading ended
 * but entries may be missing (see `shortfall`). error: a page failed (the earlier ones stay). cancelled:
 * the user stopped loading.
 */
export type LoadStatus = 'idle' | 'loading' | 'partial' | 'complete' | 'incomplete' | 'error' | 'cancelled';

/** Why a transcript that stopped loading may lack entries. */
export type LoadShortfall =
  /** The component's upper bound was reached; `total` is the server's count when it is larger. */
  | { readonly kind: 'upper-bound'; readonly limit: number; readonly total: number | null }
  /** The server ended the paging (no next cursor, or fewer entries than its own count). */
  | { readonly kind: 'server-stopped'; readonly total: number | null }
  /** A new page brought no entry that was not already loaded. */
  | { readonly kind: 'no-progress' }
  /** The server offered more pages than its count of entries allows. */
  | { readonly kind: 'too-many-pages'; readonly total: number };

/** What the container shows: one snapshot per change (a new object each time). */
export interface TranscriptLoad {
  readonly recordId: string | null;
  readonly status: LoadStatus;
  readonly entries: readonly TranscriptEntry[];
  readonly unreadable: readonly UnreadableEntry[];
  /** The server's count of entries, only when it is possible (a whole number, not below what arrived). */
  readonly totalCount: number | null;
  /** The raw `errors` of the failed page (or the thrown error), for reduceErrors. */
  readonly errors: unknown;
  readonly shortfall: LoadShortfall | null;
}

/**
 * One value the wire delivers: `{ data, errors, refresh }` (data and errors both undefined in its first
 * emission). `refresh` "reuses the current query, variables" and bypasses the LDS cache.
 * https://developer.salesforce.com/docs/platform/lwc/guide/reference-lightning-graphql-module.html
 */
export interface EntryWireAnswer {
  readonly data?: unknown;
  readonly errors?: unknown;
  readonly refresh?: () => Promise<unknown>;
}

/**
 * What the container does next: nothing (null), or call `refresh()` (LDS caches GraphQL results; a reload
 * or a retry must reach the server) and then tell the pager `refreshSettled()` or `refreshFailed(error)`.
 */
export type PagerCommand = { readonly refresh: () => Promise<unknown> } | null;

/** A page size the platform allows (200–2000), else ENTRY_PAGE_SIZE. */
export function entryPageSize(size: number = ENTRY_PAGE_SIZE): number {
  // Number.isInteger is false for anything but a number (null, a string from a JavaScript caller).
  return Number.isInteger(size) && size >= 200 && size <= ENTRY_PAGE_SIZE ? size : ENTRY_PAGE_SIZE;
}

/** An upper bound of at least one page, else ENTRY_UPPER_BOUND. */
export function entryUpperBound(bound: number = ENTRY_UPPER_BOUND, pageSize: number): number {
  return Number.isInteger(bound) && bound >= pageSize ? bound : ENTRY_UPPER_BOUND;
}

/** True when the wire's `errors` hold at least one error. */
export function answerHasErrors(errors: unknown): boolean {
  return Array.isArray(errors) ? errors.length > 0 : errors !== undefined && errors !== null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Salesforce ids: 18-character ids compare exactly; a 15-character id matches its 18-character form. */
export function sameRecordId(a: string, b: string): boolean {
  if (a.length === b.length) {
    return a === b;
  }
  // Ids of different lengths share their first 15 characters only when both have at least 15.
  return a.slice(0, 15) === b.slice(0, 15);
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (!isRecord(here) || !Object.prototype.hasOwnProperty.call(here, key)) {
      return undefined;
    }
    here = here[key];
  }
  return here;
}

/** The ConversationId values the page's nodes carry (absent ones are skipped). */
export function pageConversationIds(data: unknown): string[] {
  const connection = isRecord(data) ? readPath(data, ['uiapi', 'query', 'ConversationEntry']) : undefined;
  // Stryker disable next-line ArrayDeclaration: a fallback item that is not an object gives no id
  const edges = isRecord(connection) && Array.isArray(connection.edges) ? connection.edges : [];
  const ids: string[] = [];
  for (const edge of edges) {
    const value = isRecord(edge) ? readPath(edge, ['node', 'ConversationId', 'value']) : undefined;
    if (typeof value === 'string') {
      ids.push(value);
    }
  }
  return ids;
}

/** `pageInfo.hasNextPage` as the server sent it (normalizePage reports it only with a cursor). */
export function pageClaimsNext(data: unknown): boolean {
  return readPath(data, ['uiapi', 'query', 'ConversationEntry', 'pageInfo', 'hasNextPage']) === true;
}

/** `pageInfo.endCursor` when it is a string, else null. */
export function pageEndCursor(data: unknown): string | null {
  const endCursor = readPath(data, ['uiapi', 'query', 'ConversationEntry', 'pageInfo', 'endCursor']);
  return typeof endCursor === 'string' ? endCursor : null;
}
