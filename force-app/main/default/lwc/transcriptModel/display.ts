/**
 * Pure display rules: which label, icon and status text an entry gets. Labels are passed in (the custom
 * label values), so these functions stay free of platform imports and are unit-tested directly.
 */
import { ENTRY_TYPES, MESSAGE_STATUSES, type ActorKind, type TranscriptEntry } from './types';

export type Labels = Readonly<Record<string, string>>;

const KNOWN_ENTRY_TYPES: ReadonlySet<string> = new Set(ENTRY_TYPES);
const KNOWN_STATUSES: ReadonlySet<string> = new Set(MESSAGE_STATUSES);

/** Fills {0}, {1}… with values, as text. */
export function fillTemplate(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (token, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? token : String(value);
  });
}

/** "1 entry" / "1,234 entries", with the count in the user's locale. */
export function entryCountText(count: number, locale: string, labels: Labels): string {
  return count === 1
    ? (labels.Transcript_Entry_Count_One ?? '1')
    : fillTemplate(labels.Transcript_Entry_Count ?? '{0}', count.toLocaleString(locale));
}

/** Avatar fallback icon per actor type; an unknown or null type gets a neutral one. */
export const ACTOR_ICONS: Readonly<Record<ActorKind, string>> = {
  Agent: 'standard:user',
  Bot: 'standard:bot',
  EndUser: 'standard:person_account',
  Supervisor: 'standard:employee',
  System: 'standard:settings',
  Unknown: 'standard:avatar'
};

/**
 * Event-row icon per entry type. A Map: an EntryType such as `toString`, `constructor` or `__proto__`
 * from a record never reaches Object.prototype.
 */
const EVENT_ICONS: ReadonlyMap<string, string> = new Map([
  ['Text', 'utility:info'],
  ['EndUserOptedIn', 'utility:check'],
  ['EndUserOptedOut', 'utility:block_visitor'],
  ['AdminOptedIn', 'utility:check'],
  ['AdminOptedOut', 'utility:block_visitor'],
  ['BotEscalated', 'utility:level_up'],
  ['ChatbotEstablished', 'utility:einstein'],
  ['ChatbotNotEstablished', 'utility:warning'],
  ['ChatbotClosedIdleSession', 'utility:clock'],
  ['ChatbotEndedChatByAction', 'utility:close'],
  ['ChatbotEndedTransferNotConfigured', 'utility:warning'],
  ['ConversationControlLost', 'utility:lock']
]);

export function actorTypeLabel(kind: ActorKind, labels: Labels): string {
  return labels[`Actor_${kind}`] ?? kind;
}

/** ActorName, or the actor type's label when the name is blank (an unknown raw type is shown as is). */
export function actorDisplayName(entry: TranscriptEntry, labels: Labels): string {
  if (entry.actorName !== null) {
    return entry.actorName;
  }
  if (entry.actorKind === 'Unknown' && entry.actorType !== '') {
    return entry.actorType;
  }
  return actorTypeLabel(entry.actorKind, labels);
}

export function actorIcon(kind: ActorKind): string {
  return ACTOR_ICONS[kind];
}

/** A human label for every known EntryType; an unknown value shows its raw API name. */
export function entryTypeLabel(entryType: string, labels: Labels): string {
  if (entryType === '') {
    return labels.Entry_Missing_Type ?? 'Event';
  }
  if (KNOWN_ENTRY_TYPES.has(entryType)) {
    return labels[`Entry_${entryType}`] ?? entryType;
  }
  return fillTemplate(labels.Entry_Unknown ?? '{0}', entryType);
}

export function eventIcon(entryType: string): string {
  return EVENT_ICONS.get(entryType) ?? 'utility:event';
}

export function isKnownEntryType(entryType: string): boolean {
  return KNOWN_ENTRY_TYPES.has(entryType);
}

/** The text for a message status; Error carries its MessageStatusCode. Null when no status. */
export function statusLabel(status: string | null, code: string | null, labels: Labels): string | null {
  if (status === null) {
    return null;
  }
  if (status === 'Error') {
    return code !== null
      ? fillTemplate(labels.Status_Error_Code ?? '{0}', code)
      : (labels.Status_Error ?? status);
  }
  return KNOWN_STATUSES.has(status) ? (labels[`Status_${status}`] ?? status) : status;
}

/** Up to two initials from a display name ("Andy Martinez" → "AM"). */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase();
}
