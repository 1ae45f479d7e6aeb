import { fillTemplate, type Labels } from './display';
import {
  HistoryList,
  historyPageSize,
  type CustomerKey,
  type EarlierSession,
  type HistoryAnchor,
  type HistoryListState,
  type HistoryQueryVariables,
  type HistoryWireAnswer
} from './history';
import { bookendFacts, bookendTitle } from './bookends';
import { EntryPager } from './pager';
import {
  type EntryQueryVariables,
  type EntryWireAnswer,
  type LoadStatus,
  type PagerCommand,
  type TranscriptLoad
} from './entryQuery';
import { HistoryTimeline, type CurrentConversation } from './historyTimeline';
import type { TranscriptEntry } from './types';

/** An expanded earlier conversation with what it loaded. */
export interface EarlierSection {
  readonly session: EarlierSession;
  readonly entries: readonly TranscriptEntry[];
}

/** What the history bar above the log shows. */
export interface HistoryBarView {
  /** The list's first page is on its way. */
  readonly listing: boolean;
  readonly failed: boolean;
  /** "No earlier conversations", or "this record gives nothing to find the customer by". */
  readonly note: string;
  /** "3 earlier conversations" ("20+" while more can be listed). */
  readonly countText: string;
  readonly canLoadEarlier: boolean;
  readonly canListMore: boolean;
}

/**
 * Pure model of the customer's earlier conversations (docs/history.md): the list (HistoryList) once the
 * session record says who the customer is, the conversations the agent expanded, the queue of their entry
 * loads (one EntryPager, one conversation at a time), and the timeline of bookends and entries the log
 * shows. Loaded conversations stay until the record changes. The container binds `customerKey`,
 * `listVariables`, `entriesWanted` and `entryVariables` to its two GraphQL wires.
 */
export class HistoryController {
  private on = true;
  private page = historyPageSize(undefined);
  private anchor: HistoryAnchor | null = null;
  private readonly list = new HistoryList();
  private readonly pager = new EntryPager();
  /** The earlier conversation the pager is loading, and those waiting for their turn. */
  private loading: string | null = null;
  private queue: string[] = [];
  private expanded: readonly string[] = [];
  private loads: Readonly<Record<string, TranscriptLoad>> = {};
  private wanted = false;
  private readonly timelineView: HistoryTimeline;
  private allCache: { key: string; current: readonly TranscriptEntry[]; all: TranscriptEntry[] } | null =
    null;

  constructor(private readonly labels: Labels) {
    this.timelineView = new HistoryTimeline(labels);
  }

  get enabled(): boolean {
    return this.on;
  }

  get pageSize(): number {
    return this.page;
  }

  /** Turns the list on or off (App Builder); returns true when that changed it. */
  setEnabled(value: unknown): boolean {
    const on = value !== false && value !== 'false';
    if (on === this.on) {
      return false;
    }
    this.on = on;
    this.start();
    return true;
  }

  /** Sets how many conversations one page of the list holds (1–20); returns true when that changed it. */
  setPageSize(value: unknown): boolean {
    const page = historyPageSize(value);
    if (page === this.page) {
      return false;
    }
    this.page = page;
    this.start();
    return true;
  }

  /** Which list query runs (null: none). */
  get customerKey(): CustomerKey | null {
    return this.list.customerKey;
  }

  get listVariables(): HistoryQueryVariables | undefined {
    return this.list.variables;
  }

  /** True once an earlier conversation's entries were asked for (the entry wire then has its query). */
  get entriesWanted(): boolean {
    return this.wanted;
  }

  get entryVariables(): EntryQueryVariables | undefined {
    return this.pager.variables;
  }

  get state(): HistoryListState {
    return this.list.state;
  }

  get customer(): HistoryAnchor | null {
    return this.anchor;
  }

  /** Ids of the earlier conversations the agent expanded. */
  get expandedSessions(): readonly string[] {
    return this.expanded;
  }

