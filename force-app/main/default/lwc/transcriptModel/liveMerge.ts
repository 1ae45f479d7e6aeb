/**
 * Merging the live conversation log into the ConversationEntry rows: which live row is the same message
 * as an entry, where the others go, and the marker a row shows for its source. No DOM, no platform
 * modules.
 */
import type { LabelSet } from 'c/transcriptLabels';
import type { TranscriptEntry } from './types';

/** Same text (ignoring case and runs of white space). */
function sameText(a: string | null, b: string | null): boolean {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return a !== null && b !== null && norm(a) === norm(b);
}

/** How far apart the same message may be stamped by the live log and by ConversationEntry. */
export const SAME_TEXT_WINDOW_MS = 120_000;
export const BLANK_TEXT_WINDOW_MS = 5_000;

function timeOf(entry: TranscriptEntry): number | null {
  return entry.entryTime ?? entry.serverReceivedTimestamp ?? entry.clientTimestamp;
}

function within(a: TranscriptEntry, b: TranscriptEntry, window: number): boolean {
  const ta = timeOf(a);
  const tb = timeOf(b);
  return ta !== null && tb !== null && Math.abs(ta - tb) <= window;
}

function sameSide(a: TranscriptEntry, b: TranscriptEntry): boolean {
  return a.actorKind === b.actorKind || a.actorKind === 'Unknown' || b.actorKind === 'Unknown';
}

/**
 * Merges the live log into the ConversationEntry rows without duplicates. A live row is the same
 * message as an entry when its identifier is the entry's MessageIdentifier (or Id), or when the same
 * side wrote the same text close in time, or when the entry has no text (enhanced channel) and the
 * same side wrote at nearly the same time; then the entry is kept (its text filled in from the live
 * log, source 'both'). Other live rows are placed among the entries by time, marked 'live'.
 */
export function mergeLiveEntries(
  entries: readonly TranscriptEntry[],
  live: readonly TranscriptEntry[]
): TranscriptEntry[] {
  if (live.length === 0) {
    return entries as TranscriptEntry[];
  }
  const result: TranscriptEntry[] = entries.slice();
  const used = new Set<number>();
  const extra: TranscriptEntry[] = [];
  for (const row of live) {
    let match = result.findIndex(
      (entry, i) =>
        !used.has(i) &&
        row.messageIdentifier !== null &&
        (entry.messageIdentifier === row.messageIdentifier || entry.id === row.messageIdentifier)
    );
    if (match === -1) {
      match = result.findIndex(
        (entry, i) =>
          !used.has(i) &&
          sameSide(entry, row) &&
          sameText(entry.message, row.message) &&
          within(entry, row, SAME_TEXT_WINDOW_MS)
      );
    }
    if (match === -1) {
      match = result.findIndex(
        (entry, i) =>
          !used.has(i) &&
          entry.layout !== 'event' &&
          entry.message === null &&
          row.message !== null &&
          sameSide(entry, row) &&
          within(entry, row, BLANK_TEXT_WINDOW_MS)
      );
    }
    if (match === -1) {
      extra.push(row);
      continue;
    }
    used.add(match);
    const entry = result[match];
    if (entry.message === null && row.message !== null) {
      result[match] = { ...entry, message: row.message, source: 'both' };
    }
  }
  for (const row of extra) {
    const t = timeOf(row);
    const at = t === null ? -1 : result.findIndex((entry) => (timeOf(entry) ?? -Infinity) > t);
    if (at === -1) {
      result.push(row);
    } else {
      result.splice(at, 0, row);
    }
  }
  return result;
}

/** The small marker a row shows for its source: null for ConversationEntry rows. */
export function entrySourceMarker(
  entry: Pick<TranscriptEntry, 'source'>,
  labels: LabelSet
): { text: string; title: string } | null {
  if (entry.source === 'live') {
    return { text: labels.Session_Live_Marker, title: labels.Session_Live_Marker_Title };
  }
  if (entry.source === 'both') {
    return { text: labels.Session_Live_Marker, title: labels.Session_Live_Both_Title };
  }
  return null;
}

/** How many rows came (wholly or partly) from the live log. */
export function liveCount(entries: readonly TranscriptEntry[]): number {
  return entries.reduce((n, entry) => (entry.source === 'live' || entry.source === 'both' ? n + 1 : n), 0);
}
