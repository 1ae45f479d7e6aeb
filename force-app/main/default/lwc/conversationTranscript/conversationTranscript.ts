import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/ldsUtils';
import { graphql, type GraphQLDocument, type GraphQLWireResult } from 'lightning/graphql';
import { getRecord, notifyRecordUpdateAvailable, type GetRecordResult } from 'lightning/uiRecordApi';
import { loadLiveLog } from 'c/conversationLiveLog';
import { ENTRIES_QUERY } from './entriesQuery';
import {
  MESSAGING_HISTORY_QUERY,
  VOICE_CALLER_HISTORY_QUERY,
  VOICE_PHONE_HISTORY_QUERY
} from './historyQuery';
import { Downloads, Timers, copyText, keyPressOf, pageLocation, watchHash } from './browserActions';
import {
  TranscriptView,
  createTranscriptParts,
  toolShortcut,
  type CustomerKey,
  type EntryCopyAction,
  type EntryPager,
  type EntryQueryVariables,
  type ExportAction,
  type ExportScope,
  type FilterChange,
  type HistoryQueryVariables,
  type PagerCommand,
  type RecordRef,
  type TranscriptLoad
} from 'c/transcriptModel';

interface ToolbarElement extends HTMLElement {
  focusSearch(): void;
}

interface LogElement extends HTMLElement {
  scrollToEntry(entryId: string): boolean;
  scrollToEdge(edge: 'first' | 'last'): void;
  printTranscript(): void;
}

const HISTORY_QUERIES: Readonly<Record<CustomerKey, GraphQLDocument>> = {
  'end-user': MESSAGING_HISTORY_QUERY,
  caller: VOICE_CALLER_HISTORY_QUERY,
  phone: VOICE_PHONE_HISTORY_QUERY
};

/**
 * Container component for MessagingSession and VoiceCall record pages. It only composes: its wires
 * (ConversationEntry pages through `@wire(graphql)`, the session record through getRecord, the customer's
 * earlier conversations) feed the pure models of c/transcriptModel, the presentational children show
 * what the models say, and the children's events become model calls. Browser side effects live in
 * ./browserActions. Searching, filtering and exporting work on the loaded entries: they never query again.
 */
export default class ConversationTranscript extends LightningElement {
  /** The MessagingSession or VoiceCall record id; a new one clears everything read for the previous one. */
  @api
  get recordId(): string | undefined {
    return this.record.recordId;
  }
  set recordId(value: string | undefined) {
    this.setRecord({ ...this.record, recordId: value });
  }

  /** The record page's object API name (MessagingSession or VoiceCall). */
  @api
  get objectApiName(): string | undefined {
    return this.record.objectApiName;
  }
  set objectApiName(value: string | undefined) {
    this.setRecord({ ...this.record, objectApiName: value });
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
    return this.parts.history.enabled;
  }
  set showHistory(value: boolean) {
    if (this.parts.history.setEnabled(value)) this.changed();
  }

  /** How many earlier conversations one page of the list holds (App Builder; 1–20, default 20). */
  @api
  get historyLimit(): number {
    return this.parts.history.pageSize;
  }
  set historyLimit(value: number | string | undefined) {
    if (this.parts.history.setPageSize(value)) this.changed();
  }

  labels = LABELS;
  locale: string = LOCALE;
  timeZone: string = TIME_ZONE;
  relativeTime = false;
  now = Date.now();
  statusMessage = '';
  /** What the pager has loaded (its snapshot: a new object per change). */
  private transcript: TranscriptLoad;
  /** The wires' inputs, copied from the models by `changed` (a new object makes a wire ask again). */
  entryVariables: EntryQueryVariables | undefined;
  historyQuery: GraphQLDocument | undefined;
  historyVariables: HistoryQueryVariables | undefined;
  historyEntriesQuery: GraphQLDocument | undefined;
  historyEntryVariables: EntryQueryVariables | undefined;

  private readonly parts = createTranscriptParts(LABELS);
  /**
   * What the template shows, made anew after every change: LWC re-renders when a field read while rendering
   * is reassigned, not when a class instance changes inside.
   */
  view = new TranscriptView(this.parts, this, LABELS);
  private record: RecordRef = { recordId: undefined, objectApiName: undefined };
  private pendingMatchScroll = false;
  private readonly downloads = new Downloads();
  private readonly timers = new Timers(
    (message) => (this.statusMessage = message),
    () => (this.now = Date.now())
  );
  private unwatchHash: (() => void) | undefined;

  constructor() {
    super();
    this.transcript = this.parts.pager.state;
  }

