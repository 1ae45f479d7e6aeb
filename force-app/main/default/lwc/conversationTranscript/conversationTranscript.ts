import { LightningElement, api, wire } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import { classifyError, friendlyErrorMessage } from 'c/ldsUtils';
import { conversationEntries, type ConversationEntriesValue } from 'c/conversationEntriesApi';
import { entryCountText, type TranscriptEntry } from 'c/transcriptModel';

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
    return this.transcript?.entries ?? [];
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
}
