import type { Labels } from './display';
import { readHistoryAnchor, type HistoryAnchor } from './history';
import { sameRecordId } from './entryQuery';
import type { LoadStatus } from './entryQuery';
import {
  isSessionEndTransition,
  readSessionRecord,
  sessionFieldsFor,
  sessionNotice,
  sessionObjectOf,
  type SessionInfo,
  type SessionNotice,
  type SessionObject,
  type SessionPhase
} from './session';
import { liveCount, mergeLiveEntries } from './liveMerge';
import type { TranscriptEntry } from './types';

/** The record page's record: its id and object API name (either may be missing). */
export interface RecordRef {
  readonly recordId: string | undefined;
  readonly objectApiName: string | undefined;
}

/** What one getRecord answer asks of the container. */
export interface SessionAnswer {
  /** False when the answer was for another record (the page moved on): nothing changed. */
  readonly accepted: boolean;
  /** Who the customer is, when the answer carried the record (undefined otherwise). */
  readonly anchor: HistoryAnchor | null | undefined;
  /** The session just ended: its entries are read again. */
  readonly reload: boolean;
  /** The console's live log may be asked for now. */
  readonly askLiveLog: boolean;
}

/** What the console's live log gave (the shape of c/conversationLiveLog's result). */
export interface LiveLogAnswer {
  readonly available: boolean;
  readonly entries: TranscriptEntry[];
}

const IGNORED: SessionAnswer = { accepted: false, anchor: undefined, reload: false, askLiveLog: false };

/**
 * Pure model of the session context: the session record (getRecord) and its phase, the reload when the
 * session ends, when to ask the console for its live log and the live entries merged with the loaded
 * ones (remembered until either changes), and the notice explaining a short or empty transcript.
 */
export class SessionController {
  session: SessionInfo | null = null;
  private phase: SessionPhase | null = null;
  private live: TranscriptEntry[] = [];
  private liveRequested: string | null = null;
  private merge: {
    entries: readonly TranscriptEntry[];
    live: TranscriptEntry[];
    merged: TranscriptEntry[];
  } | null = null;

  /** Forgets the previous record's session and live log. */
  reset(): void {
    this.session = null;
    this.phase = null;
    this.live = [];
    this.liveRequested = null;
    this.merge = null;
  }

  /** MessagingSession, VoiceCall or null (getRecord only runs for the first two). */
  objectOf(record: RecordRef): SessionObject | null {
    return sessionObjectOf(record.objectApiName, record.recordId);
  }

  /** The fields getRecord reads, undefined when the page is not a session's. */
  fields(record: RecordRef): string[] | undefined {
    return sessionFieldsFor(this.objectOf(record));
  }

  /** Takes one getRecord answer for `record`. */
  receive(data: { id: string } | undefined, error: unknown, record: RecordRef): SessionAnswer {
    const recordId = record.recordId;
    if (data && (recordId === undefined || !sameRecordId(data.id, recordId))) {
      return IGNORED;
    }
    let anchor: HistoryAnchor | null | undefined;
    let reload = false;
    if (data) {
      anchor = readHistoryAnchor(data, this.objectOf(record));
      const session = readSessionRecord(data);
      const previous = this.phase;
      this.session = session;
      this.phase = session?.phase ?? null;
      reload = session !== null && isSessionEndTransition(previous, session.phase);
    } else if (error) {
      this.session = null;
    }
    return { accepted: true, anchor, reload, askLiveLog: Boolean(data || error) };
  }

  /**
   * The record id to ask the console's live log for, or null: MessagingSession pages only, not once the
   * session ended, once per record unless `force` (a manual refresh).
   */
  liveLogRequest(record: RecordRef, force: boolean): string | null {
    const recordId = record.recordId;
    if (!recordId || this.objectOf(record) !== 'MessagingSession' || this.session?.phase === 'ended') {
      return null;
    }
    if (!force && this.liveRequested === recordId) {
      return null;
    }
    this.liveRequested = recordId;
    return recordId;
  }

  /** Takes the live log asked for `requestedFor`; false (ignored) when the page moved on or it is unavailable. */
  receiveLiveLog(requestedFor: string, currentRecordId: string | undefined, answer: LiveLogAnswer): boolean {
    if (currentRecordId !== requestedFor || !answer.available) {
      return false;
    }
    this.live = answer.entries;
    return true;
  }

  /** ConversationEntry rows merged with the live log (the same message once). */
  merged(entries: readonly TranscriptEntry[]): TranscriptEntry[] {
    const cache = this.merge;
    if (cache && cache.entries === entries && cache.live === this.live) {
      return cache.merged;
    }
    const merged = mergeLiveEntries(entries, this.live);
    this.merge = { entries, live: this.live, merged };
    return merged;
  }

  /** How many shown entries come from the live log only. */
  liveCount(entries: readonly TranscriptEntry[]): number {
    return liveCount(entries);
  }

  notice(entries: readonly TranscriptEntry[], loadStatus: LoadStatus, labels: Labels): SessionNotice | null {
    return sessionNotice({ session: this.session, entries, loadStatus }, labels);
  }
}
