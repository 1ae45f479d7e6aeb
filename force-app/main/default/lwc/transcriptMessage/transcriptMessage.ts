import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import {
  actorDisplayName,
  actorIcon,
  actorTypeLabel,
  statusBadgeClass,
  statusLabel,
  type TranscriptEntry
} from 'c/transcriptModel';

/**
 * Presentational component: one chat bubble (SLDS chat message) for a Text entry by an end user,
 * agent, bot or supervisor. Shows the actor icon and name, the time, a status badge, an attachment
 * flag, and explains a blank Message instead of showing an empty bubble. Text is always rendered as text.
 */
export default class TranscriptMessage extends LightningElement {
  /** The normalised entry to show. */
  @api entry: TranscriptEntry | undefined;
  /** The entry time, already formatted for the user's locale and time zone. */
  @api timeText = '';
  /** The entry time as ISO-8601, for the `<time>` element. */
  @api timeIso = '';

  labels = LABELS;

  get displayName(): string {
    return this.entry ? actorDisplayName(this.entry, LABELS) : '';
  }

  get typeLabel(): string {
    return this.entry ? actorTypeLabel(this.entry.actorKind, LABELS) : '';
  }

  /** The actor type is shown next to the name unless the name already is the type label. */
  get showTypeLabel(): boolean {
    return this.typeLabel !== '' && this.typeLabel !== this.displayName;
  }

  get iconName(): string {
    return actorIcon(this.entry?.actorKind ?? 'Unknown');
  }

  get hasText(): boolean {
    return (this.entry?.message ?? null) !== null;
  }

  get isError(): boolean {
    return this.entry?.messageStatus === 'Error';
  }

  get textClass(): string {
    const layout = this.entry?.layout === 'inbound' ? 'inbound' : 'outbound';
    const kind = this.entry?.actorKind;
    const variant = layout === 'inbound' ? 'inbound' : kind === 'Agent' ? 'outbound' : 'outbound-agent';
    return `slds-chat-message__text slds-chat-message__text_${variant}${
      this.isError ? ' slds-chat-message__text_delivery-failure' : ''
    }${this.hasText ? '' : ' transcript-blank'}`;
  }

  get statusText(): string | null {
    return this.entry ? statusLabel(this.entry.messageStatus, this.entry.messageStatusCode, LABELS) : null;
  }

  get statusAssistive(): string {
    return formatLabel(LABELS.Status_Label, this.statusText ?? '');
  }

  get badgeClass(): string {
    return statusBadgeClass(this.entry?.messageStatus ?? null);
  }

  get hasAttachments(): boolean {
    return this.entry?.hasAttachments === true;
  }

  get saidLabel(): string {
    return this.timeText !== ''
      ? formatLabel(LABELS.Transcript_Said, this.displayName, this.timeText)
      : formatLabel(LABELS.Transcript_Said_No_Time, this.displayName);
  }
}
