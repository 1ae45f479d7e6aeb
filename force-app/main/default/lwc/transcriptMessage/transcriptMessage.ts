import { api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import TranscriptEntryBase from 'c/transcriptEntryBase';
import { actorIcon, actorTypeLabel, statusLabel, fillTemplate } from 'c/transcriptModel';

/**
 * Presentational component: one chat bubble (SLDS chat message) for a Text entry by an end user,
 * agent, bot or supervisor. Shows the actor icon (on the bubble's outer side) and name, the time (full
 * timestamps in its tooltip), the voice duration, the delivery status as quiet text (an Error with its
 * icon and code), an attachment flag and the per-entry actions (the avatar only on
 * the first of consecutive messages by one actor), and explains a
 * blank Message instead of showing an empty bubble. Search matches are highlighted as text segments;
 * text is always rendered as text.
 */
export default class TranscriptMessage extends TranscriptEntryBase {
  /**
   * The message above is by the same actor: the avatar is left out and the SLDS faux-avatar modifier
   * keeps the bubble aligned ("apply slds-chat-message_faux-avatar to any consecutive messages").
   */
  @api continued = false;

  get showAvatar(): boolean {
    return !this.continued;
  }

  get messageClass(): string {
    const side = this.entry?.layout === 'inbound' ? '' : ' transcript-message_outbound';
    return this.continued
      ? `slds-chat-message slds-chat-message_faux-avatar${side}`
      : `slds-chat-message${side}`;
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
    return fillTemplate(LABELS.Status_Label, this.statusText ?? '');
  }

  get statusClass(): string {
    return this.isError ? 'transcript-status transcript-status_error' : 'transcript-status';
  }

  get hasAttachments(): boolean {
    return this.entry?.hasAttachments === true;
  }

  get saidLabel(): string {
    return this.timeText !== ''
      ? fillTemplate(LABELS.Transcript_Said, this.displayName, this.timeText)
      : fillTemplate(LABELS.Transcript_Said_No_Time, this.displayName);
  }
}
