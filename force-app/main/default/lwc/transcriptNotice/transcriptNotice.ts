import { LightningElement, api } from 'lwc';
import type { SessionNotice } from 'c/transcriptModel';

/**
 * Presentational component: an informational (never error) notice that explains the transcript's
 * state (session still open, message text kept outside ConversationEntry, an ended session without
 * entries) and where the full transcript can be read. It never loads data itself.
 */
export default class TranscriptNotice extends LightningElement {
  /** What to say (sessionNotice in the model); nothing renders when null. */
  @api notice: SessionNotice | null = null;

  get hasNotice(): boolean {
    return this.notice !== null && this.notice !== undefined;
  }

  get kind(): string {
    return this.notice?.kind ?? '';
  }

  get icon(): string {
    return this.notice?.kind === 'open' ? 'utility:clock' : 'utility:info';
  }
}
