/**
 * Data adapter: an Apex-free wire adapter that loads every ConversationEntry of a conversation through
 * the Lightning Data Service GraphQL wire adapter (`lightning/graphql`), following `pageInfo.endCursor`
 * until the last page, and emits typed, normalised, merged and sorted entries.
 *
 * Usage in a container: `@wire(conversationEntries, { recordId: '$recordId' }) transcript;`
 *
 * The GraphQL document is a static `gql` literal; the conversation id, page size and cursor travel only
 * as GraphQL variables, never as query text.
 */
import { graphql, gql, type GraphQLWireResult } from 'lightning/graphql';
import {
  appendEntries,
  mergeEntries,
  normalizePage,
  type TranscriptEntry,
  type UnreadableEntry
} from 'c/transcriptModel';

/** UI API returns at most 2000 records a page. */
export const PAGE_SIZE = 2000;

export const CONVERSATION_ENTRIES_QUERY = gql`
  query conversationEntries($conversationId: ID!, $first: Int!, $after: String) {
    uiapi {
      query {
        ConversationEntry(
          where: { ConversationId: { eq: $conversationId } }
          orderBy: { Seq: { order: ASC } }
          first: $first
          after: $after
        ) {
          edges {
            node {
              Id
              Seq {
                value
              }
              EntryType {
                value
                displayValue
              }
              ActorType {
                value
                displayValue
              }
              ActorName {
                value
              }
              ActorId {
                value
              }
              Message {
                value
              }
              MessageStatus {
                value
                displayValue
              }
              MessageStatusCode {
                value
              }
              MessageIdentifier {
                value
              }
              MessageSendTime {
                value
              }
              MessageDeliverTime {
                value
              }
              MessageReadTime {
                value
              }
              HasAttachments {
                value
              }
              EntryTime {
                value
              }
              EntryTimeMilliSecs {
                value
              }
              EntryEndTime {
                value
              }
              ClientTimestamp {
                value
              }
              ClientDuration {
                value
              }
              ServerReceivedTimestamp {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          totalCount
        }
      }
    }
  }
`;

export interface ConversationEntriesConfig {
  recordId?: string | null;
  /** Optional page size (1–2000); defaults to 2000. */
  pageSize?: number;
}

export type TranscriptLoadStatus = 'idle' | 'loading' | 'partial' | 'complete' | 'error' | 'cancelled';

/** What the adapter emits to the component. */
export interface ConversationEntriesValue {
  status: TranscriptLoadStatus;
  entries: TranscriptEntry[];
  unreadable: UnreadableEntry[];
  pagesLoaded: number;
  /** totalCount from UI API where the org returns it. */
  totalCount: number | null;
  /** The raw `errors` (or thrown error) of the failed page, for reduceErrors. */
  errors: unknown;
  /** Re-requests the failed page and continues from there; pages already loaded stay. */
  retry: () => void;
  /** Stops requesting further pages; what is loaded stays. */
  cancel: () => void;
  /** Reloads every page from the first (for example after the session ends). */
  reload: () => void;
}

interface PageState {
  cursor: string | null;
  entries: TranscriptEntry[];
  unreadable: UnreadableEntry[];
}

function hasErrors(errors: unknown): boolean {
  return Array.isArray(errors) ? errors.length > 0 : errors !== undefined && errors !== null;
}

function clampPageSize(size: number | undefined): number {
  return typeof size === 'number' && Number.isInteger(size) && size > 0
    ? Math.min(size, PAGE_SIZE)
    : PAGE_SIZE;
}

