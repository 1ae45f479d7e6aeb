import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/transcriptModel';
import { graphql, type GraphQLDocument, type GraphQLWireResult } from 'lightning/graphql';
import { ENTRIES_QUERY } from './entriesQuery';
import {
  MESSAGING_HISTORY_QUERY,
  VOICE_CALLER_HISTORY_QUERY,
  VOICE_PHONE_HISTORY_QUERY
} from './historyQuery';
import {
  ACTOR_TYPES,
  EXPORT_MIME_TYPES,
  buildSearchIndex,
  entryCountText,
  entryIdFromHash,
  entryLink,
  entryTypeLabel,
  exportFileName,
  filterEntries,
  findMatches,
  isFiltering,
  orderEntries,
  shownOfTotalText,
  stepMatch,
  toCsv,
  toJson,
  toPlainText,
  type ActorKind,
  type EntryFilter,
  type ExportExtension,
  type ExportScope,
  type ExportSession,
  type SessionOfEntry,
  type SearchMatch,
  type TranscriptEntry,
  EntryPager,
  sameRecordId,
  type EntryQueryVariables,
  type PagerCommand,
  type TranscriptLoad,
  isSessionEndTransition,
  liveCount,
  mergeLiveEntries,
  readSessionRecord,
  sessionFieldsFor,
  sessionNotice,
  sessionObjectOf,
  type SessionInfo,
  type SessionNotice,
  type SessionPhase,
  HistoryList,
  bookendFacts,
  bookendTitle,
  historyPageSize,
  readHistoryAnchor,
  timelineRows,
  type CustomerKey,
  type EarlierSession,
  type HistoryAnchor,
  type HistoryListState,
  type HistoryQueryVariables,
  type SessionBookend,
  type TimelineSection
} from 'c/transcriptModel';
import { getRecord, notifyRecordUpdateAvailable, type GetRecordResult } from 'lightning/uiRecordApi';
import { loadLiveLog } from 'c/conversationLiveLog';

interface LogElement extends HTMLElement {
  scrollToEntry(entryId: string): boolean;
  scrollToEdge(edge: 'first' | 'last'): void;
  printTranscript(): void;
}

interface ToolbarElement extends HTMLElement {
  focusSearch(): void;
}

const KNOWN_ACTOR_KINDS: ReadonlySet<string> = new Set(ACTOR_TYPES);
/** The log's height when it fits the page: the window less the record page's header and the card's. */
const FIT_TO_PAGE = 'calc(100vh - 16rem)';
/** With height 0 the card grows with the conversation up to this many entries (the log windows above). */
const GROW_LIMIT = 150;
/** How often relative times ("5 minutes ago") are brought up to date. */
const RELATIVE_TIME_TICK_MS = 60_000;
/** How long a transient status message ("Copied…", "Downloading FILE.") stays on screen. */
const STATUS_MESSAGE_MS = 5_000;

/**
 * Container component for MessagingSession and VoiceCall record pages: loads every ConversationEntry of
 * the record with `@wire(graphql)` (Lightning Data Service GraphQL, no Apex; the paging rules live in the
 * model's EntryPager), owns the loading / empty / error / partial states and the agent tools' state (search, filter,
 * export, print, time display, links to one entry) and hands entries to presentational children.
 * Searching, filtering and exporting work on the loaded entries: they never query again.
 */
export default class ConversationTranscript extends LightningElement {
  /**
   * The MessagingSession or VoiceCall record id, set by the record page. A record page keeps the component
   * when the user moves to another record: everything read for the previous one is cleared first.
   */
  @api
  get recordId(): string | undefined {
    return this.currentRecordId;
  }
  set recordId(value: string | undefined) {
    if (value !== this.currentRecordId) {
      this.currentRecordId = value;
      this.resetRecord();
    }
  }

  /** The record page's object API name (MessagingSession or VoiceCall). */
  @api
  get objectApiName(): string | undefined {
    return this.currentObjectApiName;
  }
  set objectApiName(value: string | undefined) {
    if (value !== this.currentObjectApiName) {
      this.currentObjectApiName = value;
      this.resetRecord();
    }
  }

  /** Card title (App Builder property). */
  @api cardTitle: string | undefined;
  /** Height of the scrolling transcript in pixels (App Builder property); 0 grows with the content. */
  @api height: number | string | undefined = 480;
  /** Fit the transcript to the browser window's height instead of a fixed height (App Builder). */
  @api fitToPage = false;
  /** Show the newest entry first (App Builder); oldest first by default. */
  @api newestFirst = false;
  /** Hide event rows until the user shows them (App Builder). */
  @api hideEventsOnLoad = false;
  /** Compact density (App Builder). */
  @api compact = false;
  /** Hide the toolbar (App Builder): search, filter, export and time controls. */
  @api hideToolbar = false;

  /** List the customer's earlier conversations above this one (App Builder; on by default). */
  @api
  get showHistory(): boolean {
    return this.historyOn;
  }
  set showHistory(value: boolean) {
    const on = value !== false && (value as unknown) !== 'false';
    if (on !== this.historyOn) {
      this.historyOn = on;
      this.startHistory();
    }
  }

  /** How many earlier conversations one page of the list holds (App Builder; 1–20, default 20). */
  @api
  get historyLimit(): number {
    return this.historyPage;
  }
  set historyLimit(value: number | string | undefined) {
    const page = historyPageSize(value);
    if (page !== this.historyPage) {
      this.historyPage = page;
      this.startHistory();
    }
  }

