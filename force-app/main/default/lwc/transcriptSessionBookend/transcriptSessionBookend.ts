import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import type { SessionBookend } from 'c/transcriptModel';

/**
 * Presentational component: the divider row that leads one conversation of the customer's history in
 * the log (its name, then channel, start, duration, entry count and status), with a button that shows or
 * hides an earlier conversation's entries. The button dispatches `entryaction` { action: 'toggle-session',
 * entryId: <session id> } like the other rows' actions; it never loads data itself.
 */
export default class TranscriptSessionBookend extends LightningElement {
  @api bookend: SessionBookend | null = null;

  labels = LABELS;

  get heading(): string {
    return this.bookend?.title ?? '';
  }

  get facts(): string {
    return this.bookend?.facts ?? '';
  }

  get canToggle(): boolean {
    return this.bookend !== null && !this.bookend.current;
  }

  get expanded(): string {
    return this.bookend?.expanded ? 'true' : 'false';
  }

  get toggleLabel(): string {
    return this.bookend?.expanded ? LABELS.History_Hide : LABELS.History_Show;
  }

  get toggleIcon(): string {
    return this.bookend?.expanded ? 'utility:chevrondown' : 'utility:chevronright';
  }

  get isLoading(): boolean {
    return this.bookend?.load === 'loading';
  }

  get loadFailed(): boolean {
    return this.bookend?.load === 'error';
  }

  get bookendClass(): string {
    const base = 'transcript-bookend';
    return this.bookend?.failed ? `${base} transcript-bookend_error` : base;
  }

  handleToggle(): void {
    const bookend = this.bookend;
    if (bookend && !bookend.current) {
      this.dispatchEvent(
        new CustomEvent('entryaction', { detail: { action: 'toggle-session', entryId: bookend.sessionId } })
      );
    }
  }
}
