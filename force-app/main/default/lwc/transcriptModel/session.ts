/**
 * Pure session logic: read the parent MessagingSession / VoiceCall record (getRecord shape), decide its
 * lifecycle phase, the header facts, the explanatory notice, and merge the console's live conversation
 * log with ConversationEntry rows. No DOM, no platform modules.
 */
import { fillTemplate, type Labels } from './display';
import { formatDuration, formatTimestamp, usableTime } from './timeFormat';
import { actorKindOf, compareEntries, layoutOf, parseDateTime } from './normalize';
import type { ActorKind, TranscriptEntry } from './types';

export type SessionObject = 'MessagingSession' | 'VoiceCall';

/** open: entries may still be created; ended: the session is over; unknown: a status we do not know. */
export type SessionPhase = 'open' | 'ended' | 'unknown';

/** The session record as the header and the notices need it. Times are epoch milliseconds. */
export interface SessionInfo {
  objectApiName: SessionObject;
  recordId: string;
  /** Raw Status API value (MessagingSession only). */
  status: string | null;
  /** Status as the org labels it (displayValue), else the raw value. */
  statusLabel: string | null;
  phase: SessionPhase;
  /** MessagingChannel.MasterLabel, else MessagingSession.ChannelName. */
  channelName: string | null;
  /** ChannelType (MessagingSession) or CallType (VoiceCall) as the org labels it. */
  channelTypeLabel: string | null;
  /** MessagingChannel.PlatformType: 'Standard' or 'Enhanced' when the user can read it. */
  platformType: string | null;
  start: number | null;
  end: number | null;
  /** CallDurationInSeconds (VoiceCall), else end − start once both are known. */
  durationMs: number | null;
}

/** Status values of MessagingSession (describe, API 61) grouped by phase. Anything else is 'unknown'. */
export const OPEN_SESSION_STATUSES: readonly string[] = [
  'New',
  'Waiting',
  'Active',
  'Paused',
  'Consent',
  'Inactive'
];
export const ENDED_SESSION_STATUSES: readonly string[] = ['Ended', 'Error'];

/** A Map, so a value read from the record never reaches Object.prototype. */
const KEY_PREFIXES: ReadonlyMap<string, SessionObject> = new Map([
  ['0Mw', 'MessagingSession'],
  ['0LQ', 'VoiceCall']
]);

/** The record page's object, or (when App Builder does not pass it) the one the id's key prefix names. */
export function sessionObjectOf(
  objectApiName: string | null | undefined,
  recordId: string | null | undefined
): SessionObject | null {
  if (objectApiName === 'MessagingSession' || objectApiName === 'VoiceCall') {
    return objectApiName;
  }
  if (typeof recordId === 'string' && recordId.length >= 15) {
    return KEY_PREFIXES.get(recordId.slice(0, 3)) ?? null;
  }
  return null;
}

/**
 * Fields for getRecord's `optionalFields`: a field the user cannot see (or an org without it) is left
 * out of the answer instead of failing the whole request.
 */
export function sessionFieldsFor(object: SessionObject | null): string[] | undefined {
  if (object === 'MessagingSession') {
    return [
      'MessagingSession.Status',
      'MessagingSession.ChannelType',
      'MessagingSession.ChannelName',
      'MessagingSession.MessagingChannel.MasterLabel',
      'MessagingSession.MessagingChannel.PlatformType',
      'MessagingSession.StartTime',
      'MessagingSession.EndTime',
      'MessagingSession.Name',
      'MessagingSession.MessagingEndUserId'
    ];
  }
  if (object === 'VoiceCall') {
    return [
      'VoiceCall.CallType',
      'VoiceCall.CallStartDateTime',
      'VoiceCall.CallEndDateTime',
      'VoiceCall.CallDurationInSeconds',
      'VoiceCall.Name',
      'VoiceCall.CallerId',
      'VoiceCall.FromPhoneNumber'
    ];
  }
  return undefined;
}

export function sessionPhaseOf(status: string | null): SessionPhase {
  if (status === null) {
    return 'unknown';
  }
  if (OPEN_SESSION_STATUSES.includes(status)) {
    return 'open';
  }
  return ENDED_SESSION_STATUSES.includes(status) ? 'ended' : 'unknown';
}

