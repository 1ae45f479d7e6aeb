/**
 * The paging rules of the ConversationEntry query, as a pure class: it takes each answer the
 * `lightning/graphql` wire delivers and says which variables to ask for next. The container holds the
 * `@wire(graphql, { query, variables: '$entryVariables' })` and copies `variables` into that property;
 * everything else (pages by cursor, merge and de-duplication, status, retry, cancel, reload, progress and
 * the checks that keep a wrong answer out) lives here and is tested without the DOM. The query's
 * variables, limits and answer shapes are in `entryQuery.ts`.
 *
 * A wire's data is not always for its current config (LWC engine: "race conditions in a poor network
 * while the adapter does not cancel a previous request"): every answer is checked against the record
 * and the cursor it must belong to before it is used.
 */
import { appendEntries, mergeEntries, normalizePage } from './normalize';
import {
  answerHasErrors as hasErrors,
  entryPageSize,
  entryUpperBound,
  pageClaimsNext,
  pageConversationIds,
  pageEndCursor,
  sameRecordId,
  type EntryQueryVariables,
  type EntryWireAnswer,
  type LoadShortfall,
  type LoadStatus,
  type PagerCommand,
  type TranscriptLoad
} from './entryQuery';
import type { TranscriptEntry, UnreadableEntry } from './types';

interface PageState {
  readonly cursor: string | null;
  readonly entries: readonly TranscriptEntry[];
  readonly unreadable: readonly UnreadableEntry[];
}

interface PagerOptions {
  readonly pageSize?: number;
  readonly upperBound?: number;
}

const EMPTY_ENTRIES: readonly TranscriptEntry[] = Object.freeze([]);

export class EntryPager {
  readonly pageSize: number;
  readonly upperBound: number;

  private recordId: string | null = null;
  private asked: EntryQueryVariables | undefined = undefined;
  /** Every `after` asked in this collection: an answer that ends at one of them belongs to an earlier page. */
  private askedCursors = new Set<string>();
  private pages: PageState[] = [];
  private merged: { pages: PageState[]; entries: readonly TranscriptEntry[]; ids: Set<string> } | null = null;
  private status: LoadStatus = 'idle';
  private reportedTotal: number | null = null;
  private errors: unknown = undefined;
  private shortfall: LoadShortfall | null = null;
  /** During a reload: the cursors whose first answer was sent back to the server (see receive). */
  private reloading: Set<string | null> | null = null;
  /** An answer held while its refresh is in flight, used as is if the refresh brings nothing newer. */
  private held: { cursor: string | null; answer: EntryWireAnswer } | null = null;
  /** The last answer used for the current variables (what a reload of the first page refreshes). */
  private current: EntryWireAnswer | null = null;
  /** The answer of the failed page (what a retry refreshes). */
  private failed: EntryWireAnswer | null = null;
  private connected = true;
  private snapshot: TranscriptLoad | null = null;

  constructor(options: PagerOptions = {}) {
    this.pageSize = entryPageSize(options.pageSize);
    this.upperBound = entryUpperBound(options.upperBound, this.pageSize);
  }

  /** The variables to give the wire: a new object only when the request changes; undefined when idle. */
  get variables(): EntryQueryVariables | undefined {
    return this.asked;
  }

  /** The current state; the same object until something changes. */
  get state(): TranscriptLoad {
    if (this.snapshot === null) {
      const entries = this.mergedEntries();
      const unreadable = this.pages.flatMap((page) => page.unreadable);
      this.snapshot = {
        recordId: this.recordId,
        status: this.status,
        entries,
        unreadable,
        totalCount: this.plausibleTotal(entries.length + unreadable.length),
        errors: this.errors,
        shortfall: this.shortfall
      };
    }
    return this.snapshot;
  }

  /** Forgets everything and starts loading `recordId` (or goes idle without one). */
  start(recordId: string | null | undefined): void {
    this.recordId = typeof recordId === 'string' && recordId !== '' ? recordId : null;
    this.clearPages();
    this.reloading = null;
    if (this.recordId === null) {
      this.asked = undefined;
      this.status = 'idle';
    } else {
      this.asked = this.firstPage(this.recordId);
      this.status = 'loading';
    }
    this.changed();
  }

  /** Answers delivered while disconnected are not used (LWC disconnects the wire too). */
  disconnect(): void {
    this.connected = false;
  }

  connect(): void {
    this.connected = true;
  }

