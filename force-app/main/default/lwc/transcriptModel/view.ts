/**
 * Pure view rules for the agent tools: which entries are shown (actor-type filter, events toggle), in
 * which order (oldest or newest first), where a day separator goes and what it says, and the links to
 * one entry. No DOM, no platform modules.
 */
import type { LabelSet } from 'c/transcriptLabels';
import { fillTemplate } from './display';
import { dayKeyOf, formatTimestamp } from './timeFormat';
import type { ActorKind, TranscriptEntry } from './types';

export type SortOrder = 'oldest' | 'newest';

/**
 * Which entries an export writes: those the filter shows, every loaded one (earlier conversations
 * included), or every loaded entry of this session only.
 */
export type ExportScope = 'shown' | 'all' | 'session';

export interface EntryFilter {
  /** Actor kinds the user has hidden. An empty set hides nothing. */
  hiddenActorKinds: ReadonlySet<ActorKind>;
  /** False hides every event row (system messages and non-Text entry types). */
  showEvents: boolean;
}

export const NO_FILTER: EntryFilter = { hiddenActorKinds: new Set(), showEvents: true };

/** True when the filter hides anything at all. */
export function isFiltering(filter: EntryFilter): boolean {
  return !filter.showEvents || filter.hiddenActorKinds.size > 0;
}

/** The entries the filter keeps, in the order given. Returns the input itself when nothing is filtered. */
export function filterEntries(
  entries: readonly TranscriptEntry[],
  filter: EntryFilter
): readonly TranscriptEntry[] {
  if (!isFiltering(filter)) {
    return entries;
  }
  return entries.filter(
    (entry) =>
      (filter.showEvents || entry.layout !== 'event') && !filter.hiddenActorKinds.has(entry.actorKind)
  );
}

/** Entries in display order: the model's order (oldest first) or its reverse. Never mutates the input. */
export function orderEntries(
  entries: readonly TranscriptEntry[],
  order: SortOrder
): readonly TranscriptEntry[] {
  return order === 'newest' ? [...entries].reverse() : entries;
}

/** Whole calendar days from day key `a` to day key `b` (both YYYY-MM-DD), DST-proof. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The label of a day separator: "Today", "Yesterday" or the date in the user's locale, all judged in
 * the user's time zone (not the browser's).
 */
export function dayLabel(
  ms: number,
  now: number,
  locale: string,
  timeZone: string,
  labels: LabelSet
): string {
  if (Number.isFinite(now)) {
    const days = daysBetween(dayKeyOf(ms, timeZone), dayKeyOf(now, timeZone));
    if (days === 0) {
      return labels.Transcript_Today;
    }
    if (days === 1) {
      return labels.Transcript_Yesterday;
    }
  }
  return formatTimestamp(ms, locale, timeZone, 'date');
}

/**
 * Whether a day separator goes above `entries[index]` (in display order): its calendar day (`dayOf`, in
 * the user's time zone; null for an entry without a time) differs from that of the nearest timed entry
 * above it, or it is the first timed entry. Entries without a time never start a day. Looks only at
 * neighbours, so a windowed list pays for its rendered rows alone.
 */
export function startsDay(
  entries: readonly TranscriptEntry[],
  index: number,
  dayOf: (entry: TranscriptEntry) => string | null
): boolean {
  const day = dayOf(entries[index]);
  if (day === null) {
    return false;
  }
  for (let above = index - 1; above >= 0; above--) {
    const previous = dayOf(entries[above]);
    if (previous !== null) {
      return previous !== day;
    }
  }
  return true;
}

/** "Showing 12 of 40 entries" when a filter hides some, else the plain entry count text. */
export function shownOfTotalText(shown: number, total: number, locale: string, labels: LabelSet): string {
  return fillTemplate(
    labels.Transcript_Shown_Of_Total,
    shown.toLocaleString(locale),
    total.toLocaleString(locale)
  );
}

/** The fragment that names one entry in a link: `#transcript-entry-<Id>`. */
export const ENTRY_ANCHOR_PREFIX = 'transcript-entry-';

/**
 * Parts the entry Id from the Id of the earlier session that holds it (`#transcript-entry-<Id>/<SessionId>`).
 * `encodeURIComponent` escapes `/` inside an Id, so the first literal `/` is always this separator.
 */
const SESSION_SEPARATOR = '/';

/** What a link names: one entry and, for an entry of an earlier session, that session's record Id. */
export interface LinkedEntry {
  entryId: string;
  sessionId: string | null;
}

/**
 * The link to one entry: the page's address (without any fragment) plus `#transcript-entry-<Id>`, and
 * `/<SessionId>` when the entry belongs to an earlier session shown on this page, so opening the link
 * can load that session first.
 */
export function entryLink(pageUrl: string, entryId: string, sessionId: string | null = null): string {
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt === -1 ? pageUrl : pageUrl.slice(0, hashAt);
  const session =
    sessionId === null || sessionId === '' ? '' : `${SESSION_SEPARATOR}${encodeURIComponent(sessionId)}`;
  return `${base}#${ENTRY_ANCHOR_PREFIX}${encodeURIComponent(entryId)}${session}`;
}

/** The entry (and earlier session) a location hash names; null if it names none or cannot be read. */
export function linkTargetFromHash(hash: string): LinkedEntry | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(ENTRY_ANCHOR_PREFIX)) {
    return null;
  }
  const parts = fragment.slice(ENTRY_ANCHOR_PREFIX.length).split(SESSION_SEPARATOR);
  if (parts.length > 2) {
    return null;
  }
  try {
    const entryId = decodeURIComponent(parts[0]).trim();
    const sessionId = parts.length === 2 ? decodeURIComponent(parts[1]).trim() : '';
    return entryId === '' ? null : { entryId, sessionId: sessionId === '' ? null : sessionId };
  } catch {
    return null;
  }
}

/** The entry Id a link names, read from a location hash (`#transcript-entry-<Id>`); null if none. */
export function entryIdFromHash(hash: string): string | null {
  return linkTargetFromHash(hash)?.entryId ?? null;
}
