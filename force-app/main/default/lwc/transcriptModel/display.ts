/**
 * Pure display rules: which label, icon and status text an entry gets. Labels are passed in (the custom
 * label values), so these functions stay free of platform imports and are unit-tested directly.
 */
import type { LabelName, LabelSet } from 'c/transcriptLabels';
import { ENTRY_TYPES, MESSAGE_STATUSES, type ActorKind, type TranscriptEntry } from './types';

/** The custom label values the display rules read (`LABELS` of c/transcriptLabels, or a test's set). */
export type Labels = LabelSet;

/** Whether the set has a label of this name: names built from record values are checked, not assumed. */
function isLabelName(labels: Labels, name: string): name is LabelName {
  return Object.prototype.hasOwnProperty.call(labels, name);
}

/** The label called `name`, or `fallback` when the set has none (a value newer than the package). */
function labelOr(labels: Labels, name: string, fallback: string): string {
  return isLabelName(labels, name) ? labels[name] : fallback;
}

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
    ? labels.Transcript_Entry_Count_One
    : fillTemplate(labels.Transcript_Entry_Count, count.toLocaleString(locale));
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
  return labelOr(labels, `Actor_${kind}`, kind);
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
    return labels.Entry_Missing_Type;
  }
  if (KNOWN_ENTRY_TYPES.has(entryType)) {
    return labelOr(labels, `Entry_${entryType}`, entryType);
  }
  return fillTemplate(labels.Entry_Unknown, entryType);
}

export function eventIcon(entryType: string): string {
  return EVENT_ICONS.get(entryType) ?? 'utility:event';
}

/** The text for a message status; Error carries its MessageStatusCode. Null when no status. */
export function statusLabel(status: string | null, code: string | null, labels: Labels): string | null {
  if (status === null) {
    return null;
  }
  if (status === 'Error') {
    return code !== null ? fillTemplate(labels.Status_Error_Code, code) : labels.Status_Error;
  }
  return KNOWN_STATUSES.has(status) ? labelOr(labels, `Status_${status}`, status) : status;
}
