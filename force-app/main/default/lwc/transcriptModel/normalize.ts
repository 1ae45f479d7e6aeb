/**
 * Pure normalisation of UI API GraphQL ConversationEntry pages into render-ready entries:
 * read every field defensively, classify actors and layout, merge pages, de-duplicate and sort.
 */
import {
  ACTOR_TYPES,
  type ActorKind,
  type ConversationEntryPageData,
  type EntryLayout,
  type NormalizedPage,
  type RawConversationEntry,
  type RawField,
  type TranscriptEntry,
  type UnreadableEntry
} from './types';
import { usableTime } from './timeFormat';

const KNOWN_ACTORS: ReadonlySet<string> = new Set(ACTOR_TYPES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldValue(field: RawField<unknown> | null | undefined): unknown {
  return isRecord(field) ? field.value : undefined;
}

function readString(field: RawField<string> | null | undefined): string | null {
  const value = fieldValue(field);
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return null;
}

function readNumber(field: RawField<number> | null | undefined): number | null {
  const value = fieldValue(field);
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything but a finite number
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function readBoolean(field: RawField<boolean> | null | undefined): boolean {
  const value = fieldValue(field);
  return value === true || value === 'true';
}

/**
 * Parses an ISO-8601 date-time (as UI API returns it) to epoch milliseconds, or null: also null for a
 * time a Date cannot hold (see usableTime), so nothing downstream formats one.
 */
export function parseDateTime(value: string | null): number | null {
  // Stryker disable next-line all: Date.parse gives NaN for null and blank text, which usableTime makes null too
  if (value === null || value.trim() === '') {
    return null;
  }
  return usableTime(Date.parse(value));
}

/**
 * EntryTime is stored to the second; EntryTimeMilliSecs holds the last three digits
 * (describe label "Entry Time Milli Seconds(last 3 digits)"). Combine them when both are usable. A sum
 * past the range a Date can hold (+275760-09-13T00:00:00Z plus 999 ms) is no time at all.
 */
export function combineEntryTime(entryTime: number | null, milliSecs: number | null): number | null {
  const time = usableTime(entryTime);
  if (time === null) {
    return null;
  }
  // Stryker disable next-line ConditionalExpression: Number.isInteger(null) is false, so null is let through either way
  if (milliSecs === null || !Number.isInteger(milliSecs) || milliSecs < 0 || milliSecs > 999) {
    return time;
  }
  return usableTime(Math.floor(time / 1000) * 1000 + milliSecs);
}

export function actorKindOf(actorType: string): ActorKind {
  return KNOWN_ACTORS.has(actorType) ? (actorType as ActorKind) : 'Unknown';
}

/**
 * SLDS chat layout: end users inbound, the business side (agents, bots, supervisors and any
 * actor type a newer org adds) outbound; System entries and every non-Text entry type are events.
 */
export function layoutOf(entryType: string, actorKind: ActorKind): EntryLayout {
  if (entryType !== 'Text' || actorKind === 'System') {
    return 'event';
  }
  return actorKind === 'EndUser' ? 'inbound' : 'outbound';
}

function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

/** Normalises one raw node; returns null when it has no usable Id. */
export function normalizeEntry(node: RawConversationEntry): TranscriptEntry | null {
  const id = typeof node.Id === 'string' && node.Id.trim() !== '' ? node.Id : null;
  if (id === null) {
    return null;
  }
  const entryType = readString(node.EntryType) ?? '';
  const actorType = readString(node.ActorType) ?? '';
  const actorKind = actorKindOf(actorType);
  return {
    id,
    seq: readNumber(node.Seq),
    entryType,
    actorType,
    actorKind,
    actorName: blankToNull(readString(node.ActorName)),
    actorId: blankToNull(readString(node.ActorId)),
    layout: layoutOf(entryType, actorKind),
    message: blankToNull(readString(node.Message)),
    messageStatus: blankToNull(readString(node.MessageStatus)),
    messageStatusCode: blankToNull(readString(node.MessageStatusCode)),
    messageIdentifier: blankToNull(readString(node.MessageIdentifier)),
    hasAttachments: readBoolean(node.HasAttachments),
    entryTime: combineEntryTime(
      parseDateTime(readString(node.EntryTime)),
      readNumber(node.EntryTimeMilliSecs)
    ),
    entryEndTime: parseDateTime(readString(node.EntryEndTime)),
    clientTimestamp: parseDateTime(readString(node.ClientTimestamp)),
    clientDuration: readNumber(node.ClientDuration),
    serverReceivedTimestamp: parseDateTime(readString(node.ServerReceivedTimestamp)),
    messageSendTime: parseDateTime(readString(node.MessageSendTime)),
    messageDeliverTime: parseDateTime(readString(node.MessageDeliverTime)),
    messageReadTime: parseDateTime(readString(node.MessageReadTime))
  };
}

/** Reads one GraphQL `data` page. Never throws: anything unreadable is reported, not dropped. */
export function normalizePage(data: unknown): NormalizedPage {
  const connection = isRecord(data)
    ? (data as ConversationEntryPageData).uiapi?.query?.ConversationEntry
    : undefined;
  const malformed = !isRecord(connection) || !Array.isArray(connection.edges);
  const edges: unknown[] = Array.isArray(connection?.edges) ? connection.edges : [];
  const entries: TranscriptEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  edges.forEach((edge, index) => {
    const node = isRecord(edge) && isRecord(edge.node) ? (edge.node as RawConversationEntry) : null;
    if (node === null) {
      unreadable.push({ index, reason: 'missing-node' });
      return;
    }
    const entry = normalizeEntry(node);
    if (entry === null) {
      unreadable.push({ index, reason: 'missing-id' });
    } else {
      entries.push(entry);
    }
  });
  const pageInfo = isRecord(connection?.pageInfo) ? connection.pageInfo : null;
  const endCursor = typeof pageInfo?.endCursor === 'string' ? pageInfo.endCursor : null;
  const totalCount = connection?.totalCount;
  return {
    entries,
    unreadable,
    malformed,
    hasNextPage: pageInfo?.hasNextPage === true && endCursor !== null,
    endCursor,
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for anything but a finite number
    totalCount: typeof totalCount === 'number' && Number.isFinite(totalCount) ? totalCount : null
  };
}

/** Compares two nullable numbers, nulls last. */
function compareNullable(a: number | null, b: number | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a - b;
}

/** Total order: Seq, then ServerReceivedTimestamp, then Id (nulls last at each step). */
export function compareEntries(a: TranscriptEntry, b: TranscriptEntry): number {
  return (
    compareNullable(a.seq, b.seq) ||
    compareNullable(a.serverReceivedTimestamp, b.serverReceivedTimestamp) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Merges entries from any number of pages into one sorted list. An Id seen twice (a record that moved
 * between pages while paging) is kept once, with its latest data.
 */
export function mergeEntries(...lists: ReadonlyArray<readonly TranscriptEntry[]>): TranscriptEntry[] {
  const byId = new Map<string, TranscriptEntry>();
  for (const list of lists) {
    for (const entry of list) {
      byId.set(entry.id, entry);
    }
  }
  return Array.from(byId.values()).sort(compareEntries);
}

/**
 * `sorted` (a mergeEntries result) with `more` added: when `more` is strictly increasing, starts after the
 * last entry of `sorted` and brings no Id already there (the usual case: the next page of a query
 * ordered by Seq), the two are concatenated without a sort; anything else falls back to mergeEntries.
 * Either way the result equals mergeEntries(sorted, more). `sortedIds` (the Ids of `sorted`) saves
 * building that set when the caller keeps it.
 */
export function appendEntries(
  sorted: readonly TranscriptEntry[],
  more: readonly TranscriptEntry[],
  sortedIds: ReadonlySet<string> = new Set(sorted.map((entry) => entry.id))
): TranscriptEntry[] {
  const seen = new Set<string>();
  let previous: TranscriptEntry | undefined = sorted[sorted.length - 1];
  for (const entry of more) {
    if (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: mergeEntries gives the same list; this only picks the fast append
      (previous !== undefined && compareEntries(previous, entry) >= 0) ||
      sortedIds.has(entry.id) ||
      seen.has(entry.id)
    ) {
      return mergeEntries(sorted, more);
    }
    seen.add(entry.id);
    previous = entry;
  }
  return sorted.concat(more);
}
