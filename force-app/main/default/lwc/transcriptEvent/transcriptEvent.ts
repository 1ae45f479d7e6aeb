import TranscriptEntryBase from 'c/transcriptEntryBase';
import { actorTypeLabel, entryTypeLabel, eventIcon } from 'c/transcriptModel';
import { LABELS } from 'c/transcriptLabels';

/**
 * Presentational component: one centred event row (SLDS chat event) for System entries and every
 * non-Text entry type, including types this version does not know (shown by their raw value): icon,
 * name, what happened (or a system message's text) and time on one centred, muted line. Search
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

  /**
   * Text carried by an event (not a system message): shown under the event line, as the SLDS chat
   * event's agent message. A system message's text is the event line itself.
   */
  get hasAgentMessage(): boolean {
    return !this.isSystemMessage && this.hasText;
  }

  /**
   * The actor's name leads the line, except the generic "System" (no ActorName): every event row would
   * start with it. It stays for screen readers and search as assistive text.
   */
  get actorClass(): string {
    const generic =
      this.entry?.actorKind === 'System' && this.displayName === actorTypeLabel('System', LABELS);
    return generic ? 'transcript-actor slds-assistive-text' : 'transcript-actor';
  }

  get eventClass(): string {
    return this.entry?.messageStatus === 'Error' ? 'slds-chat-event slds-has-error' : 'slds-chat-event';
  }
}
