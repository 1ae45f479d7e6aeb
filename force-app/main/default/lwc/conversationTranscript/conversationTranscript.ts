import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/ldsUtils';
import { conversationEntries, type ConversationEntriesValue } from 'c/conversationEntriesApi';
import { entryCountText, type TranscriptEntry } from 'c/transcriptModel';
// Issue 6 (session context, lifecycle, live console log): imports.
import { getRecord, notifyRecordUpdateAvailable, type GetRecordResult } from 'lightning/uiRecordApi';
import { loadLiveLog } from 'c/conversationLiveLog';
import {
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

/**
 * Container component for MessagingSession and VoiceCall record pages: loads every ConversationEntry of
 * the record through our `conversationEntries` wire adapter (Lightning Data Service GraphQL, no Apex),
 * owns the loading / empty / error / partial states and hands entries to presentational children.
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

  labels = LABELS;
  locale: string = LOCALE;
  timeZone: string = TIME_ZONE;
  transcript: ConversationEntriesValue | undefined;

  @wire(conversationEntries, { recordId: '$recordId' })
  wiredTranscript(value: ConversationEntriesValue): void {
    this.transcript = value;
  }

  get heading(): string {
    return this.cardTitle && this.cardTitle.trim() !== '' ? this.cardTitle : LABELS.Transcript_Title;
  }

  /** CSS max-height for the log; long transcripts scroll (and are windowed) inside it. */
  get logMaxHeight(): string {
    const pixels = Number(this.height);
    return Number.isFinite(pixels) && pixels > 0 ? `${Math.max(160, Math.round(pixels))}px` : '';
  }

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

  get countText(): string {
    return entryCountText(this.entries.length, this.locale, LABELS);
  }

  handleRetry(): void {
    this.transcript?.retry();
  }

  handleCancel(): void {
    this.transcript?.cancel();
  }

  // ---------------------------------------------------------------------------------------------
  // Issue 6: session context (getRecord), lifecycle (auto-refresh when the session ends), manual
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
