import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/ldsUtils';
import { conversationEntries, type ConversationEntriesValue } from 'c/conversationEntriesApi';
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
  type SearchMatch,
  type TranscriptEntry,
  isSessionEndTransition,
  liveCount,
  mergeLiveEntries,
  readSessionRecord,
  sessionFieldsFor,
  sessionNotice,
  sessionObjectOf,
  type SessionInfo,
  type SessionNotice,
  type SessionPhase
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

/**
 * Container component for MessagingSession and VoiceCall record pages: loads every ConversationEntry of
 * the record through our `conversationEntries` wire adapter (Lightning Data Service GraphQL, no Apex),
 * owns the loading / empty / error / partial states and the agent tools' state (search, filter,
 * export, print, time display, links to one entry) and hands entries to presentational children.
 * Searching, filtering and exporting work on the loaded entries: they never query again.
 */
export default class ConversationTranscript extends LightningElement {
  /** The MessagingSession or VoiceCall record id, set by the record page. */
  @api recordId: string | undefined;
  /** The record page's object API name (MessagingSession or VoiceCall). */
  @api objectApiName: string | undefined;
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

  labels = LABELS;
  locale: string = LOCALE;
  timeZone: string = TIME_ZONE;
  transcript: ConversationEntriesValue | undefined;

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

  private revealTarget = false;
  /** The linked entry was scrolled to once: later pages or reloads leave the user's scroll alone. */
  private targetRevealed = false;
  private pendingMatchScroll = false;
  private lastDownloadUrl: string | null = null;
  /** The relative-time clock (see handleTimeMode). */
  private clock: ReturnType<typeof setInterval> | undefined;
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

  @wire(conversationEntries, { recordId: '$recordId' })
  wiredTranscript(value: ConversationEntriesValue): void {
    this.transcript = value;
    this.now = Date.now();
    if (this.targetEntryId !== null && !this.linkNotFound && !this.targetRevealed) {
      this.revealTarget = true;
    }
    if (this.matchIndex >= this.matches.length) {
      this.matchIndex = this.matches.length > 0 ? 0 : -1;
    }
  }

  override connectedCallback(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.readLinkTarget();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.revokeDownload();
    this.stopClock();
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
    return this.transcript?.status ?? 'loading';
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
      (this.status === 'complete' || this.status === 'cancelled') &&
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
    return friendlyErrorMessage(classifyError(this.transcript?.errors), LABELS);
  }

  get errors(): unknown {
    return this.transcript?.errors;
  }

  get isLoadingMore(): boolean {
    return this.hasEntries && this.status === 'partial';
  }

  get progressText(): string {
    const loaded = this.entries.length.toLocaleString(this.locale);
    const total = this.transcript?.totalCount;
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
    return this.transcript?.unreadable.length ?? 0;
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
    this.transcript?.retry();
  }

  handleCancel(): void {
    this.transcript?.cancel();
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
    if (this.memo.entries !== this.entries || this.memo.filterKey !== filterKey || !this.memo.displayed) {
      this.memo.entries = this.entries;
      this.memo.filterKey = filterKey;
      this.memo.displayed = orderEntries(
        filterEntries(this.entries, this.filter),
        this.newestFirst ? 'newest' : 'oldest'
      );
    }
    return this.memo.displayed;
  }

  get displayedForLog(): TranscriptEntry[] {
    return this.displayedEntries as TranscriptEntry[];
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
      this.memo.index = buildSearchIndex(displayed);
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
    this.exportScope = event.detail.scope === 'all' ? 'all' : 'shown';
  }

  /** The entries an export writes: what the filter shows (in display order), or every loaded entry. */
  get exportEntries(): readonly TranscriptEntry[] {
    return this.exportScope === 'all' ? this.entries : this.displayedEntries;
  }

  async handleExportAction(event: CustomEvent<{ action: string }>): Promise<void> {
    const action = event.detail.action;
    const entries = this.exportEntries;
    const options = { labels: LABELS, locale: this.locale, timeZone: this.timeZone };
    if (action === 'copy') {
      const copied = await this.copyText(toPlainText(entries, options));
      this.statusMessage = copied
        ? formatLabel(LABELS.Export_Copied, entryCountText(entries.length, this.locale, LABELS))
        : LABELS.Export_Copy_Failed;
    } else if (action === 'txt') {
      this.download('txt', toPlainText(entries, options));
    } else if (action === 'csv') {
      this.download('csv', toCsv(entries));
    } else if (action === 'json') {
      this.download('json', toJson(entries));
    } else if (action === 'print') {
      this.print();
    }
  }

  async handleEntryAction(event: CustomEvent<{ action: string; entryId: string }>): Promise<void> {
    const entry = this.entries.find((candidate) => candidate.id === event.detail.entryId);
    if (!entry) {
      return;
    }
    if (event.detail.action === 'copy-link') {
      const copied = await this.copyText(entryLink(window.location.href, entry.id));
      this.statusMessage = copied ? LABELS.Entry_Link_Copied : LABELS.Export_Copy_Failed;
    } else if (event.detail.action === 'copy-text') {
      const text = entry.message ?? entryTypeLabel(entry.entryType, LABELS);
      const copied = await this.copyText(text);
      this.statusMessage = copied ? LABELS.Entry_Text_Copied : LABELS.Export_Copy_Failed;
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
    this.statusMessage = formatLabel(LABELS.Export_Downloaded, fileName);
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
    const entry = this.entries.find((candidate) => candidate.id === id);
    if (!entry) {
      if (this.status === 'complete' || this.status === 'cancelled' || this.status === 'error') {
        this.revealTarget = false;
        this.linkNotFound = this.status === 'complete';
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
    entries: TranscriptEntry[];
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
    if (data) {
      const session = readSessionRecord(data);
      const previous = this.sessionPhase;
      this.session = session;
      this.sessionPhase = session?.phase ?? null;
      if (session && isSessionEndTransition(previous, session.phase)) {
        this.transcript?.reload();
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
    const entries = this.transcript?.entries ?? [];
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
    this.transcript?.reload();
    this.requestLiveLog(true);
  }
}
