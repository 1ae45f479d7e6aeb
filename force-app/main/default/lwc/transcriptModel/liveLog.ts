/**
 * Reading the console's live conversation log (lightning/conversationToolkitApi
 * getEnhancedConversationLog) into transcript rows: sender roles to actor kinds, message or event,
 * stable ids, one row per message. No DOM, no platform modules.
 */
import { usableTime } from './timeFormat';
import { actorKindOf, compareEntries, layoutOf } from './normalize';
import type { ActorKind, TranscriptEntry } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
    if (typeof value === 'string') {
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
