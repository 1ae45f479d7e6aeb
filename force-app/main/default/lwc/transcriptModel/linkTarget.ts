import type { LoadStatus } from './entryQuery';
import type { TranscriptEntry } from './types';
import { linkTargetFromHash } from './view';

/** What revealing the linked entry takes next. */
export type LinkStep =
  /** Nothing (no target, already shown, or still loading). */
  | 'none'
  /** Loading ended without the entry: stop looking (`notFound` says whether to tell the user). */
  | 'stopped'
  /** The filter hides the entry: show everything. */
  | 'clear-filter'
  /** Scroll the log to the entry, then report it with `scrolled`. */
  | 'scroll'
  /** The entry's earlier conversation was expanded (or more of the list asked for): show the change. */
  | 'load-session';

/**
 * Pure model of a link to one entry (`#transcript-entry-ID`, or `#transcript-entry-ID/SESSION-ID` for an
 * entry of an earlier conversation, in the address): which entry and conversation, whether it
 * still has to be scrolled to, and "not found" once loading ended without it. The entry is revealed once:
 * later pages or reloads leave the user's scroll alone.
 */
export class LinkTarget {
  entryId: string | null = null;
  /** The earlier conversation holding the entry, when the link names one. */
  sessionId: string | null = null;
  notFound = false;
  /** True only while there is an entry to find and show. */
  private reveal = false;
  // Stryker disable next-line BooleanLiteral: read() sets it before any entry can be looked for, so its first value is never read
  private revealed = false;

  /** True while the target still has to be found and shown. */
  get wanted(): boolean {
    return this.reveal;
  }

  /** Reads the address's hash (a late hashchange for the same entry changes nothing). */
  read(hash: string): void {
    const target = linkTargetFromHash(hash);
    if (target !== null && target.entryId === this.entryId && target.sessionId === this.sessionId) {
      return;
    }
    this.entryId = target?.entryId ?? null;
    this.sessionId = target?.sessionId ?? null;
    this.notFound = false;
    this.revealed = false;
    this.reveal = target !== null;
  }

  /** Another record: the target is read again from the address. */
  reset(hash: string): void {
    this.entryId = null;
    this.read(hash);
  }

  /** New entries arrived: look for the target again unless it was shown or reported missing. */
  entriesChanged(): void {
    if (this.entryId !== null && !this.notFound && !this.revealed) {
      this.reveal = true;
    }
  }

  /** The next step to reveal the target among `all` loaded entries, of which `displayed` are shown. */
  next(all: readonly TranscriptEntry[], displayed: readonly TranscriptEntry[], status: LoadStatus): LinkStep {
    if (!this.reveal) {
      return 'none';
    }
    const entry = all.find((candidate) => candidate.id === this.entryId);
    if (!entry) {
      const ended = status === 'complete' || status === 'incomplete';
      if (ended || status === 'cancelled' || status === 'error') {
        this.reveal = false;
        this.notFound = ended;
        return 'stopped';
      }
      return 'none';
    }
    return displayed.includes(entry) ? 'scroll' : 'clear-filter';
  }

  /** The log scrolled to the target (true), or could not yet (false: try again after the next render). */
  scrolled(done: boolean): void {
    if (done) {
      this.reveal = false;
      this.revealed = true;
    }
  }
}