export class conversationEntries {
  private readonly callback: (value: ConversationEntriesValue) => void;
  private readonly inner: graphql;
  private recordId: string | null = null;
  private pageSize = PAGE_SIZE;
  private pages: PageState[] = [];
  /** The last merged result and the pages it was made from (see mergedEntries). */
  private merged: { pages: PageState[]; entries: TranscriptEntry[]; ids: Set<string> } | null = null;
  /** The cursor of the page being requested; undefined when nothing is in flight. */
  private pending: string | null | undefined = undefined;
  private totalCount: number | null = null;
  private status: TranscriptLoadStatus = 'idle';
  private errors: unknown = undefined;
  private refreshFailed: (() => Promise<unknown>) | undefined;
  private connected = false;
  /** A value the inner wire delivered before our first request (test stubs can do this). */
  private early: GraphQLWireResult | undefined;
  /**
   * During a reload: the cursors whose page has been refreshed. LDS caches GraphQL results, so the
   * first answer to each page of a reload may be the cached one; it is refreshed once (`refresh`, which
   * "reuses the current query, variables" and bypasses the cache) before it is used. Null otherwise.
   */
  private refreshed: Set<string | null> | null = null;

  constructor(callback: (value: ConversationEntriesValue) => void) {
    this.callback = callback;
    this.inner = new graphql((result) => this.onResult(result));
  }

  update(config: ConversationEntriesConfig): void {
    const recordId = typeof config?.recordId === 'string' && config.recordId !== '' ? config.recordId : null;
    const pageSize = clampPageSize(config?.pageSize);
    if (recordId === this.recordId && pageSize === this.pageSize && this.status !== 'idle') {
      return;
    }
    this.recordId = recordId;
    this.pageSize = pageSize;
    this.refreshed = null;
    this.start();
  }

  connect(): void {
    this.connected = true;
    this.inner.connect();
  }

  disconnect(): void {
    this.connected = false;
    this.inner.disconnect();
  }

  private start(): void {
    this.pages = [];
    this.totalCount = null;
    this.errors = undefined;
    this.refreshFailed = undefined;
    if (this.recordId === null) {
      this.pending = undefined;
      this.status = 'idle';
      this.emit();
      return;
    }
    this.status = 'loading';
    this.emit();
    this.request(null);
  }

  private request(cursor: string | null): void {
    this.pending = cursor;
    this.inner.update({
      query: CONVERSATION_ENTRIES_QUERY,
      variables: { conversationId: this.recordId, first: this.pageSize, after: cursor }
    });
    const early = this.early;
    this.early = undefined;
    if (early && cursor === null) {
      this.onResult(early);
    }
  }

  private onResult(result: GraphQLWireResult | undefined): void {
    if (!result) {
      return;
    }
    if (this.pending === undefined) {
      if (this.status === 'idle' && (result.data || hasErrors(result.errors))) {
        this.early = result;
      }
      return;
    }
    if (this.refreshFirst(result)) {
      return;
    }
    const { data, errors } = result;
    if (hasErrors(errors) && !data) {
      this.fail(errors, result.refresh);
      return;
    }
    if (data === undefined || data === null) {
      // The wire's initial "no value yet" emission.
      return;
    }
    const page = normalizePage(data);
    if (page.malformed) {
      // UI API GraphQL answers a validation failure with `data: {}` and the reasons in `errors`: those
      // reasons (no access, a hidden field…) are what the user needs, not "malformed".
      this.fail(
        hasErrors(errors)
          ? errors
          : [
              {
                message: 'The response has no uiapi.query.ConversationEntry.edges list.',
                errorType: 'Malformed'
              }
            ],
        result.refresh
      );
      return;
    }
    const cursor = this.pending;
    const existing = this.pages.findIndex((p) => p.cursor === cursor);
    const state: PageState = { cursor, entries: page.entries, unreadable: page.unreadable };
    if (existing === -1) {
      this.pages.push(state);
    } else {
      this.pages[existing] = state;
    }
    if (page.totalCount !== null) {
      this.totalCount = page.totalCount;
    }
    if (hasErrors(errors)) {
      // Partial data with errors: keep what arrived, stop and let the user retry.
      this.fail(errors, result.refresh);
      return;
    }
    this.errors = undefined;
    this.refreshFailed = undefined;
    const alreadyLoaded = page.endCursor !== null && this.pages.some((p) => p.cursor === page.endCursor);
    if (page.hasNextPage && !alreadyLoaded && this.status !== 'cancelled') {
      this.status = 'partial';
      this.emit();
      this.request(page.endCursor);
      return;
    }
    this.pending = undefined;
    this.refreshed = null;
    if (this.status !== 'cancelled') {
      this.status = 'complete';
    }
    this.emit();
  }

