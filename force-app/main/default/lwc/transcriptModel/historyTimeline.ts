import type { Labels } from './display';
import {
  bookendFacts,
  bookendTitle,
  timelineRows,
  type SessionBookend,
  type TimelineSection
} from './bookends';
import { type EarlierSession, type HistoryAnchor } from './history';
import type { TranscriptLoad } from './entryQuery';
import type { SessionInfo } from './session';
import type { TranscriptEntry } from './types';

/** This conversation, as its bookend and the timeline describe it. */
export interface CurrentConversation {
  readonly recordId: string;
  readonly session: SessionInfo | null;
  /** This conversation's entries (merged with the live log). */
  readonly entries: readonly TranscriptEntry[];
  /** Its entries finished loading (the bookend then counts them). */
  readonly complete: boolean;
  readonly locale: string;
  readonly timeZone: string;
}

/** What the history holds that the timeline shows. */
export interface HistoryFacts {
  /** Listed earlier conversations, newest first. */
  readonly sessions: readonly EarlierSession[];
  /** What each expanded earlier conversation loaded, by session id. */
  readonly loads: Readonly<Record<string, TranscriptLoad>>;
  readonly expanded: readonly string[];
  readonly anchor: HistoryAnchor | null;
}

/**
 * Pure model of the log's timeline once the customer has history: every listed conversation (oldest
 * first, this one last) as a bookend row followed by its displayed entries. Remembers the last rows
 * until the displayed entries or a bookend's facts change.
 */
export class HistoryTimeline {
  private cache: { displayed: readonly TranscriptEntry[]; key: string; rows: TranscriptEntry[] } | null =
    null;

  constructor(private readonly labels: Labels) {}

  reset(): void {
    this.cache = null;
  }

  /** The log's rows: `displayed`, led by a bookend row per conversation once the customer has history. */
  rows(
    history: HistoryFacts,
    displayed: readonly TranscriptEntry[],
    current: CurrentConversation,
    newestFirst: boolean
  ): TranscriptEntry[] {
    if (history.sessions.length === 0) {
      return displayed as TranscriptEntry[];
    }
    const key = `${this.key(history, current)}|${newestFirst}`;
    const cache = this.cache;
    if (cache && cache.displayed === displayed && cache.key === key) {
      return cache.rows;
    }
    const rows = timelineRows(this.sections(history, displayed, current), newestFirst ? 'newest' : 'oldest');
    this.cache = { displayed, key, rows };
    return rows;
  }

  /** What the timeline's bookends depend on besides the displayed entries. */
  private key(history: HistoryFacts, current: CurrentConversation): string {
    const loads = history.sessions
      .map((session) => `${session.id}:${history.loads[session.id]?.status ?? '-'}`)
      .join(',');
    return `${loads}|${history.expanded.join(',')}|${current.locale}|${current.timeZone}|${
      history.anchor?.name ?? ''
    }|${current.session?.statusLabel ?? ''}|${current.entries.length}|${current.complete}`;
  }

  /** Every listed conversation (oldest first, this one last) with the displayed entries of each. */
  private sections(
    history: HistoryFacts,
    displayedEntries: readonly TranscriptEntry[],
    current: CurrentConversation
  ): TimelineSection[] {
    const displayed = new Set(displayedEntries);
    const sections: TimelineSection[] = [];
    const sessions = history.sessions;
    for (let i = sessions.length - 1; i >= 0; i--) {
      const session = sessions[i];
      const load = history.loads[session.id];
      const expanded = history.expanded.includes(session.id);
      const status = load?.status;
      const bookend: SessionBookend = {
        sessionId: session.id,
        title: bookendTitle(session.name, false, this.labels),
        facts: bookendFacts(
          session,
          status === 'complete' ? load.entries.length : null,
          current.locale,
          current.timeZone,
          this.labels
        ),
        current: false,
        expanded,
        load: !expanded
          ? 'collapsed'
          : status === 'error'
            ? 'error'
            : status === undefined || status === 'loading' || status === 'partial'
              ? 'loading'
              : 'loaded',
        failed: session.status === 'Error'
      };
      const entries = expanded && load ? load.entries.filter((entry) => displayed.has(entry)) : [];
      sections.push({ bookend, entries });
    }
    sections.push({
      bookend: this.currentBookend(history, current),
      entries: current.entries.filter((entry) => displayed.has(entry))
    });
    return sections;
  }

  private currentBookend(history: HistoryFacts, current: CurrentConversation): SessionBookend {
    const info = current.session;
    const anchor = history.anchor;
    const session: EarlierSession = {
      id: current.recordId,
      objectApiName: info?.objectApiName ?? anchor?.objectApiName ?? 'MessagingSession',
      name: anchor?.name ?? null,
      channel: info?.channelName ?? info?.channelTypeLabel ?? null,
      status: info?.status ?? null,
      statusLabel: info?.statusLabel ?? null,
      platformType: info?.platformType ?? null,
      start: info?.start ?? null,
      durationMs: info?.durationMs ?? null
    };
    return {
      sessionId: session.id,
      title: bookendTitle(session.name, true, this.labels),
      facts: bookendFacts(
        session,
        current.complete ? current.entries.length : null,
        current.locale,
        current.timeZone,
        this.labels
      ),
      current: true,
      expanded: true,
      load: 'loaded',
      failed: session.status === 'Error'
    };
  }
}
