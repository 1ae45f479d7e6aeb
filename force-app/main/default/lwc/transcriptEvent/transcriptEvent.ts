import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import { actorDisplayName, entryTypeLabel, eventIcon, type TranscriptEntry } from 'c/transcriptModel';

/**
 * Presentational component: one centred event row (SLDS chat event) for System entries and every
 * non-Text entry type, including types this version does not know (shown by their raw value).
 */
export default class TranscriptEvent extends LightningElement {
  /** The normalised entry to show. */
  @api entry: TranscriptEntry | undefined;
  /** The entry time, already formatted for the user's locale and time zone. */
  @api timeText = '';
  /** The entry time as ISO-8601, for the `<time>` element. */
  @api timeIso = '';

  labels = LABELS;

  get actorName(): string {
    return this.entry ? actorDisplayName(this.entry, LABELS) : '';
  }

  /** A Text entry from System is a system message: its text is the event. */
  get isSystemMessage(): boolean {
    return this.entry?.entryType === 'Text';
  }

  get eventLabel(): string {
    return this.entry && !this.isSystemMessage ? entryTypeLabel(this.entry.entryType, LABELS) : '';
  }

  get iconName(): string {
    return eventIcon(this.entry?.entryType ?? '');
  }

  get message(): string | null {
    return this.entry?.message ?? null;
  }

  /** A system message with no stored text says so instead of showing nothing. */
  get showBlank(): boolean {
    return this.isSystemMessage && this.message === null;
  }

  get eventClass(): string {
    return this.entry?.messageStatus === 'Error' ? 'slds-chat-event slds-has-error' : 'slds-chat-event';
  }
}