  private fail(errors: unknown, refresh: (() => Promise<unknown>) | undefined): void {
    this.status = 'error';
    this.errors = errors;
    this.refreshFailed = refresh;
    this.emit();
  }

  private retry(): void {
    if (this.status !== 'error' || this.recordId === null) {
      return;
    }
    const cursor = this.pending ?? null;
    this.status = this.pages.length > 0 ? 'partial' : 'loading';
    this.errors = undefined;
    this.emit();
    const refresh = this.refreshFailed;
    this.refreshFailed = undefined;
    if (refresh) {
      refresh().catch((error: unknown) => this.fail(error, undefined));
    } else {
      this.request(cursor);
    }
  }

  private cancel(): void {
    if (this.status === 'loading' || this.status === 'partial') {
      this.status = 'cancelled';
      this.pending = undefined;
      this.emit();
    }
  }

  /** Loads every page again from Salesforce, bypassing LDS's cache (the session ended, Refresh). */
  private reload(): void {
    if (this.connected) {
      this.refreshed = new Set();
      this.start();
    }
  }

  /**
   * In a reload, asks LDS for fresh data instead of using a (possibly cached) answer: calls the result's
   * `refresh` once per page and returns true while that is in flight. If LDS has nothing newer it may
   * not emit again, so the answer in hand is used when the refresh settles without one.
   */
  private refreshFirst(result: GraphQLWireResult): boolean {
    const cursor = this.pending;
    const refreshed = this.refreshed;
    if (refreshed === null || cursor === undefined || refreshed.has(cursor) || !result.refresh) {
      return false;
    }
    refreshed.add(cursor);
    const settle = (): void => {
      const stillWaiting = this.pending === cursor && !this.pages.some((page) => page.cursor === cursor);
      if (stillWaiting && this.status !== 'error') {
        this.onResult(result);
      }
    };
    result.refresh().then(settle, (error: unknown) => {
      if (this.pending === cursor) {
        this.fail(error, undefined);
      }
    });
    return true;
  }

  /**
   * Every loaded entry, merged and sorted. Pages arrive in order, so the last result is reused and
   * the new pages appended (a sort of the whole list on every page made loading 50,000 entries
   * quadratic); a retried or replaced page merges everything again.
   */
  private mergedEntries(): TranscriptEntry[] {
    const pages = this.pages;
    const cache = this.merged;
    if (cache && cache.pages.length <= pages.length && cache.pages.every((page, i) => page === pages[i])) {
      let entries = cache.entries;
      for (const page of pages.slice(cache.pages.length)) {
        entries = appendEntries(entries, page.entries, cache.ids);
        // The merged Ids are the union of every page's Ids, whichever way appendEntries went.
        page.entries.forEach((entry) => cache.ids.add(entry.id));
      }
      this.merged = { pages: [...pages], entries, ids: cache.ids };
      return entries;
    }
    const entries = mergeEntries(...pages.map((p) => p.entries));
    this.merged = { pages: [...pages], entries, ids: new Set(entries.map((entry) => entry.id)) };
    return entries;
  }

  private emit(): void {
    const pages = this.pages;
    this.callback({
      status: this.status,
      entries: this.mergedEntries(),
      unreadable: pages.flatMap((p) => p.unreadable),
      pagesLoaded: pages.length,
      totalCount: this.totalCount,
      errors: this.errors,
      retry: () => this.retry(),
      cancel: () => this.cancel(),
      reload: () => this.reload()
    });
  }
}
