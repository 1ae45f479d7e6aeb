/**
 * Session bookends and the timeline: the facts and title of the divider row that leads each session,
 * that row as an entry-like row, and the rows the log shows (earlier sessions oldest first, each led by
 * its bookend, then this session). No DOM, no platform modules.
 */
import type { LabelSet } from 'c/transcriptLabels';
import { fillTemplate } from './display';
import { formatDuration, formatTimestamp } from './timeFormat';
import type { EarlierSession } from './history';
import type { TranscriptEntry } from './types';

/** What one expanded (or collapsed) earlier session has loaded so far. */
export type SectionLoad = 'collapsed' | 'loading' | 'loaded' | 'error';

/** The bookend row's content (entry-like row of the log, `TranscriptEntry.bookend`). */
export interface SessionBookend {
  readonly sessionId: string;
  /** The session's name, or "Earlier conversation" / "This conversation". */
  readonly title: string;
  /** "Channel · start · duration · N entries · status", the known facts only. */
  readonly facts: string;
  readonly current: boolean;
  readonly expanded: boolean;
  readonly load: SectionLoad;
  /** Error status of the session (MessagingSession Status 'Error'). */
  readonly failed: boolean;
}

/** The facts line of a bookend, in the user's locale and time zone; unknown facts are left out. */
export function bookendFacts(
  session: EarlierSession,
  entryCount: number | null,
  locale: string,
  timeZone: string,
  labels: LabelSet
): string {
  const parts: string[] = [];
  const add = (value: string | null): void => {
    if (value !== null && value !== '') {
      parts.push(value);
    }
  };
  add(session.channel);
  add(formatTimestamp(session.start, locale, timeZone, 'dateTime'));
  const duration = formatDuration(session.durationMs);
  add(duration === '' ? null : fillTemplate(labels.History_Duration, duration));
  if (entryCount !== null) {
    add(
      entryCount === 1
        ? labels.Transcript_Entry_Count_One
        : fillTemplate(labels.Transcript_Entry_Count, entryCount.toLocaleString(locale))
    );
  }
  add(session.statusLabel);
  return parts.join(' · ');
}

/** The title a bookend shows: the session's name, else a generic one. */
export function bookendTitle(name: string | null, current: boolean, labels: LabelSet): string {
  if (name !== null) {
    return current
      ? fillTemplate(labels.History_This_Session_Named, name)
      : fillTemplate(labels.History_Earlier_Session_Named, name);
  }
  return current ? labels.History_This_Session : labels.History_Earlier_Session;
}

/** The id of the bookend row of a session (never a ConversationEntry id). */
export function bookendRowId(sessionId: string): string {
  return `session-${sessionId}`;
}

/** An entry-like row that the log draws as a session divider. */
export function bookendRow(bookend: SessionBookend): TranscriptEntry {
  return {
    id: bookendRowId(bookend.sessionId),
    seq: null,
    entryType: '',
    actorType: '',
    actorKind: 'Unknown',
    actorName: null,
    actorId: null,
    layout: 'event',
    message: null,
    messageStatus: null,
    messageStatusCode: null,
    messageIdentifier: null,
    hasAttachments: false,
    entryTime: null,
    entryEndTime: null,
    clientTimestamp: null,
    clientDuration: null,
    serverReceivedTimestamp: null,
    messageSendTime: null,
    messageDeliverTime: null,
    messageReadTime: null,
    bookend
  };
}

/** One part of the timeline: a session's bookend and the entries of it that are shown. */
export interface TimelineSection {
  readonly bookend: SessionBookend;
  readonly entries: readonly TranscriptEntry[];
}

/**
 * The rows the log shows: sections in time order (oldest first; newest first reverses the sections
 * and the entries in each), each led by its bookend row. `sections` are given oldest first, this
 * session last, each section's entries oldest first.
 */
export function timelineRows(
  sections: readonly TimelineSection[],
  order: 'oldest' | 'newest'
): TranscriptEntry[] {
  const ordered = order === 'newest' ? [...sections].reverse() : sections;
  const rows: TranscriptEntry[] = [];
  for (const section of ordered) {
    rows.push(bookendRow(section.bookend));
    const entries = order === 'newest' ? [...section.entries].reverse() : section.entries;
    for (const entry of entries) {
      rows.push(entry);
    }
  }
  return rows;
}
