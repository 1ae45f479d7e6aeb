import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/transcriptModel';
import { graphql, type GraphQLDocument, type GraphQLWireResult } from 'lightning/graphql';
import { getRecord, notifyRecordUpdateAvailable, type GetRecordResult } from 'lightning/uiRecordApi';
import { loadLiveLog } from 'c/conversationLiveLog';
import { ENTRIES_QUERY } from './entriesQuery';
import { HISTORY_QUERIES } from './historyQuery';
import { BrowserActions, shortcutOf, type LogElement, type ToolbarElement } from './browserActions';
import {
  TranscriptState,
  type EntryCopyAction,
  type EntryQueryVariables,
  type ExportAction,
  type ExportScope,
  type FilterChange,
  type HistoryQueryVariables,
  type TranscriptView
} from 'c/transcriptModel';

/**
 * Container component for MessagingSession and VoiceCall record pages. It only composes: its wires
 * (ConversationEntry pages through `@wire(graphql)`, the session record through getRecord, the customer's
 * earlier conversations) feed the pure model (TranscriptState in c/transcriptModel), the presentational
 * children show its TranscriptView, and the children's events become model calls. Browser side effects
 * live in ./browserActions. Searching, filtering and exporting work on the loaded entries: they never
 * query again.
 */
export default class ConversationTranscript extends LightningElement {
  /** The MessagingSession or VoiceCall record id; a new one clears everything read for the previous one. */
  @api
  get recordId(): string | undefined {
    return this.state.recordRef.recordId;
  }
  set recordId(recordId: string | undefined) {
    if (this.state.setRecord({ recordId }, this.browser.hash)) this.recordChanged();
  }

  /** The record page's object API name (MessagingSession or VoiceCall). */
  @api
  get objectApiName(): string | undefined {
    return this.state.recordRef.objectApiName;
  }
  set objectApiName(objectApiName: string | undefined) {
    if (this.state.setRecord({ objectApiName }, this.browser.hash)) this.recordChanged();
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
  /** The wires' inputs, copied from the model by `changed` (a new object makes a wire ask again). */
  entryVariables: EntryQueryVariables | undefined;
  historyQuery: GraphQLDocument | undefined;
  historyVariables: HistoryQueryVariables | undefined;
  historyEntriesQuery: GraphQLDocument | undefined;
  historyEntryVariables: EntryQueryVariables | undefined;

  private readonly state = new TranscriptState<GraphQLDocument>({
    labels: LABELS,
    options: this,
    queries: { entries: ENTRIES_QUERY, history: HISTORY_QUERIES },
    errorMessage: (errors) => friendlyErrorMessage(classifyError(errors), LABELS),
    loadLiveLog,
    changed: () => this.changed()
  });
  private readonly parts = this.state.parts;
  /**
   * What the template shows, made anew after every change: LWC re-renders when a field read while
   * rendering is reassigned, not when a class instance changes inside.
   * https://developer.salesforce.com/docs/platform/lwc/guide/reactivity-fields.html
   */
  view: TranscriptView = this.state.settle().view;
  private readonly browser = new BrowserActions(
    (message) => (this.statusMessage = message),
    () => (this.now = Date.now())
  );

  @wire(graphql, { query: ENTRIES_QUERY, variables: '$entryVariables' })
  wiredEntries(result: GraphQLWireResult): void {
    if (this.state.receiveEntries(result)) this.changed();
  }

  @wire(graphql, { query: '$historyQuery', variables: '$historyVariables' })
  wiredHistory(result: GraphQLWireResult): void {
    if (this.state.receiveHistoryList(result)) this.changed();
  }

  @wire(graphql, { query: '$historyEntriesQuery', variables: '$historyEntryVariables' })
  wiredHistoryEntries(result: GraphQLWireResult): void {
    if (this.state.receiveHistoryEntries(result)) this.changed();
  }

  /** getRecord only runs for a MessagingSession or VoiceCall page. */
  @wire(getRecord, { recordId: '$sessionRecordId', optionalFields: '$sessionFields' })
  wiredSession({ data, error }: GetRecordResult): void {
    if (this.state.receiveSession(data, error)) this.changed();
  }

  get sessionRecordId(): string | undefined {
    return this.sessionFields ? this.recordId : undefined;
  }

  get sessionFields(): string[] | undefined {
    return this.parts.sessions.fields(this.state.recordRef);
  }

  override connectedCallback(): void {
    this.parts.pager.connect();
    this.browser.watchHash(() => this.readLinkTarget());
    this.readLinkTarget();
  }

  override disconnectedCallback(): void {
    this.parts.pager.disconnect();
    this.browser.stop();
  }

  override renderedCallback(): void {
    const step = this.state.linkStep(this.view);
    const target = this.view.link.entryId;
    if (step === 'scroll' && target !== null) {
      this.view.link.scrolled(this.log?.scrollToEntry(target) === true);
    }
    const match = this.state.takeMatchScroll(this.view);
    if (match) this.log?.scrollToEntry(match.entryId);
    if (step === 'stopped' || step === 'clear-filter' || step === 'load-session') this.changed();
  }

  private recordChanged(): void {
    this.statusMessage = '';
    this.changed();
  }

  /** After any model change: copies the wires' inputs to the wired fields and shows a new view. */
  private changed(): void {
    const { view, loadChanged } = this.state.settle();
    Object.assign(this, this.state.wires);
    if (loadChanged) this.now = Date.now();
    this.view = view;
  }

  private readLinkTarget(): void {
    this.parts.link.read(this.browser.hash);
    this.changed();
  }

  private get log(): LogElement | null {
    return this.template?.querySelector<LogElement>('c-transcript-log') ?? null;
  }

  handleRetry(): void {
    this.state.retry();
    this.changed();
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
    this.state.search(event.detail.term, this.view, (id) => this.log?.scrollToEntry(id) === true);
    this.changed();
  }

  handleSearchStep(event: CustomEvent<{ direction: 1 | -1 }>): void {
    this.state.step(event.detail.direction, this.view, (id) => this.log?.scrollToEntry(id) === true);
    this.changed();
  }

  /** Ctrl+F / Cmd+F or "/" focuses the search box; Ctrl+P / Cmd+P prints every entry. */
  handleKeydown(event: KeyboardEvent): void {
    const shortcut = shortcutOf(event);
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
    this.browser.runClock(this.relativeTime);
  }

  handleJump(event: CustomEvent<{ edge: 'first' | 'last' }>): void {
    this.log?.scrollToEdge(event.detail.edge === 'first' ? 'first' : 'last');
  }

  handleExportScope(event: CustomEvent<{ scope: ExportScope }>): void {
    this.parts.exports.setScope(event.detail.scope);
    this.changed();
  }

  async handleExportAction(event: CustomEvent<{ action: ExportAction }>): Promise<void> {
    const job = this.state.exportJob(event.detail.action, this.view, Date.now());
    if (job.kind === 'print') {
      this.log?.printTranscript();
    } else {
      this.showStatus(job.status(await this.browser.carryOut(job)));
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
    const job = this.state.entryJob(action, entryId, this.view, this.browser.href);
    if (job) this.showStatus(job.status(await this.browser.carryOut(job)));
  }

  /** A copy that finished after the component was removed shows nothing and leaves no timer behind. */
  private showStatus(message: string): void {
    if (this.isConnected) this.browser.status(message);
  }

  handleSessionRefresh(): void {
    const recordId = this.recordId;
    if (recordId) notifyRecordUpdateAvailable([{ recordId }]).catch(() => undefined);
    this.state.refresh();
    this.changed();
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