/** True when the session has just ended: a known earlier phase that was not 'ended', now 'ended'. */
export function isSessionEndTransition(previous: SessionPhase | null, next: SessionPhase): boolean {
  return previous !== null && previous !== 'ended' && next === 'ended';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldOf(record: unknown, path: string): Record<string, unknown> | null {
  let current: unknown = record;
  const names = path.split('.');
  for (let i = 0; i < names.length; i++) {
    const fields = isRecord(current) ? current.fields : undefined;
    const field = isRecord(fields) ? fields[names[i]] : undefined;
    if (!isRecord(field)) {
      return null;
    }
    if (i === names.length - 1) {
      return field;
    }
    current = field.value;
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    return value.trim() === '' ? null : value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function valueOf(record: unknown, path: string): string | null {
  return text(fieldOf(record, path)?.value);
}

function displayOf(record: unknown, path: string): string | null {
  const field = fieldOf(record, path);
  return field === null ? null : (text(field.displayValue) ?? text(field.value));
}

function numberOf(record: unknown, path: string): number | null {
  const value = fieldOf(record, path)?.value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

function span(start: number | null, end: number | null): number | null {
  return start !== null && end !== null && end >= start ? end - start : null;
}

/**
 * Reads a getRecord record (`{ apiName, id, fields: { Status: { value, displayValue } … } }`).
 * Returns null when it is not a MessagingSession or VoiceCall record. Missing fields are null.
 */
export function readSessionRecord(record: unknown): SessionInfo | null {
  if (!isRecord(record) || typeof record.id !== 'string') {
    return null;
  }
  const object = sessionObjectOf(typeof record.apiName === 'string' ? record.apiName : null, record.id);
  if (object === 'VoiceCall') {
    const start = parseDateTime(valueOf(record, 'CallStartDateTime'));
    const end = parseDateTime(valueOf(record, 'CallEndDateTime'));
    const seconds = numberOf(record, 'CallDurationInSeconds');
    return {
      objectApiName: object,
      recordId: record.id,
      status: null,
      statusLabel: null,
      phase: end !== null ? 'ended' : 'unknown',
      channelName: null,
      channelTypeLabel: displayOf(record, 'CallType'),
      platformType: null,
      start,
      end,
      durationMs: seconds !== null && seconds >= 0 ? seconds * 1000 : span(start, end)
    };
  }
  if (object === 'MessagingSession') {
    const status = valueOf(record, 'Status');
    const start = parseDateTime(valueOf(record, 'StartTime'));
    const end = parseDateTime(valueOf(record, 'EndTime'));
    return {
      objectApiName: object,
      recordId: record.id,
      status,
      statusLabel: displayOf(record, 'Status'),
      phase: sessionPhaseOf(status),
      channelName: valueOf(record, 'MessagingChannel.MasterLabel') ?? valueOf(record, 'ChannelName'),
      channelTypeLabel: displayOf(record, 'ChannelType'),
      platformType: valueOf(record, 'MessagingChannel.PlatformType'),
      start,
      end,
      durationMs: span(start, end)
    };
  }
  return null;
}

export interface SessionFact {
  key: string;
  label: string;
  value: string;
}

/** The header's label/value pairs, in the user's locale and time zone; unknown values are left out. */
export function sessionFacts(
  session: SessionInfo | null,
  locale: string,
  timeZone: string,
  labels: Labels
): SessionFact[] {
  if (session === null) {
    return [];
  }
  const facts: SessionFact[] = [];
  const add = (key: string, label: string | undefined, value: string | null): void => {
    if (value !== null && value !== '') {
      facts.push({ key, label: label ?? key, value });
    }
  };
  if (session.objectApiName === 'VoiceCall') {
    add('callType', labels.Session_Call_Type, session.channelTypeLabel);
  } else {
    const channel =
      session.channelName !== null && session.channelTypeLabel !== null
        ? fillTemplate(
            labels.Session_Channel_Value ?? '{0} ({1})',
            session.channelName,
            session.channelTypeLabel
          )
        : (session.channelName ?? session.channelTypeLabel);
    add('channel', labels.Session_Channel, channel);
    add('status', labels.Session_Status, session.statusLabel);
  }
  add('start', labels.Session_Started, formatTimestamp(session.start, locale, timeZone, 'dateTime'));
  add('duration', labels.Session_Duration, formatDuration(session.durationMs));
  return facts;
}

export type SessionNoticeKind = 'open' | 'enhanced-blank' | 'ended-empty';

export interface SessionNotice {
  kind: SessionNoticeKind;
  title: string;
  body: string;
  /** Where the full transcript can be read, in words an admin can act on. */
  where: string | null;
}

export interface SessionNoticeInput {
  session: SessionInfo | null;
  entries: readonly TranscriptEntry[];
  /** The ConversationEntry load status (conversationEntriesApi). */
  loadStatus: string;
}

/** True when the transcript has message rows and every one of them has no text. */
export function allMessagesBlank(entries: readonly TranscriptEntry[]): boolean {
  const messages = entries.filter((entry) => entry.layout !== 'event');
  return messages.length > 0 && messages.every((entry) => entry.message === null);
}

function whereFor(session: SessionInfo | null, labels: Labels): string | null {
  if (session?.objectApiName === 'VoiceCall') {
    return labels.Session_Notice_Voice_Where ?? null;
  }
  return labels.Session_Notice_Enhanced_Where ?? null;
}

/**
 * The one explanatory notice to show (never an error): every message blank → why and where the text
 * lives; an open session → entries are created when it ends; an ended session with no rows → why and
 * where. Null when nothing needs explaining.
 */
export function sessionNotice(input: SessionNoticeInput, labels: Labels): SessionNotice | null {
  const { session, entries, loadStatus } = input;
  const voice = session?.objectApiName === 'VoiceCall';
  const settled = loadStatus === 'complete' || loadStatus === 'cancelled';
  if (settled && allMessagesBlank(entries)) {
    return {
      kind: 'enhanced-blank',
      title: (voice ? labels.Session_Notice_Voice_Title : labels.Session_Notice_Enhanced_Title) ?? '',
      body: (voice ? labels.Session_Notice_Voice_Body : labels.Session_Notice_Enhanced_Body) ?? '',
      where: whereFor(session, labels)
    };
  }
  if (session?.objectApiName === 'MessagingSession' && session.phase === 'open') {
    return {
      kind: 'open',
      title: labels.Session_Notice_Open_Title ?? '',
      body: labels.Session_Notice_Open_Body ?? '',
      where: null
    };
  }
  if (settled && entries.length === 0 && session !== null && session.phase === 'ended') {
    return {
      kind: 'ended-empty',
      title: labels.Session_Notice_Ended_Empty_Title ?? '',
      body: (voice ? labels.Session_Notice_Voice_Empty_Body : labels.Session_Notice_Ended_Empty_Body) ?? '',
      where: whereFor(session, labels)
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Live conversation log (lightning/conversationToolkitApi getEnhancedConversationLog)
// ---------------------------------------------------------------------------------------------------

function firstString(item: Record<string, unknown>, ...paths: string[]): string | null {
  for (const path of paths) {
    let value: unknown = item;
    for (const name of path.split('.')) {
      value = isRecord(value) ? value[name] : undefined;
    }
    if (typeof value === 'string' && value.trim() !== '') {
      return value;
    }
    if (typeof value === 'number' && Number.isFinite(value)) {
      return String(value);
    }
  }
  return null;
}

function firstTime(item: Record<string, unknown>, ...names: string[]): number | null {
  for (const name of names) {
    const value = item[name];
    if (typeof value === 'number' && value > 0 && usableTime(value) !== null) {
      return value;
    }
    if (typeof value === 'string' && value.trim() !== '') {
      const numeric = Number(value);
      const ms = usableTime(Number.isFinite(numeric) ? numeric : Date.parse(value));
      if (ms !== null && ms > 0) {
        return ms;
      }
    }
  }
  return null;
}

/** A Map, so a role such as `constructor` or `__proto__` never reaches Object.prototype. */
const LIVE_ACTORS: ReadonlyMap<string, ActorKind> = new Map([
  ['agent', 'Agent'],
  ['rep', 'Agent'],
  ['enduser', 'EndUser'],
  ['end_user', 'EndUser'],
  ['customer', 'EndUser'],
  ['visitor', 'EndUser'],
  ['chasitor', 'EndUser'],
  ['bot', 'Bot'],
  ['chatbot', 'Bot'],
  ['supervisor', 'Supervisor'],
  ['system', 'System']
]);

/** Maps the live log's sender role or type (AGENT, END_USER, EndUser, Chatbot…) to an actor kind. */
export function liveActorKind(role: string | null): ActorKind {
  if (role === null) {
    return 'Unknown';
  }
  const known = actorKindOf(role);
  return known !== 'Unknown' ? known : (LIVE_ACTORS.get(role.trim().toLowerCase()) ?? 'Unknown');
}

/** Entry types of the live log that are messages; others (PARTICIPANT_CHANGED…) are events. */
const LIVE_MESSAGE_TYPES = new Set(['', 'message', 'text', 'messaging_component', 'attachment']);

/** A short stable hash (FNV-1a) so a live row without an identifier still gets a stable id. */
function hashOf(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Reads what getEnhancedConversationLog resolved with. Accepts the documented `{ messages: [...] }`
 * (content, name, type, timestamp) and an entries list (`conversationEntries` / `entries`) with the
 * Messaging Object Model's names (identifier, messageText, sender.role, clientTimestamp…). Never
 * throws; items without text or time are skipped; the same message twice becomes one row.
 */
export function normalizeLiveLog(response: unknown): TranscriptEntry[] {
  const list: unknown = isRecord(response)
    ? (response.messages ?? response.conversationEntries ?? response.entries)
    : response;
  if (!Array.isArray(list)) {
    return [];
  }
  const byKey = new Map<string, TranscriptEntry>();
  for (const raw of list) {
    if (!isRecord(raw)) {
      continue;
    }
    const content = firstString(raw, 'content', 'messageText', 'text', 'message');
    const time = firstTime(
      raw,
      'timestamp',
      'clientTimestamp',
      'serverReceivedTimestamp',
      'transcriptedTimestamp'
    );
    if (content === null && time === null) {
      continue;
    }
    const role = firstString(raw, 'type', 'role', 'sender.role', 'senderType', 'actorType');
    const actorKind = liveActorKind(role);
    const rawType = firstString(raw, 'entryType', 'messageType') ?? '';
    const entryType = LIVE_MESSAGE_TYPES.has(rawType.toLowerCase()) ? 'Text' : rawType;
    const identifier = firstString(raw, 'identifier', 'id', 'messageId', 'entryId');
    const key = identifier ?? `${actorKind}|${time ?? ''}|${content ?? ''}`;
    if (byKey.has(key)) {
      continue;
    }
    byKey.set(key, {
      id: `live-${identifier ?? hashOf(key)}`,
      seq: null,
      entryType,
      actorType: actorKind === 'Unknown' ? (role ?? '') : actorKind,
      actorKind,
      actorName: firstString(raw, 'name', 'senderName', 'sender.displayName', 'sender.name', 'actorName'),
      actorId: null,
      layout: layoutOf(entryType, actorKind),
      message: content,
      messageStatus: null,
      messageStatusCode: null,
      messageIdentifier: identifier,
      hasAttachments: false,
      entryTime: time,
      entryEndTime: null,
      clientTimestamp: time,
      clientDuration: null,
      serverReceivedTimestamp: time,
      messageSendTime: null,
      messageDeliverTime: null,
      messageReadTime: null,
      source: 'live'
    });
  }
  return Array.from(byKey.values()).sort(
    (a, b) => (a.entryTime ?? 0) - (b.entryTime ?? 0) || compareEntries(a, b)
  );
}

/** Same text (ignoring case and runs of white space). */
function sameText(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
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
  labels: Labels
): { text: string; title: string } | null {
  if (entry.source === 'live') {
    return { text: labels.Session_Live_Marker ?? 'Live', title: labels.Session_Live_Marker_Title ?? '' };
  }
  if (entry.source === 'both') {
    return { text: labels.Session_Live_Marker ?? 'Live', title: labels.Session_Live_Both_Title ?? '' };
  }
  return null;
}

/** How many rows came (wholly or partly) from the live log. */
export function liveCount(entries: readonly TranscriptEntry[]): number {
  return entries.reduce((n, entry) => (entry.source === 'live' || entry.source === 'both' ? n + 1 : n), 0);
}