  @wire(graphql, { query: ENTRIES_QUERY, variables: '$entryVariables' })
  wiredEntries(result: GraphQLWireResult): void {
    this.run(this.parts.pager, this.parts.pager.receive(result));
  }

  @wire(graphql, { query: '$historyQuery', variables: '$historyVariables' })
  wiredHistory(result: GraphQLWireResult): void {
    this.parts.history.receiveList(result);
    this.changed();
  }

  @wire(graphql, { query: '$historyEntriesQuery', variables: '$historyEntryVariables' })
  wiredHistoryEntries(result: GraphQLWireResult): void {
    this.run(this.parts.history, this.parts.history.receiveEntries(result));
  }

  @wire(getRecord, { recordId: '$sessionRecordId', optionalFields: '$sessionFields' })
  wiredSession({ data, error }: GetRecordResult): void {
    const answer = this.parts.sessions.receive(data, error, this.record);
    if (answer.anchor !== undefined) this.parts.history.setAnchor(answer.anchor);
    if (answer.reload) this.run(this.parts.pager, this.parts.pager.reload());
    if (answer.askLiveLog) this.requestLiveLog(false);
    if (answer.accepted) this.changed();
  }

  /** getRecord only runs for a MessagingSession or VoiceCall page. */
  get sessionRecordId(): string | undefined {
    return this.sessionFields ? this.recordId : undefined;
  }

  get sessionFields(): string[] | undefined {
    return this.parts.sessions.fields(this.record);
  }

  override connectedCallback(): void {
    this.parts.pager.connect();
    this.unwatchHash = watchHash(() => this.readLinkTarget());
    this.readLinkTarget();
  }

  override disconnectedCallback(): void {
    this.parts.pager.disconnect();
    this.unwatchHash?.();
    this.downloads.revoke();
    this.timers.stopAll();
  }

  override renderedCallback(): void {
    const { link, tools } = this.parts;
    const step = link.next(this.view.allEntries, this.view.displayedEntries, this.transcript.status);
    if (step === 'clear-filter') tools.clearFilter();
    if (step === 'scroll' && link.entryId !== null)
      link.scrolled(this.log?.scrollToEntry(link.entryId) === true);
    const match = this.pendingMatchScroll ? this.view.currentMatch : null;
    this.pendingMatchScroll = false;
    if (match) this.log?.scrollToEntry(match.entryId);
    if (step === 'stopped' || step === 'clear-filter') this.changed();
  }

  /** A new record (or object): forgets everything read for the previous one and starts loading. */
  private setRecord(record: RecordRef): void {
    if (record.recordId === this.record.recordId && record.objectApiName === this.record.objectApiName)
      return;
    this.record = record;
    const { pager, tools, sessions, history, link } = this.parts;
    pager.start(record.recordId);
    sessions.reset();
    tools.reset();
    history.reset();
    link.reset(pageLocation().hash);
    this.pendingMatchScroll = false;
    this.statusMessage = '';
    this.changed();
  }

  /** Carries out what a pager asks (refresh an answer), then shows its new state. */
  private run(pager: Pick<EntryPager, 'refreshSettled' | 'refreshFailed'>, command: PagerCommand): void {
    command?.refresh().then(
      () => {
        pager.refreshSettled();
        this.changed();
      },
      (error: unknown) => {
        pager.refreshFailed(error);
        this.changed();
      }
    );
    this.changed();
  }

  /** After any model change: copies the wires' inputs and the pager's state to fields, and re-renders. */
  private changed(): void {
    const { pager, history, link, tools } = this.parts;
    this.entryVariables = pager.variables;
    const key = history.customerKey;
    this.historyQuery = key === null ? undefined : HISTORY_QUERIES[key];
    this.historyVariables = history.listVariables;
    this.historyEntriesQuery = history.entriesWanted ? ENTRIES_QUERY : undefined;
    this.historyEntryVariables = history.entryVariables;
    if (pager.state !== this.transcript) {
      this.transcript = pager.state;
      this.now = Date.now();
      link.entriesChanged();
      tools.clampMatch(this.view.source);
    }
    this.view = new TranscriptView(this.parts, this, LABELS);
  }

  private readLinkTarget(): void {
    this.parts.link.read(pageLocation().hash);
    this.changed();
  }

  /** Asks the console for its live log when the session model says so. */
  private requestLiveLog(force: boolean): void {
    const recordId = this.parts.sessions.liveLogRequest(this.record, force);
    if (recordId !== null) {
      loadLiveLog(recordId).then((result) => {
        if (this.parts.sessions.receiveLiveLog(recordId, this.recordId, result)) this.changed();
      });
    }
  }

  get errorMessage(): string {
    return friendlyErrorMessage(classifyError(this.view.transcript.errors), LABELS);
  }