  /** Takes one wire answer; returns what the container must do next. */
  receive(answer: EntryWireAnswer | undefined): PagerCommand {
    const asked = this.asked;
    if (!this.connected || asked === undefined || answer === undefined || answer === null) {
      return null;
    }
    if (this.status === 'cancelled') {
      // The user stopped loading: a page still on its way is not added.
      return null;
    }
    const { data, errors } = answer;
    const noData = data === undefined || data === null;
    if (noData && !hasErrors(errors)) {
      // The wire's first emission, before any answer.
      return null;
    }
    if (noData) {
      this.held = null;
      this.fail(errors, answer);
      return null;
    }
    if (!this.belongsToRecord(data, asked.conversationId) || this.isEarlierPage(data)) {
      return null;
    }
    const reloading = this.reloading;
    const refresh = answer.refresh;
    if (reloading !== null && !reloading.has(asked.after) && typeof refresh === 'function') {
      reloading.add(asked.after);
      this.held = { cursor: asked.after, answer };
      return { refresh };
    }
    this.held = null;
    this.current = answer;
    this.usePage(asked, data, errors, answer);
    return null;
  }

  /** The refresh of a held answer finished; LDS may not emit when nothing changed, so the held one is used. */
  refreshSettled(): void {
    const held = this.held;
    if (held !== null && this.asked !== undefined && held.cursor === this.asked.after) {
      this.held = null;
      this.receive(held.answer);
    }
  }

  /** The refresh of a held answer, or of a retried page, failed. */
  refreshFailed(error: unknown): void {
    this.held = null;
    if (this.status !== 'idle') {
      this.fail(error, null);
    }
  }

  /**
   * Tries the failed page again: refreshes the failed answer (the wire may stay silent when the answer
   * is unchanged, so the failed answer is held and used again if nothing newer comes), or, without a
   * refresh, asks the same variables again as a new object.
   */
  retry(): PagerCommand {
    if (this.status !== 'error' || this.asked === undefined) {
      return null;
    }
    this.status = this.pages.length > 0 ? 'partial' : 'loading';
    this.errors = undefined;
    this.changed();
    const failed = this.failed;
    this.failed = null;
    if (failed !== null && typeof failed.refresh === 'function') {
      this.held = { cursor: this.asked.after, answer: failed };
      return { refresh: failed.refresh };
    }
    this.asked = { ...this.asked };
    return null;
  }

  /** Stops asking for further pages; what arrived stays. */
  cancel(): void {
    if (this.status === 'loading' || this.status === 'partial') {
      this.status = 'cancelled';
      this.changed();
    }
  }

  /**
   * Loads every page again from the server. Each page's first answer in a reload is refreshed (LDS may
   * answer from its cache). When the first page is already the one asked, the wire gets no new variables,
   * so the container refreshes the answer it holds (`refresh`).
   */
  reload(): PagerCommand {
    // Variables are asked exactly while there is a record, always for that record's id.
    const asked = this.asked;
    if (asked === undefined) {
      return null;
    }
    const current = asked.after === null ? this.current : null;
    this.clearPages();
    this.status = 'loading';
    this.changed();
    if (current !== null && typeof current.refresh === 'function') {
      this.reloading = new Set([null]);
      this.held = { cursor: null, answer: current };
      return { refresh: current.refresh };
    }
    this.reloading = new Set();
    this.asked = this.firstPage(asked.conversationId);
    return null;
  }

  // -----------------------------------------------------------------------------------------------

  private firstPage(conversationId: string): EntryQueryVariables {
    return { conversationId, first: this.pageSize, after: null, upperBound: this.upperBound };
  }

  private clearPages(): void {
    this.pages = [];
    this.merged = null;
    this.askedCursors = new Set();
    this.reportedTotal = null;
    this.errors = undefined;
    this.shortfall = null;
    this.held = null;
    this.current = null;
    this.failed = null;
  }

  /** A page of another conversation (the record changed while it was on its way) is not this record's. */
  private belongsToRecord(data: unknown, conversationId: string): boolean {
    return pageConversationIds(data).every((id) => sameRecordId(id, conversationId));
  }

  /** An answer that ends where an asked page starts is an earlier page (a stale or cached one). */
  private isEarlierPage(data: unknown): boolean {
    const endCursor = pageEndCursor(data);
    return endCursor !== null && this.askedCursors.has(endCursor);
  }