  /** Takes who the customer is from the session record; a new customer (or record) starts a new list. */
  setAnchor(anchor: HistoryAnchor | null): void {
    const previous = this.anchor;
    const same =
      previous !== null &&
      anchor !== null &&
      previous.recordId === anchor.recordId &&
      previous.customer?.key === anchor.customer?.key &&
      previous.customer?.value === anchor.customer?.value;
    this.anchor = anchor;
    if (!same) {
      this.start();
    }
  }

  /** Forgets the history of the previous record. */
  reset(): void {
    this.anchor = null;
    this.list.start(null, this.page);
    this.pager.start(null);
    this.wanted = false;
    this.loading = null;
    this.queue = [];
    this.expanded = [];
    this.loads = {};
    this.timelineView.reset();
    this.allCache = null;
  }

  /** Takes an answer of the list wire; true when the list or its next request changed. */
  receiveList(answer: HistoryWireAnswer | undefined): boolean {
    const { state, variables } = this.list;
    this.list.receive(answer);
    return this.list.state !== state || this.list.variables !== variables;
  }

  /**
   * Takes an answer of the entry wire: a returned command is the container's to carry out; `changed`
   * says whether a load or the next request changed.
   */
  receiveEntries(answer: EntryWireAnswer | undefined): { command: PagerCommand; changed: boolean } {
    const { loads } = this;
    const variables = this.pager.variables;
    const command = this.pager.receive(answer);
    this.entriesChanged();
    return { command, changed: this.loads !== loads || this.pager.variables !== variables };
  }

  refreshSettled(): void {
    this.pager.refreshSettled();
    this.entriesChanged();
  }

  refreshFailed(error: unknown): void {
    this.pager.refreshFailed(error);
    this.entriesChanged();
  }

  /** Shows or hides an earlier conversation; its entries load the first time (or again after a failure). */
  toggle(sessionId: string): void {
    if (!this.list.state.sessions.some((session) => session.id === sessionId)) {
      return;
    }
    if (this.expanded.includes(sessionId)) {
      this.expanded = this.expanded.filter((id) => id !== sessionId);
      return;
    }
    this.expanded = [...this.expanded, sessionId];
    const load = this.loads[sessionId];
    const failed = load !== undefined && load.status === 'error';
    if ((load === undefined || failed) && this.loading !== sessionId && !this.queue.includes(sessionId)) {
      if (failed) {
        this.loads = Object.fromEntries(Object.entries(this.loads).filter(([id]) => id !== sessionId));
      }
      this.queue = [...this.queue, sessionId];
      this.loadNext();
    }
  }

  /** "Load earlier conversation": expands the newest one not shown yet, else lists more. */
  loadEarlier(): void {
    const next = this.list.state.sessions.find((session) => !this.expanded.includes(session.id));
    if (next) {
      this.toggle(next.id);
    } else {
      this.listMore();
    }
  }

  listMore(): boolean {
    return this.list.loadMore();
  }

  retry(): void {
    this.list.retry();
  }

  /** The entries of the expanded earlier conversations (oldest conversation first), then `current`. */
  allEntries(current: TranscriptEntry[]): TranscriptEntry[] {
    const sections = this.earlierShown();
    if (sections.length === 0) {
      return current;
    }
    const key = sections.map(({ session, entries }) => `${session.id}:${entries.length}`).join('|');
    const cache = this.allCache;
    if (cache && cache.key === key && cache.current === current) {
      return cache.all;
    }
    const all: TranscriptEntry[] = [];
    for (const section of sections) {
      all.push(...section.entries);
    }
    all.push(...current);
    this.allCache = { key, current, all };
    return all;
  }

  /** Expanded earlier conversations, oldest first, with what they loaded. */
  earlierShown(): EarlierSection[] {
    const shown: EarlierSection[] = [];
    const sessions = this.list.state.sessions;
    for (let i = sessions.length - 1; i >= 0; i--) {
      const session = sessions[i];
      const load = this.loads[session.id];
      if (this.expanded.includes(session.id) && load !== undefined) {
        shown.push({ session, entries: load.entries });
      }
    }
    return shown;
  }

  /** The log's rows: `displayed`, led by a bookend row per conversation once the customer has history. */
  timeline(
    displayed: readonly TranscriptEntry[],
    current: CurrentConversation,
    newestFirst: boolean
  ): TranscriptEntry[] {
    const facts = {
      sessions: this.list.state.sessions,
      loads: this.loads,
      expanded: this.expanded,
      anchor: this.anchor
    };
    return this.timelineView.rows(facts, displayed, current, newestFirst);
  }