  get timeMode(): string {
    return this.relativeTime ? 'relative' : 'absolute';
  }

  /** The status line floats over the log (never moving it) and is styled only when shown. */
  get statusClass(): string {
    const shown = this.statusMessage === '' ? '' : ' transcript-status-message_shown';
    return `slds-text-body_small transcript-status-message${shown}`;
  }

  private get log(): LogElement | null {
    return this.template?.querySelector<LogElement>('c-transcript-log') ?? null;
  }

  handleRetry(): void {
    this.run(this.parts.pager, this.parts.pager.retry());
  }

  handleCancel(): void {
    this.parts.pager.cancel();
    this.changed();
  }

  handleFilterChange(event: CustomEvent<FilterChange>): void {
    this.parts.tools.changeFilter(event.detail, this.view.source);
    this.changed();
  }

  /** Shows every actor type and the events again. */
  clearFilter(): void {
    this.parts.tools.clearFilter();
    this.changed();
  }

  handleSearchChange(event: CustomEvent<{ term: string }>): void {
    this.pendingMatchScroll = this.parts.tools.search(event.detail.term, this.view.source) !== null;
    this.changed();
  }

  handleSearchStep(event: CustomEvent<{ direction: 1 | -1 }>): void {
    const match = this.parts.tools.step(event.detail.direction, this.view.source);
    if (match) this.pendingMatchScroll = !this.log?.scrollToEntry(match.entryId);
    this.changed();
  }

  /** Ctrl+F / Cmd+F or "/" focuses the search box; Ctrl+P / Cmd+P prints every entry. */
  handleKeydown(event: KeyboardEvent): void {
    const shortcut = toolShortcut(keyPressOf(event));
    if (shortcut === 'find' && this.view.showToolbar) {
      event.preventDefault();
      this.template?.querySelector<ToolbarElement>('c-transcript-toolbar')?.focusSearch();
    } else if (shortcut === 'print' && this.log) {
      event.preventDefault();
      this.log.printTranscript();
    }
  }

  handleTimeMode(event: CustomEvent<{ relative: boolean }>): void {
    this.now = Date.now();
    this.relativeTime = event.detail.relative === true;
    this.timers.runClock(this.relativeTime);
  }

  handleJump(event: CustomEvent<{ edge: 'first' | 'last' }>): void {
    this.log?.scrollToEdge(event.detail.edge === 'first' ? 'first' : 'last');
  }

  handleExportScope(event: CustomEvent<{ scope: ExportScope }>): void {
    this.parts.exports.setScope(event.detail.scope);
    this.changed();
  }

  async handleExportAction(event: CustomEvent<{ action: ExportAction }>): Promise<void> {
    const { exports } = this.parts;
    const context = {
      recordId: this.recordId ?? null,
      now: Date.now(),
      locale: this.locale,
      timeZone: this.timeZone
    };
    const job = exports.job(event.detail.action, this.view.exportSource, context);
    if (job.kind === 'copy') {
      this.showStatus(exports.copiedText(await copyText(job.text), job.count, this.locale));
    } else if (job.kind === 'download') {
      this.downloads.download(job.fileName, job.content, job.mimeType);
      this.showStatus(exports.downloadedText(job.fileName));
    } else {
      this.log?.printTranscript();
    }
  }

  async handleEntryAction(
    event: CustomEvent<{ action: EntryCopyAction | 'toggle-session'; entryId: string }>
  ): Promise<void> {
    const { action, entryId } = event.detail;
    if (action === 'toggle-session') {
      this.parts.history.toggle(entryId);
      this.changed();
      return;
    }
    const entry = this.view.allEntries.find((candidate) => candidate.id === entryId);
    if (entry) {
      const copied = await copyText(this.parts.exports.entryCopy(action, entry, pageLocation().href));
      this.showStatus(this.parts.exports.entryCopiedText(action, copied));
    }
  }

  /** A copy that finished after the component was removed shows nothing and leaves no timer behind. */
  private showStatus(message: string): void {
    if (this.isConnected) this.timers.status(message);
  }

  handleSessionRefresh(): void {
    const recordId = this.recordId;
    if (recordId) notifyRecordUpdateAvailable([{ recordId }]).catch(() => undefined);
    this.run(this.parts.pager, this.parts.pager.reload());
    this.requestLiveLog(true);
  }

  handleLoadEarlier(): void {
    this.parts.history.loadEarlier();
    this.changed();
  }

  handleHistoryMore(): void {
    if (this.parts.history.listMore()) this.changed();
  }

  handleHistoryRetry(): void {
    this.parts.history.retry();
    this.changed();
  }
}