  private usePage(asked: EntryQueryVariables, data: unknown, errors: unknown, answer: EntryWireAnswer): void {
    const page = normalizePage(data);
    if (page.malformed) {
      // UI API answers a validation failure with `data: {}` and the reasons in `errors`.
      this.fail(
        hasErrors(errors)
          ? errors
          : [
              {
                message: 'The response has no uiapi.query.ConversationEntry.edges list.',
                errorType: 'Malformed'
              }
            ],
        answer
      );
      return;
    }
    const cursor = asked.after;
    const index = this.pages.findIndex((p) => p.cursor === cursor);
    const isNew = index === -1;
    this.mergedEntries();
    const known = this.merged?.ids ?? new Set<string>();
    const brought = page.entries.filter((entry) => !known.has(entry.id)).length + page.unreadable.length;
    const state: PageState = { cursor, entries: page.entries, unreadable: page.unreadable };
    if (isNew) {
      this.pages.push(state);
    } else {
      this.pages[index] = state;
    }
    if (page.totalCount !== null) {
      this.reportedTotal = page.totalCount;
    }
    if (hasErrors(errors)) {
      // Data with errors: keep what arrived, stop, and let the user try the page again.
      this.fail(errors, answer);
      return;
    }
    this.errors = undefined;
    this.advance(asked, page.endCursor, pageClaimsNext(data), isNew && brought === 0);
  }

  /** Decides, after a page is stored, whether to ask for the next one or how loading ends. */
  private advance(
    asked: EntryQueryVariables,
    endCursor: string | null,
    claimsMore: boolean,
    noProgress: boolean
  ): void {
    const loaded = this.loadedCount();
    const total = this.reportedTotal;
    this.shortfall = null;
    if (claimsMore && noProgress) {
      this.end({ kind: 'no-progress' });
    } else if (claimsMore && loaded >= this.upperBound) {
      this.end({ kind: 'upper-bound', limit: this.upperBound, total: this.largerTotal(total, loaded) });
    } else if (claimsMore && endCursor === null) {
      this.end({ kind: 'server-stopped', total: this.largerTotal(total, loaded) });
    } else if (claimsMore && total !== null && loaded >= total) {
      this.end({ kind: 'too-many-pages', total });
    } else if (claimsMore && endCursor !== null) {
      this.status = 'partial';
      this.askedCursors.add(endCursor);
      this.asked = { ...asked, after: endCursor };
      this.changed();
    } else if (loaded >= this.upperBound) {
      this.end({ kind: 'upper-bound', limit: this.upperBound, total: this.largerTotal(total, loaded) });
    } else if (this.largerTotal(total, loaded) !== null) {
      this.end({ kind: 'server-stopped', total });
    } else {
      this.reloading = null;
      this.status = 'complete';
      this.changed();
    }
  }

  private end(shortfall: LoadShortfall): void {
    this.reloading = null;
    this.shortfall = shortfall;
    this.status = 'incomplete';
    this.changed();
  }

  private fail(errors: unknown, answer: EntryWireAnswer | null): void {
    this.status = 'error';
    this.errors = errors;
    this.failed = answer;
    this.changed();
  }

  private loadedCount(): number {
    return this.mergedEntries().length + this.pages.reduce((sum, page) => sum + page.unreadable.length, 0);
  }

  /** The server's count when it is a possible one and larger than what arrived; otherwise null. */
  private largerTotal(total: number | null, loaded: number): number | null {
    return total !== null && Number.isInteger(total) && total > loaded ? total : null;
  }

  /** The server's count when it is a whole number not below what arrived (so not negative); else null. */
  private plausibleTotal(loaded: number): number | null {
    const total = this.reportedTotal;
    return total !== null && Number.isInteger(total) && total >= loaded ? total : null;
  }

  private changed(): void {
    this.snapshot = null;
  }

  /**
   * Every loaded entry, merged and sorted. Pages arrive in order, so the last result is reused and the new
   * pages appended; a replaced page merges everything again.
   */
  private mergedEntries(): readonly TranscriptEntry[] {
    const pages = this.pages;
    if (pages.length === 0) {
      this.merged = null;
      return EMPTY_ENTRIES;
    }
    const cache = this.merged;
    // A cache of more pages than there are fails the check too (pages[i] is undefined past the end).
    if (cache && cache.pages.every((page, i) => page === pages[i])) {
      if (cache.pages.length === pages.length) {
        return cache.entries;
      }
      let entries = cache.entries;
      // Stryker disable next-line MethodExpression: appending merged pages again gives the same list
      for (const page of pages.slice(cache.pages.length)) {
        entries = appendEntries(entries, page.entries, cache.ids);
        page.entries.forEach((entry) => cache.ids.add(entry.id));
      }
      this.merged = { pages: [...pages], entries, ids: cache.ids };
      return entries;
    }
    const entries = mergeEntries(...pages.map((p) => p.entries));
    this.merged = { pages: [...pages], entries, ids: new Set(entries.map((entry) => entry.id)) };
    return entries;
  }
}
