import TranscriptEntryBase from 'c/transcriptEntryBase';
import { entryTypeLabel, eventIcon } from 'c/transcriptModel';
import { LABELS } from 'c/transcriptLabels';

/**
 * Presentational component: one centred event row (SLDS chat event) for System entries and every
 * non-Text entry type, including types this version does not know (shown by their raw value). Search
 * matches are highlighted as text segments; per-entry actions as for messages.
 */
export default class TranscriptEvent extends TranscriptEntryBase {
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

  /** A system message with no stored text says so instead of showing nothing. */
  get showBlank(): boolean {
    return this.isSystemMessage && this.message === null;
  }

  get eventClass(): string {
    return this.entry?.messageStatus === 'Error' ? 'slds-chat-event slds-has-error' : 'slds-chat-event';
  }
}
