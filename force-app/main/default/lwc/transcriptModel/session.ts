/**
 * Pure session logic: read the parent MessagingSession / VoiceCall record (getRecord shape), decide its
 * lifecycle phase, the header facts and the explanatory notice. The live log is read in `liveLog.ts`
 * and merged into the rows in `liveMerge.ts`. No DOM, no platform modules.
 */
import type { LabelSet } from 'c/transcriptLabels';
import { fillTemplate } from './display';
import { formatDuration, formatTimestamp } from './timeFormat';
import { parseDateTime } from './normalize';
import type { TranscriptEntry } from './types';

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
  labels: LabelSet
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
        ? fillTemplate(labels.Session_Channel_Value, session.channelName, session.channelTypeLabel)
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

function whereFor(session: SessionInfo | null, labels: LabelSet): string | null {
  if (session?.objectApiName === 'VoiceCall') {
    return labels.Session_Notice_Voice_Where;
  }
  return labels.Session_Notice_Enhanced_Where;
}

/**
 * The one explanatory notice to show (never an error): every message blank → why and where the text
 * lives; an open session → entries are created when it ends; an ended session with no rows → why and
 * where. Null when nothing needs explaining.
 */
export function sessionNotice(input: SessionNoticeInput, labels: LabelSet): SessionNotice | null {
  const { session, entries, loadStatus } = input;
  const voice = session?.objectApiName === 'VoiceCall';
  const settled = loadStatus === 'complete' || loadStatus === 'cancelled';
  if (settled && allMessagesBlank(entries)) {
    return {
      kind: 'enhanced-blank',
      title: voice ? labels.Session_Notice_Voice_Title : labels.Session_Notice_Enhanced_Title,
      body: voice ? labels.Session_Notice_Voice_Body : labels.Session_Notice_Enhanced_Body,
      where: whereFor(session, labels)
    };
  }
  if (session?.objectApiName === 'MessagingSession' && session.phase === 'open') {
    return {
      kind: 'open',
      title: labels.Session_Notice_Open_Title,
      body: labels.Session_Notice_Open_Body,
      where: null
    };
  }
  if (settled && entries.length === 0 && session !== null && session.phase === 'ended') {
    return {
      kind: 'ended-empty',
      title: labels.Session_Notice_Ended_Empty_Title,
      body: voice ? labels.Session_Notice_Voice_Empty_Body : labels.Session_Notice_Ended_Empty_Body,
      where: whereFor(session, labels)
    };
  }
  return null;
}