  /** What the history bar shows. */
  bar(locale: string): HistoryBarView {
    const state = this.list.state;
    const count = state.sessions.length;
    const loaded = state.status === 'loaded';
    return {
      listing: state.status === 'loading' && count === 0,
      failed: state.status === 'error',
      note: this.note(),
      countText:
        count > 0
          ? fillTemplate(
              this.labels.History_Count,
              `${count.toLocaleString(locale)}${state.hasMore ? '+' : ''}`
            )
          : '',
      canLoadEarlier:
        loaded && (state.sessions.some((session) => !this.expanded.includes(session.id)) || state.hasMore),
      canListMore: loaded && state.hasMore
    };
  }

  /** The earlier conversation an expanded entry belongs to (its record Id), else null. */
  sessionOfEntry(entryId: string): string | null {
    const found = this.earlierShown().find(({ entries }) => entries.some((entry) => entry.id === entryId));
    return found ? found.session.id : null;
  }

  /**
   * Where the earlier conversation a link names stands: `absent` (not this customer's, or history is
   * off), `listing` (the list is still loading), `more` (not on the pages listed so far: the next page
   * was asked for), `collapsed`, or the load status of its entries once expanded.
   */
  linkedSession(sessionId: string): 'absent' | 'listing' | 'more' | 'collapsed' | LoadStatus {
    const { status, sessions, hasMore } = this.list.state;
    if (!this.on || status === 'error' || (this.anchor !== null && this.customerKey === null)) {
      return 'absent';
    }
    if (!sessions.some((session) => session.id === sessionId)) {
      if (status !== 'loaded') {
        return 'listing';
      }
      return hasMore && this.listMore() ? 'more' : 'absent';
    }
    return this.expanded.includes(sessionId) ? (this.loads[sessionId]?.status ?? 'loading') : 'collapsed';
  }

  /** "Match in: NAME (facts)" when `entryId` is in an expanded earlier conversation, else ''. */
  matchSessionText(entryId: string | null, locale: string, timeZone: string): string {
    // Stryker disable next-line all: the loop below finds no conversation for these either; this only skips it
    if (entryId === null || this.expanded.length === 0) {
      return '';
    }
    const labels = this.labels;
    for (const { session, entries } of this.earlierShown()) {
      if (entries.some((entry) => entry.id === entryId)) {
        const facts = bookendFacts(session, null, locale, timeZone, labels);
        return fillTemplate(
          labels.History_Match_Session,
          `${bookendTitle(session.name, false, labels)} (${facts})`
        );
      }
    }
    return '';
  }

  private start(): void {
    this.list.start(this.on ? this.anchor : null, this.page);
  }

  private note(): string {
    const anchor = this.anchor;
    const labels = this.labels;
    if (anchor === null) {
      return '';
    }
    if (anchor.customer === null) {
      if (!anchor.customerKnown) {
        // The field is hidden from this user (or absent): nothing can be said either way.
        return '';
      }
      return anchor.objectApiName === 'VoiceCall'
        ? labels.History_No_Customer_Voice
        : labels.History_No_Customer_Messaging;
    }
    const state = this.list.state;
    return state.status === 'loaded' && state.sessions.length === 0 ? labels.History_None : '';
  }

  private entriesChanged(): void {
    const id = this.loading;
    if (id === null) {
      return;
    }
    const state = this.pager.state;
    if (this.loads[id] !== state) {
      this.loads = { ...this.loads, [id]: state };
    }
    if (state.status !== 'loading' && state.status !== 'partial') {
      // Done (or failed): the next expanded conversation gets the wire.
      this.loading = null;
      this.loadNext();
    }
  }

  private loadNext(): void {
    if (this.loading !== null) {
      return;
    }
    const next = this.queue.shift();
    if (next === undefined) {
      return;
    }
    this.loading = next;
    this.pager.start(next);
    this.wanted = true;
    this.entriesChanged();
  }
}