  labels = LABELS;
  locale: string = LOCALE;
  timeZone: string = TIME_ZONE;
  /** The wire's variables: a new object makes the wire ask again; undefined without a record. */
  entryVariables: EntryQueryVariables | undefined;
  transcript: TranscriptLoad;

  // Agent tools' state.
  searchTerm = '';
  matchIndex = -1;
  hiddenActorKinds: string[] = [];
  eventsVisible: boolean | null = null;
  exportScope: ExportScope = 'shown';
  relativeTime = false;
  now = Date.now();
  statusMessage = '';
  targetEntryId: string | null = null;
  linkNotFound = false;

  private currentRecordId: string | undefined;
  private currentObjectApiName: string | undefined;
  private readonly pager = new EntryPager();
  private revealTarget = false;
  /** The linked entry was scrolled to once: later pages or reloads leave the user's scroll alone. */
  private targetRevealed = false;
  private pendingMatchScroll = false;
  private lastDownloadUrl: string | null = null;
  /** The relative-time clock (see handleTimeMode). */
  private clock: ReturnType<typeof setInterval> | undefined;
  /** Clears the transient status message (see showStatus). */
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private memo: {
    entries?: readonly TranscriptEntry[];
    filterKey?: string;
    displayed?: readonly TranscriptEntry[];
    index?: ReturnType<typeof buildSearchIndex>;
    indexOf?: readonly TranscriptEntry[];
    term?: string;
    matches?: SearchMatch[];
  } = {};

  private readonly onHashChange = (): void => {
    this.readLinkTarget();
  };

  constructor() {
    super();
    this.transcript = this.pager.state;
    this.historyState = this.historyList.state;
  }

  @wire(graphql, { query: ENTRIES_QUERY, variables: '$entryVariables' })
  wiredEntries(result: GraphQLWireResult): void {
    this.run(this.pager.receive(result));
  }

  /** Carries out what the pager asks (refresh an answer) and shows its new state. */
  private run(command: PagerCommand): void {
    if (command !== null) {
      command.refresh().then(
        () => {
          this.pager.refreshSettled();
          this.showLoad();
        },
        (error: unknown) => {
          this.pager.refreshFailed(error);
          this.showLoad();
        }
      );
    }
    this.showLoad();
  }

  private showLoad(): void {
    const state = this.pager.state;
    if (this.pager.variables !== this.entryVariables) {
      this.entryVariables = this.pager.variables;
    }
    if (state === this.transcript) {
      return;
    }
    this.transcript = state;
    this.now = Date.now();
    if (this.targetEntryId !== null && !this.linkNotFound && !this.targetRevealed) {
      this.revealTarget = true;
    }
    if (this.matchIndex >= this.matches.length) {
      this.matchIndex = this.matches.length > 0 ? 0 : -1;
    }
  }

  /**
   * Forgets everything read for the previous record (entries, session, live log, notices, search,
   * filter, link target, status) and starts loading the current one.
   */
  private resetRecord(): void {
    this.pager.start(this.currentRecordId);
    this.session = null;
    this.sessionPhase = null;
    this.liveEntries = [];
    this.liveRequested = null;
    this.mergeCache = null;
    this.memo = {};
    this.searchTerm = '';
    this.matchIndex = -1;
    this.hiddenActorKinds = [];
    this.eventsVisible = null;
    this.statusMessage = '';
    this.pendingMatchScroll = false;
    this.targetEntryId = null;
    this.resetHistory();
    this.readLinkTarget();
    this.showLoad();
  }

  override connectedCallback(): void {
    this.pager.connect();
    window.addEventListener('hashchange', this.onHashChange);
    this.readLinkTarget();
  }

  override disconnectedCallback(): void {
    this.pager.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    this.revokeDownload();
    this.stopClock();
    this.clearStatus();
  }

