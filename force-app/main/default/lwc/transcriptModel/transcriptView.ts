import { entryCountText, type Labels } from './display';
import type { ExportSource } from './exportPlan';
import type { HistoryBarView } from './historyController';
import type { LinkTarget } from './linkTarget';
import { logMaxHeight, type LoadView } from './loadView';
import type { TranscriptLoad } from './entryQuery';
import type { SearchMatch } from './search';
import type { SessionInfo, SessionNotice } from './session';
import type { RecordRef } from './sessionController';
import type { TranscriptTools, ToolsSource } from './tools';
import type { TranscriptParts } from './transcriptState';
import type { TranscriptEntry } from './types';
import { isFiltering, shownOfTotalText } from './view';

/** The component's properties the view reads (read when a value is asked for, never copied). */
export interface ViewOptions {
  readonly recordId: string | undefined;
  readonly objectApiName: string | undefined;
  readonly cardTitle: string | undefined;
  readonly height: unknown;
  readonly fitToPage: boolean;
  readonly newestFirst: boolean;
  readonly hideEventsOnLoad: boolean;
  readonly hideToolbar: boolean;
  readonly showHistory: boolean;
  readonly locale: string;
  readonly timeZone: string;
  /** Times shown as "5 minutes ago" instead of the clock time. */
  readonly relativeTime: boolean;
  /** The transient status line ('' when hidden). */
  readonly statusMessage: string;
}

/**
 * Pure model of what the container shows: every value its template binds, derived on demand from the
 * parts (each remembers its own results, so asking twice costs nothing) and the component's properties.
 * The container makes a new view after each change; a view never changes the parts.
 */
export class TranscriptView {
  constructor(
    private readonly parts: TranscriptParts,
    private readonly options: ViewOptions,
    private readonly labels: Labels,
    private readonly describeErrors: (errors: unknown) => string = () => ''
  ) {}

  get heading(): string {
    const title = this.options.cardTitle;
    return title && title.trim() !== '' ? title : this.labels.Transcript_Title;
  }

  /** What the pager has loaded. */
  get transcript(): TranscriptLoad {
    return this.parts.pager.state;
  }

  /** The friendly message of a failed load. */
  get errorMessage(): string {
    return this.describeErrors(this.transcript.errors);
  }

  get load(): LoadView {
    return this.parts.load.view(this.transcript, this.entries.length, this.options.locale);
  }

  get logMaxHeight(): string {
    return logMaxHeight(this.options.height, this.options.fitToPage, this.entries.length);
  }

  /** This conversation's ConversationEntry rows merged with the console's live log. */
  get entries(): TranscriptEntry[] {
    return this.parts.sessions.merged(this.transcript.entries);
  }

  /** The expanded earlier conversations' entries (oldest first), then this one's. */
  get allEntries(): TranscriptEntry[] {
    return this.parts.history.allEntries(this.entries);
  }

  /** What filtering and search work on. */
  get source(): ToolsSource {
    const { hideEventsOnLoad, newestFirst } = this.options;
    return { entries: this.allEntries, hideEventsOnLoad, newestFirst };
  }

  /** The entries the filter shows, in display order. */
  get displayedEntries(): readonly TranscriptEntry[] {
    return this.parts.tools.displayed(this.source);
  }

  /** The log's rows: the displayed entries, led by a bookend row per conversation once there is history. */
  get displayedForLog(): TranscriptEntry[] {
    const { recordId, locale, timeZone, newestFirst } = this.options;
    const current = {
      recordId: recordId ?? '',
      session: this.session,
      entries: this.entries,
      complete: this.transcript.status === 'complete',
      locale,
      timeZone
    };
    return this.parts.history.timeline(this.displayedEntries, current, newestFirst);
  }

  get tools(): TranscriptTools {
    return this.parts.tools;
  }

  get showEvents(): boolean {
    return this.parts.tools.showEvents(this.options.hideEventsOnLoad);
  }

  get matchCount(): number {
    return this.parts.tools.matches(this.source).length;
  }

  get currentMatch(): SearchMatch | null {
    return this.parts.tools.currentMatch(this.source);
  }

  /** "40 entries", or "12 of 40 entries shown" while a filter hides some. */
  get countText(): string {
    const { locale } = this.options;
    return isFiltering(this.parts.tools.filter(this.options.hideEventsOnLoad))
      ? shownOfTotalText(this.displayedEntries.length, this.entries.length, locale, this.labels)
      : entryCountText(this.entries.length, locale, this.labels);
  }

  /**
   * The toolbar is there from the first render while the first page loads (so the rows are all that is
   * left to draw when data arrives), stays while there are entries, and goes away for the empty and error
   * states, where it has nothing to act on.
   */
  get showToolbar(): boolean {
    const load = this.load;
    return !this.options.hideToolbar && (load.hasEntries || (load.isLoading && !load.hasError));
  }

  get filterHidesAll(): boolean {
    return this.load.hasEntries && this.displayedEntries.length === 0;
  }

  get exportScope(): string {
    return this.parts.exports.scope;
  }

  /** This session's entry count for the "This session only" export scope, offered with history loaded. */
  get exportSessionCount(): number | null {
    return this.parts.exports.sessionCount(this.exportSource);
  }

  /** The entry lists an export chooses from. */
  get exportSource(): ExportSource {
    const history = this.parts.history;
    const currentSession = {
      id: this.options.recordId ?? '',
      name: history.customer?.name ?? null,
      current: true
    };
    return {
      all: this.allEntries,
      current: this.entries,
      displayed: this.displayedEntries,
      earlier: history.earlierShown(),
      currentSession
    };
  }

  get session(): SessionInfo | null {
    return this.parts.sessions.session;
  }

  get sessionNotice(): SessionNotice | null {
    return this.parts.sessions.notice(this.entries, this.transcript.status, this.labels);
  }

  /** The session header (and getRecord) only for a MessagingSession or VoiceCall page. */
  get showSessionHeader(): boolean {
    return this.parts.sessions.fields(this.record) !== undefined;
  }

  get liveEntryCount(): number {
    return this.parts.sessions.liveCount(this.entries);
  }

  /** The generic empty state gives way to the session notice, which says more. */
  get showEmptyState(): boolean {
    return this.load.isEmpty && this.sessionNotice === null;
  }

  get historyBar(): HistoryBarView {
    return this.parts.history.bar(this.options.locale);
  }

  /** The history bar above the log: shown while the list loads, has sessions, or has something to say. */
  get showHistoryBar(): boolean {
    return this.options.showHistory && this.showSessionHeader && this.parts.history.customer !== null;
  }

  /** The log shows this session's entries, or the bookends of a customer with history. */
  get showLog(): boolean {
    return this.load.hasEntries || this.parts.history.state.sessions.length > 0;
  }

  /** Which conversation the current search match is in, when it is an earlier one. */
  get matchSessionText(): string {
    const { locale, timeZone } = this.options;
    return this.parts.history.matchSessionText(this.currentMatch?.entryId ?? null, locale, timeZone);
  }

  get timeMode(): 'relative' | 'absolute' {
    return this.options.relativeTime ? 'relative' : 'absolute';
  }

  /** The status line's classes: it floats over the log (never moving it) and is styled only when shown. */
  get statusClass(): string {
    const shown = this.options.statusMessage === '' ? '' : ' transcript-status-message_shown';
    return `slds-text-body_small transcript-status-message${shown}`;
  }

  get link(): LinkTarget {
    return this.parts.link;
  }

  private get record(): RecordRef {
    return { recordId: this.options.recordId, objectApiName: this.options.objectApiName };
  }
}