  override renderedCallback(): void {
    if (this.revealTarget && this.targetEntryId !== null) {
      this.revealLinkTarget(this.targetEntryId);
    }
    if (this.pendingMatchScroll) {
      this.pendingMatchScroll = false;
      const match = this.currentMatch;
      if (match) {
        this.log?.scrollToEntry(match.entryId);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Loading states
  // ---------------------------------------------------------------------------------------------

  get heading(): string {
    return this.cardTitle && this.cardTitle.trim() !== '' ? this.cardTitle : LABELS.Transcript_Title;
  }

  /** CSS max-height for the log; long transcripts scroll (and are windowed) inside it. */
  get logMaxHeight(): string {
    const pixels = Number(this.height);
    if (Number.isFinite(pixels) && pixels > 0 && !this.fitToPage) {
      return `${Math.max(160, Math.round(pixels))}px`;
    }
    // Fit to page; and "grow with the conversation" (0) stops at the window's height once the
    // transcript is long enough to be windowed, or the page would hold every row of it.
    return this.fitToPage || this.entries.length > GROW_LIMIT ? FIT_TO_PAGE : '';
  }

  /** ConversationEntry rows merged with the console's live log (see "Session context" below). */
  get entries(): TranscriptEntry[] {
    return this.mergedEntries;
  }

  get status(): string {
    return this.transcript.status;
  }

  get hasEntries(): boolean {
    return this.entries.length > 0;
  }

  /** Nothing to show yet: first page in flight (or no record id yet). */
  get isLoading(): boolean {
    return (
      !this.hasEntries && (this.status === 'loading' || this.status === 'idle' || this.status === 'partial')
    );
  }

  get isEmpty(): boolean {
    return (
      !this.hasEntries &&
      (this.status === 'complete' || this.status === 'incomplete' || this.status === 'cancelled') &&
      this.unreadableCount === 0
    );
  }

  get hasError(): boolean {
    return this.status === 'error';
  }

  get errorHeading(): string {
    return this.hasEntries ? LABELS.Error_Partial_Title : LABELS.Error_Title;
  }

  get errorMessage(): string {
    return friendlyErrorMessage(classifyError(this.transcript.errors), LABELS);
  }

  get errors(): unknown {
    return this.transcript.errors;
  }

  get isLoadingMore(): boolean {
    return this.hasEntries && this.status === 'partial';
  }

  get progressText(): string {
    const loaded = this.entries.length.toLocaleString(this.locale);
    const total = this.transcript.totalCount;
    return typeof total === 'number'
      ? formatLabel(LABELS.Transcript_Loaded_Progress, loaded, total.toLocaleString(this.locale))
      : formatLabel(LABELS.Transcript_Loaded_Progress_Unknown, loaded);
  }

  get isCancelled(): boolean {
    return this.status === 'cancelled' && this.hasEntries;
  }

  get cancelledText(): string {
    return formatLabel(LABELS.Transcript_Cancelled, this.entries.length.toLocaleString(this.locale));
  }

  get unreadableCount(): number {
    return this.transcript.unreadable.length;
  }

  /** Why entries may be missing once loading ended (the load limit, or the server stopping early). */
  get shortfallText(): string {
    const shortfall = this.transcript.shortfall;
    if (shortfall === null || this.status !== 'incomplete') {
      return '';
    }
    const count = (value: number): string => value.toLocaleString(this.locale);
    const loaded = count(this.transcript.entries.length + this.unreadableCount);
    switch (shortfall.kind) {
      case 'upper-bound':
        return shortfall.total !== null
          ? formatLabel(LABELS.Load_Shortfall_Upper_Bound, count(shortfall.limit), count(shortfall.total))
          : formatLabel(LABELS.Load_Shortfall_Upper_Bound_Unknown, count(shortfall.limit));
      case 'server-stopped':
        return shortfall.total !== null
          ? formatLabel(LABELS.Load_Shortfall_Server_Stopped, loaded, count(shortfall.total))
          : formatLabel(LABELS.Load_Shortfall_Server_Stopped_Unknown, loaded);
      case 'no-progress':
        return formatLabel(LABELS.Load_Shortfall_No_Progress, loaded);
      case 'too-many-pages':
        return formatLabel(LABELS.Load_Shortfall_Too_Many_Pages, loaded, count(shortfall.total));
      default:
        return '';
    }
  }

  get unreadableText(): string {
    return formatLabel(LABELS.Transcript_Unreadable, this.unreadableCount.toLocaleString(this.locale));
  }

  /** "40 entries", or "12 of 40 entries shown" while a filter hides some. */
  get countText(): string {
    return isFiltering(this.filter)
      ? shownOfTotalText(this.displayedEntries.length, this.entries.length, this.locale, LABELS)
      : entryCountText(this.entries.length, this.locale, LABELS);
  }

  handleRetry(): void {
    this.run(this.pager.retry());
  }

  handleCancel(): void {
    this.pager.cancel();
    this.showLoad();
  }

  // ---------------------------------------------------------------------------------------------
  // What is shown: filter and order
  // ---------------------------------------------------------------------------------------------

  /**
   * The toolbar is there from the first render while the first page loads (so the rows are all that
   * is left to draw when data arrives), stays while there are entries, and goes away for the empty
   * and error states, where it has nothing to act on.
   */
  get showToolbar(): boolean {
    return !this.hideToolbar && (this.hasEntries || (this.isLoading && !this.hasError));
  }

  get showEvents(): boolean {
    return this.eventsVisible ?? !this.hideEventsOnLoad;
  }

  get filter(): EntryFilter {
    return {
      hiddenActorKinds: new Set(this.hiddenActorKinds as ActorKind[]),
      showEvents: this.showEvents
    };
  }

  /** The entries the log shows, in display order; recomputed only when entries or the filter change. */
  get displayedEntries(): readonly TranscriptEntry[] {
    const filterKey = `${this.hiddenActorKinds.join(',')}|${this.showEvents}|${this.newestFirst}`;
    const entries = this.allEntries;
    if (this.memo.entries !== entries || this.memo.filterKey !== filterKey || !this.memo.displayed) {
      this.memo.entries = entries;
      this.memo.filterKey = filterKey;
      this.memo.displayed = orderEntries(
        filterEntries(entries, this.filter),
        this.newestFirst ? 'newest' : 'oldest'
      );
    }
    return this.memo.displayed;
  }

  /** The log's rows: the displayed entries, led by a bookend row per session once the customer has history. */
  get displayedForLog(): TranscriptEntry[] {
    const displayed = this.displayedEntries;
    if (this.historyState.sessions.length === 0) {
      return displayed as TranscriptEntry[];
    }
    if (
      this.timelineCache &&
      this.timelineCache.displayed === displayed &&
      this.timelineCache.key === this.timelineKey
    ) {
      return this.timelineCache.rows;
    }
    const rows = timelineRows(this.timelineSections(), this.newestFirst ? 'newest' : 'oldest');
    this.timelineCache = { displayed, key: this.timelineKey, rows };
    return rows;
  }

  get filterHidesAll(): boolean {
    return this.hasEntries && this.displayedEntries.length === 0;
  }

  handleFilterChange(event: CustomEvent<{ actorKind?: string; events?: boolean; reset?: boolean }>): void {
    const detail = event.detail;
    if (detail.reset) {
      this.clearFilter();
    } else if (detail.events) {
      this.eventsVisible = !this.showEvents;
    } else if (detail.actorKind && KNOWN_ACTOR_KINDS.has(detail.actorKind)) {
      const kind = detail.actorKind;
      this.hiddenActorKinds = this.hiddenActorKinds.includes(kind)
        ? this.hiddenActorKinds.filter((hidden) => hidden !== kind)
        : [...this.hiddenActorKinds, kind];
    }
    this.matchIndex = this.matches.length > 0 ? 0 : -1;
  }

  /** Shows every actor type and the events again. */
  clearFilter(): void {
    this.hiddenActorKinds = [];
    this.eventsVisible = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Search
  // ---------------------------------------------------------------------------------------------

  /** Every match over all displayed entries (not only the rendered rows), in display order. */
  get matches(): SearchMatch[] {
    if (this.searchTerm.trim() === '') {
      // No search: no index either (folding every text of a 50,000-entry transcript is not free).
      return [];
    }
    const displayed = this.displayedEntries;
    if (this.memo.indexOf !== displayed || !this.memo.index) {
      this.memo.indexOf = displayed;
      this.memo.index = buildSearchIndex(displayed, LABELS);
      this.memo.matches = undefined;
    }
    if (this.memo.term !== this.searchTerm || !this.memo.matches) {
      this.memo.term = this.searchTerm;
      this.memo.matches = findMatches(this.memo.index, this.searchTerm);
    }
    return this.memo.matches;
  }

  get matchCount(): number {
    return this.matches.length;
  }

  get currentMatch(): SearchMatch | null {
    return this.matchIndex >= 0 ? (this.matches[this.matchIndex] ?? null) : null;
  }

  handleSearchChange(event: CustomEvent<{ term: string }>): void {
    this.searchTerm = event.detail.term;
    this.matchIndex = this.matches.length > 0 ? 0 : -1;
    this.pendingMatchScroll = this.matchIndex >= 0;
  }

  handleSearchStep(event: CustomEvent<{ direction: 1 | -1 }>): void {
    this.matchIndex = stepMatch(this.matchIndex, this.matches.length, event.detail.direction);
    const match = this.currentMatch;
    if (match) {
      this.pendingMatchScroll = !this.log?.scrollToEntry(match.entryId);
    }
  }

  /** Ctrl+F / Cmd+F or "/" anywhere in the component focuses the search box. */
  handleKeydown(event: KeyboardEvent): void {
    // The search box lives in the toolbar's shadow tree: from here its keys come from the toolbar host.
    const origin = (typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target) as
      HTMLElement | undefined;
    const target = event.target as HTMLElement | null;
    const typing =
      /^(INPUT|TEXTAREA|LIGHTNING-INPUT)$/.test(origin?.tagName ?? '') ||
      target?.tagName === 'C-TRANSCRIPT-TOOLBAR';
    const findShortcut = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
    if (this.showToolbar && (findShortcut || (event.key === '/' && !typing))) {
      event.preventDefault();
      this.template?.querySelector<ToolbarElement>('c-transcript-toolbar')?.focusSearch();
    }
    // Ctrl+P / Cmd+P inside the transcript prints every entry, as the toolbar's Print does.
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p' && this.log) {
      event.preventDefault();
      this.print();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Time display and jumping
  // ---------------------------------------------------------------------------------------------

  get timeMode(): string {
    return this.relativeTime ? 'relative' : 'absolute';
  }

  handleTimeMode(event: CustomEvent<{ relative: boolean }>): void {
    this.now = Date.now();
    this.relativeTime = event.detail.relative === true;
    this.stopClock();
    if (this.relativeTime) {
      // "5 minutes ago" has to move on: one tick a minute while relative times are shown. Stopped when
      // they are switched off and when the component is removed.
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.clock = setInterval(() => {
        this.now = Date.now();
      }, RELATIVE_TIME_TICK_MS);
    }
  }

  private stopClock(): void {
    if (this.clock !== undefined) {
      clearInterval(this.clock);
      this.clock = undefined;
    }
  }

  handleJump(event: CustomEvent<{ edge: 'first' | 'last' }>): void {
    this.log?.scrollToEdge(event.detail.edge === 'first' ? 'first' : 'last');
  }

  // ---------------------------------------------------------------------------------------------
  // Export, copy and print
  // ---------------------------------------------------------------------------------------------

  handleExportScope(event: CustomEvent<{ scope: ExportScope }>): void {
    const scope = event.detail.scope;
    this.exportScope = scope === 'all' || scope === 'session' ? scope : 'shown';
  }

  /**
   * The entries an export writes: what the filter shows (in display order), every loaded entry, or
   * every loaded entry of this session.
   */
  get exportEntries(): readonly TranscriptEntry[] {
    if (this.exportScope === 'all') {
      return this.allEntries;
    }
    return this.exportScope === 'session' ? this.entries : this.displayedEntries;
  }

  /** This session's entry count for the "This session only" export scope, offered with history loaded. */
  get exportSessionCount(): number | null {
    return this.earlierSectionsShown().length > 0 ? this.entries.length : null;
  }

  /** Which conversation each exported entry belongs to: an expanded earlier one, else this one. */
  private exportSessionOf(): SessionOfEntry {
    const earlier = new Map<string, ExportSession>();
    for (const { session, entries } of this.earlierSectionsShown()) {
      const owner: ExportSession = { id: session.id, name: session.name, current: false };
      for (const entry of entries) {
        earlier.set(entry.id, owner);
      }
    }
    const current: ExportSession = {
      id: this.recordId ?? '',
      name: this.historyAnchor?.name ?? null,
      current: true
    };
    return (entry) => earlier.get(entry.id) ?? current;
  }

  async handleExportAction(event: CustomEvent<{ action: string }>): Promise<void> {
    const action = event.detail.action;
    const entries = this.exportEntries;
    const options = { labels: LABELS, locale: this.locale, timeZone: this.timeZone };
    if (action === 'copy') {
      const copied = await this.copyText(toPlainText(entries, options));
      this.showStatus(
        copied
          ? formatLabel(LABELS.Export_Copied, entryCountText(entries.length, this.locale, LABELS))
          : LABELS.Export_Copy_Failed
      );
    } else if (action === 'txt') {
      this.download('txt', toPlainText(entries, options));
    } else if (action === 'csv') {
      this.download('csv', toCsv(entries, this.exportSessionOf()));
    } else if (action === 'json') {
      this.download('json', toJson(entries, this.exportSessionOf()));
    } else if (action === 'print') {
      this.print();
    }
  }

  async handleEntryAction(event: CustomEvent<{ action: string; entryId: string }>): Promise<void> {
    if (event.detail.action === 'toggle-session') {
      this.toggleSession(event.detail.entryId);
      return;
    }
    const entry = this.allEntries.find((candidate) => candidate.id === event.detail.entryId);
    if (!entry) {
      return;
    }
    if (event.detail.action === 'copy-link') {
      const copied = await this.copyText(entryLink(window.location.href, entry.id));
      this.showStatus(copied ? LABELS.Entry_Link_Copied : LABELS.Export_Copy_Failed);
    } else if (event.detail.action === 'copy-text') {
      const text = entry.message ?? entryTypeLabel(entry.entryType, LABELS);
      const copied = await this.copyText(text);
      this.showStatus(copied ? LABELS.Entry_Text_Copied : LABELS.Export_Copy_Failed);
    }
  }

  private async copyText(text: string): Promise<boolean> {
    try {
      const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      if (!clipboard || typeof clipboard.writeText !== 'function') {
        return false;
      }
      await clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Starts a download through a `blob:` URL (Lightning Web Security blocks `data:` URLs). */
  private download(extension: ExportExtension, content: string): void {
    const fileName = exportFileName(this.recordId ?? null, extension, Date.now(), this.timeZone);
    this.revokeDownload();
    const url = URL.createObjectURL(new Blob([content], { type: EXPORT_MIME_TYPES[extension] }));
    this.lastDownloadUrl = url;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    this.showStatus(formatLabel(LABELS.Export_Downloaded, fileName));
  }

  /** The status line's classes: it floats over the log (never moving it) and is styled only when shown. */
  get statusClass(): string {
    return this.statusMessage === ''
      ? 'slds-text-body_small transcript-status-message'
      : 'slds-text-body_small transcript-status-message transcript-status-message_shown';
  }

  /** Shows a transient status message; it clears itself after STATUS_MESSAGE_MS. */
  private showStatus(message: string): void {
    this.clearStatus();
    if (!this.isConnected) {
      // A copy that finished after the component was removed: nothing to show, no timer to leave behind.
      return;
    }
    this.statusMessage = message;
    // Stopped when the component is removed (disconnectedCallback).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.statusMessage = '';
    }, STATUS_MESSAGE_MS);
  }

  private clearStatus(): void {
    if (this.statusTimer !== undefined) {
      clearTimeout(this.statusTimer);
      this.statusTimer = undefined;
    }
    this.statusMessage = '';
  }

  private revokeDownload(): void {
    if (this.lastDownloadUrl !== null) {
      URL.revokeObjectURL(this.lastDownloadUrl);
      this.lastDownloadUrl = null;
    }
  }

  /** Prints every entry the log shows; the log builds the printout in chunks, then opens the dialog. */
  private print(): void {
    this.log?.printTranscript();
  }

  // ---------------------------------------------------------------------------------------------
  // Links to one entry
  // ---------------------------------------------------------------------------------------------

  private readLinkTarget(): void {
    const id = entryIdFromHash(typeof window !== 'undefined' ? window.location.hash : '');
    if (id !== null && id === this.targetEntryId) {
      // Already the linked entry (a late hashchange for the address the page opened with).
      return;
    }
    this.targetEntryId = id;
    this.linkNotFound = false;
    this.targetRevealed = false;
    this.revealTarget = id !== null;
  }

  /** Scrolls to the linked entry once it is loaded, showing it even if the filter hid it. */
  private revealLinkTarget(id: string): void {
    const entry = this.allEntries.find((candidate) => candidate.id === id);
    if (!entry) {
      const ended = this.status === 'complete' || this.status === 'incomplete';
      if (ended || this.status === 'cancelled' || this.status === 'error') {
        this.revealTarget = false;
        this.linkNotFound = ended;
      }
      return;
    }
    if (!this.displayedEntries.includes(entry)) {
      this.clearFilter();
      return;
    }
    if (this.log?.scrollToEntry(id)) {
      this.revealTarget = false;
      this.targetRevealed = true;
    }
  }

  private get log(): LogElement | null {
    return this.template?.querySelector<LogElement>('c-transcript-log') ?? null;
  }

  // ---------------------------------------------------------------------------------------------
  // Session context (getRecord), lifecycle (auto-refresh when the session ends), manual
  // refresh, explanatory notices and the console's live conversation log. Presentation lives in
  // c-transcript-session-header and c-transcript-notice; the rules live in transcriptModel/session.ts.
  // ---------------------------------------------------------------------------------------------

  session: SessionInfo | null = null;
  liveEntries: TranscriptEntry[] = [];
  private sessionPhase: SessionPhase | null = null;
  private liveRequested: string | null = null;
  private mergeCache: {
    entries: readonly TranscriptEntry[];
    live: TranscriptEntry[];
    merged: TranscriptEntry[];
  } | null = null;

  /** getRecord only runs for a MessagingSession or VoiceCall page. */
  get sessionRecordId(): string | undefined {
    return this.sessionFields ? this.recordId : undefined;
  }

  get sessionFields(): string[] | undefined {
    return sessionFieldsFor(sessionObjectOf(this.objectApiName, this.recordId));
  }

  @wire(getRecord, { recordId: '$sessionRecordId', optionalFields: '$sessionFields' })
  wiredSession({ data, error }: GetRecordResult): void {
    const recordId = this.currentRecordId;
    if (data && (recordId === undefined || !sameRecordId(data.id, recordId))) {
      // Another record's answer (the page moved on while it was on its way).
      return;
    }
    if (data) {
      this.anchorHistory(readHistoryAnchor(data, sessionObjectOf(this.objectApiName, this.recordId)));
      const session = readSessionRecord(data);
      const previous = this.sessionPhase;
      this.session = session;
      this.sessionPhase = session?.phase ?? null;
      if (session && isSessionEndTransition(previous, session.phase)) {
        this.run(this.pager.reload());
      }
    } else if (error) {
      this.session = null;
    }
    if (data || error) {
      this.requestLiveLog(false);
    }
  }

  /** ConversationEntry rows merged with the live log (same message once), recomputed only on change. */
  get mergedEntries(): TranscriptEntry[] {
    const entries = this.transcript.entries;
    const cache = this.mergeCache;
    if (cache && cache.entries === entries && cache.live === this.liveEntries) {
      return cache.merged;
    }
    const merged = mergeLiveEntries(entries, this.liveEntries);
    this.mergeCache = { entries, live: this.liveEntries, merged };
    return merged;
  }

  get sessionNotice(): SessionNotice | null {
    return sessionNotice({ session: this.session, entries: this.entries, loadStatus: this.status }, LABELS);
  }

  get showSessionHeader(): boolean {
    return this.sessionFields !== undefined;
  }

  get liveEntryCount(): number {
    return liveCount(this.entries);
  }

  /** The generic empty state gives way to the session notice, which says more. */
  get showEmptyState(): boolean {
    return this.isEmpty && this.sessionNotice === null;
  }

  /** Asks the console for its live log (MessagingSession pages only, not once the session ended). */
  private requestLiveLog(force: boolean): void {
    const recordId = this.recordId;
    const object = sessionObjectOf(this.objectApiName, recordId);
    if (!recordId || object !== 'MessagingSession' || this.session?.phase === 'ended') {
      return;
    }
    if (!force && this.liveRequested === recordId) {
      return;
    }
    this.liveRequested = recordId;
    loadLiveLog(recordId).then((result) => {
      if (this.recordId === recordId && result.available) {
        this.liveEntries = result.entries;
      }
    });
  }

  handleSessionRefresh(): void {
    const recordId = this.recordId;
    if (recordId) {
      notifyRecordUpdateAvailable([{ recordId }]).catch(() => undefined);
    }
    this.run(this.pager.reload());
    this.requestLiveLog(true);
  }

  // ---------------------------------------------------------------------------------------------
  // The customer's earlier conversations (docs/history.md). One small list query once the session
  // record says who the customer is (HistoryList); an earlier conversation's entries load only when
  // the agent expands it, one conversation at a time, through a second ConversationEntry wire and its
  // own EntryPager. Loaded conversations stay until the record changes.
  // ---------------------------------------------------------------------------------------------

  /** The list query's document (one of the three static ones), undefined while there is no list. */
  historyQuery: GraphQLDocument | undefined;
  historyVariables: HistoryQueryVariables | undefined;
  historyState: HistoryListState;
  /** The ConversationEntry query while an earlier conversation loads; undefined otherwise. */
  historyEntriesQuery: GraphQLDocument | undefined;
  historyEntryVariables: EntryQueryVariables | undefined;
  /** Ids of the earlier conversations the agent expanded. */
  expandedSessions: string[] = [];
  /** What each expanded earlier conversation loaded, by session id. */
  historyLoads: Readonly<Record<string, TranscriptLoad>> = {};

  private historyOn = true;
  private historyPage = historyPageSize(undefined);
  private historyAnchor: HistoryAnchor | null = null;
  private readonly historyList = new HistoryList();
  private readonly historyPager = new EntryPager();
  /** The earlier conversation the history pager is loading, and those waiting for their turn. */
  private historyLoading: string | null = null;
  private historyQueue: string[] = [];
  private timelineCache: {
    displayed: readonly TranscriptEntry[];
    key: string;
    rows: TranscriptEntry[];
  } | null = null;
  private allCache: { key: string; current: readonly TranscriptEntry[]; all: TranscriptEntry[] } | null =
    null;

  @wire(graphql, { query: '$historyQuery', variables: '$historyVariables' })
  wiredHistory(result: GraphQLWireResult): void {
    this.historyList.receive(result);
    this.showHistoryList();
  }

  @wire(graphql, { query: '$historyEntriesQuery', variables: '$historyEntryVariables' })
  wiredHistoryEntries(result: GraphQLWireResult): void {
    const command = this.historyPager.receive(result);
    if (command !== null) {
      command.refresh().then(
        () => {
          this.historyPager.refreshSettled();
          this.showHistoryEntries();
        },
        (error: unknown) => {
          this.historyPager.refreshFailed(error);
          this.showHistoryEntries();
        }
      );
    }
    this.showHistoryEntries();
  }

  private static readonly QUERIES: Readonly<Record<CustomerKey, GraphQLDocument>> = {
    'end-user': MESSAGING_HISTORY_QUERY,
    caller: VOICE_CALLER_HISTORY_QUERY,
    phone: VOICE_PHONE_HISTORY_QUERY
  };

  /** Takes who the customer is from the session record; a new customer (or record) starts a new list. */
  private anchorHistory(anchor: HistoryAnchor | null): void {
    const previous = this.historyAnchor;
    const same =
      previous !== null &&
      anchor !== null &&
      previous.recordId === anchor.recordId &&
      previous.customer?.key === anchor.customer?.key &&
      previous.customer?.value === anchor.customer?.value;
    if (same) {
      // Same list: keep it; the name may have become readable.
      this.historyAnchor = anchor;
      return;
    }
    this.historyAnchor = anchor;
    this.startHistory();
  }

  /** (Re)starts the list of earlier conversations for the current anchor and properties. */
  private startHistory(): void {
    this.historyList.start(this.historyOn ? this.historyAnchor : null, this.historyPage);
    const key = this.historyList.customerKey;
    this.historyQuery = key === null ? undefined : ConversationTranscript.QUERIES[key];
    this.showHistoryList();
  }

  /** Forgets the history of the previous record. */
  private resetHistory(): void {
    this.historyAnchor = null;
    this.historyList.start(null, this.historyPage);
    this.historyQuery = undefined;
    this.historyPager.start(null);
    this.historyEntriesQuery = undefined;
    this.historyEntryVariables = undefined;
    this.historyLoading = null;
    this.historyQueue = [];
    this.expandedSessions = [];
    this.historyLoads = {};
    this.timelineCache = null;
    this.allCache = null;
    this.showHistoryList();
  }

  private showHistoryList(): void {
    if (this.historyList.variables !== this.historyVariables) {
      this.historyVariables = this.historyList.variables;
    }
    if (this.historyList.state !== this.historyState) {
      this.historyState = this.historyList.state;
    }
  }

  private showHistoryEntries(): void {
    const id = this.historyLoading;
    if (this.historyPager.variables !== this.historyEntryVariables) {
      this.historyEntryVariables = this.historyPager.variables;
    }
    if (id === null) {
      return;
    }
    const state = this.historyPager.state;
    if (this.historyLoads[id] !== state) {
      this.historyLoads = { ...this.historyLoads, [id]: state };
    }
    if (state.status !== 'loading' && state.status !== 'partial') {
      // Done (or failed): the next expanded conversation gets the wire.
      this.historyLoading = null;
      this.loadNextSession();
    }
  }

  private loadNextSession(): void {
    if (this.historyLoading !== null) {
      return;
    }
    const next = this.historyQueue.shift();
    if (next === undefined) {
      return;
    }
    this.historyLoading = next;
    this.historyPager.start(next);
    this.historyEntriesQuery = ENTRIES_QUERY;
    this.showHistoryEntries();
  }

  /** Shows or hides an earlier conversation; its entries load the first time (or again after a failure). */
  private toggleSession(sessionId: string): void {
    if (!this.historyState.sessions.some((session) => session.id === sessionId)) {
      return;
    }
    if (this.expandedSessions.includes(sessionId)) {
      this.expandedSessions = this.expandedSessions.filter((id) => id !== sessionId);
      return;
    }
    this.expandedSessions = [...this.expandedSessions, sessionId];
    const load = this.historyLoads[sessionId];
    const failed = load !== undefined && load.status === 'error';
    if (
      (load === undefined || failed) &&
      this.historyLoading !== sessionId &&
      !this.historyQueue.includes(sessionId)
    ) {
      if (failed) {
        this.historyLoads = Object.fromEntries(
          Object.entries(this.historyLoads).filter(([id]) => id !== sessionId)
        );
      }
      this.historyQueue = [...this.historyQueue, sessionId];
      this.loadNextSession();
    }
  }

  /** "Load earlier conversation": expands the newest one not shown yet, else lists more. */
  handleLoadEarlier(): void {
    const next = this.historyState.sessions.find((session) => !this.expandedSessions.includes(session.id));
    if (next) {
      this.toggleSession(next.id);
    } else {
      this.handleHistoryMore();
    }
  }

  handleHistoryMore(): void {
    if (this.historyList.loadMore()) {
      this.showHistoryList();
    }
  }

  handleHistoryRetry(): void {
    this.historyList.retry();
    this.showHistoryList();
  }

  /** The entries of the expanded earlier conversations (oldest conversation first), then this one's. */
  get allEntries(): TranscriptEntry[] {
    const current = this.entries;
    const sections = this.earlierSectionsShown();
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
  private earlierSectionsShown(): Array<{ session: EarlierSession; entries: readonly TranscriptEntry[] }> {
    const shown: Array<{ session: EarlierSession; entries: readonly TranscriptEntry[] }> = [];
    const sessions = this.historyState.sessions;
    for (let i = sessions.length - 1; i >= 0; i--) {
      const session = sessions[i];
      const load = this.historyLoads[session.id];
      if (this.expandedSessions.includes(session.id) && load !== undefined) {
        shown.push({ session, entries: load.entries });
      }
    }
    return shown;
  }

  /** What the timeline's bookends depend on besides the displayed entries. */
  private get timelineKey(): string {
    const loads = this.historyState.sessions
      .map((session) => `${session.id}:${this.historyLoads[session.id]?.status ?? '-'}`)
      .join(',');
    return `${loads}|${this.expandedSessions.join(',')}|${this.locale}|${this.timeZone}|${
      this.historyAnchor?.name ?? ''
    }|${this.session?.statusLabel ?? ''}|${this.entries.length}`;
  }

  /** Every listed conversation (oldest first, this one last) with the displayed entries of each. */
  private timelineSections(): TimelineSection[] {
    const displayed = new Set(this.displayedEntries);
    const sections: TimelineSection[] = [];
    const sessions = this.historyState.sessions;
    for (let i = sessions.length - 1; i >= 0; i--) {
      const session = sessions[i];
      const load = this.historyLoads[session.id];
      const expanded = this.expandedSessions.includes(session.id);
      const status = load?.status;
      const bookend: SessionBookend = {
        sessionId: session.id,
        title: bookendTitle(session.name, false, LABELS),
        facts: bookendFacts(
          session,
          status === 'complete' ? load.entries.length : null,
          this.locale,
          this.timeZone,
          LABELS
        ),
        current: false,
        expanded,
        load: !expanded
          ? 'collapsed'
          : status === 'error'
            ? 'error'
            : status === undefined || status === 'loading' || status === 'partial'
              ? 'loading'
              : 'loaded',
        failed: session.status === 'Error'
      };
      const entries = expanded && load ? load.entries.filter((entry) => displayed.has(entry)) : [];
      sections.push({ bookend, entries });
    }
    sections.push({
      bookend: this.currentBookend(),
      entries: this.entries.filter((entry) => displayed.has(entry))
    });
    return sections;
  }

  private currentBookend(): SessionBookend {
    const info = this.session;
    const anchor = this.historyAnchor;
    const session: EarlierSession = {
      id: this.recordId ?? '',
      objectApiName: info?.objectApiName ?? anchor?.objectApiName ?? 'MessagingSession',
      name: anchor?.name ?? null,
      channel: info?.channelName ?? info?.channelTypeLabel ?? null,
      status: info?.status ?? null,
      statusLabel: info?.statusLabel ?? null,
      platformType: info?.platformType ?? null,
      start: info?.start ?? null,
      durationMs: info?.durationMs ?? null
    };
    return {
      sessionId: session.id,
      title: bookendTitle(session.name, true, LABELS),
      facts: bookendFacts(
        session,
        this.status === 'complete' ? this.entries.length : null,
        this.locale,
        this.timeZone,
        LABELS
      ),
      current: true,
      expanded: true,
      load: 'loaded',
      failed: session.status === 'Error'
    };
  }

  /** The history bar above the log: shown while the list loads, has sessions, or has something to say. */
  get showHistoryBar(): boolean {
    return this.historyOn && this.showSessionHeader && this.historyAnchor !== null;
  }

  get historyListing(): boolean {
    return this.historyState.status === 'loading' && this.historyState.sessions.length === 0;
  }

  get historyFailed(): boolean {
    return this.historyState.status === 'error';
  }

  /** "No earlier conversations" or "this record gives nothing to find the customer by". */
  get historyNote(): string {
    if (this.historyAnchor === null) {
      return '';
    }
    if (this.historyAnchor.customer === null) {
      if (!this.historyAnchor.customerKnown) {
        // The field is hidden from this user (or absent): nothing can be said either way.
        return '';
      }
      return this.historyAnchor.objectApiName === 'VoiceCall'
        ? LABELS.History_No_Customer_Voice
        : LABELS.History_No_Customer_Messaging;
    }
    return this.historyState.status === 'loaded' && this.historyState.sessions.length === 0
      ? LABELS.History_None
      : '';
  }

  get historyCountText(): string {
    const count = this.historyState.sessions.length;
    return count > 0
      ? formatLabel(
          LABELS.History_Count,
          `${count.toLocaleString(this.locale)}${this.historyState.hasMore ? '+' : ''}`
        )
      : '';
  }

  get canLoadEarlier(): boolean {
    const state = this.historyState;
    return (
      state.status === 'loaded' &&
      (state.sessions.some((session) => !this.expandedSessions.includes(session.id)) || state.hasMore)
    );
  }

  get canListMore(): boolean {
    return this.historyState.status === 'loaded' && this.historyState.hasMore;
  }

  /** The log shows this session's entries, or the bookends of a customer with history. */
  get showLog(): boolean {
    return this.hasEntries || this.historyState.sessions.length > 0;
  }

  /** Which conversation the current search match is in, when it is an earlier one. */
  get matchSessionText(): string {
    const match = this.currentMatch;
    if (match === null || this.expandedSessions.length === 0) {
      return '';
    }
    for (const { session, entries } of this.earlierSectionsShown()) {
      if (entries.some((entry) => entry.id === match.entryId)) {
        return formatLabel(
          LABELS.History_Match_Session,
          `${bookendTitle(session.name, false, LABELS)} (${bookendFacts(session, null, this.locale, this.timeZone, LABELS)})`
        );
      }
    }
    return '';
  }
}
