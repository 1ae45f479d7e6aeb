/**
 * Types shared by the transcript model, the data adapters and the presentational bundles.
 * Raw types mirror the UI API GraphQL response exactly; normalised types are what the UI renders.
 */
import type { SessionBookend } from './bookends';

/** Actor types from ConversationEntry.ActorType (describe, API 61). */
export const ACTOR_TYPES = ['Agent', 'Bot', 'EndUser', 'Supervisor', 'System'] as const;
export type KnownActorType = (typeof ACTOR_TYPES)[number];
/** `Unknown` covers a null ActorType and any value a newer org adds. */
export type ActorKind = KnownActorType | 'Unknown';

/** Entry types from ConversationEntry.EntryType (describe, API 61). Newer orgs may add more. */
export const ENTRY_TYPES = [
  'Text',
  'EndUserOptedIn',
  'EndUserOptedOut',
  'AdminOptedIn',
  'AdminOptedOut',
  'BotEscalated',
  'ChatbotEstablished',
  'ChatbotNotEstablished',
  'ChatbotClosedIdleSession',
  'ChatbotEndedChatByAction',
  'ChatbotEndedTransferNotConfigured',
  'ConversationControlLost'
] as const;
export type KnownEntryType = (typeof ENTRY_TYPES)[number];

/** Message statuses from ConversationEntry.MessageStatus (describe, API 61). */
export const MESSAGE_STATUSES = ['Pending', 'Sent', 'Delivered', 'Read', 'Error'] as const;
export type KnownMessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One UI API field as GraphQL returns it: `{ value displayValue }`. */
export interface RawField<T> {
  value?: T | null;
  displayValue?: string | null;
}

/** A ConversationEntry node exactly as `uiapi.query.ConversationEntry.edges[].node` returns it. */
export interface RawConversationEntry {
  Id?: string | null;
  Seq?: RawField<number> | null;
  EntryType?: RawField<string> | null;
  ActorType?: RawField<string> | null;
  ActorName?: RawField<string> | null;
  ActorId?: RawField<string> | null;
  Message?: RawField<string> | null;
  MessageStatus?: RawField<string> | null;
  MessageStatusCode?: RawField<string> | null;
  MessageIdentifier?: RawField<string> | null;
  MessageSendTime?: RawField<string> | null;
  MessageDeliverTime?: RawField<string> | null;
  MessageReadTime?: RawField<string> | null;
  HasAttachments?: RawField<boolean> | null;
  EntryTime?: RawField<string> | null;
  EntryTimeMilliSecs?: RawField<number> | null;
  EntryEndTime?: RawField<string> | null;
  ClientTimestamp?: RawField<string> | null;
  ClientDuration?: RawField<number> | null;
  ServerReceivedTimestamp?: RawField<string> | null;
}

export interface RawEdge {
  node?: RawConversationEntry | null;
  cursor?: string | null;
}

export interface RawPageInfo {
  hasNextPage?: boolean | null;
  endCursor?: string | null;
}

export interface RawConnection {
  edges?: Array<RawEdge | null> | null;
  pageInfo?: RawPageInfo | null;
  totalCount?: number | null;
}

/** The `data` part of the GraphQL response. */
export interface ConversationEntryPageData {
  uiapi?: {
    query?: {
      ConversationEntry?: RawConnection | null;
    } | null;
  } | null;
}

/** How an entry is laid out in the SLDS chat log. */
export type EntryLayout = 'inbound' | 'outbound' | 'event';

/** A normalised, render-ready ConversationEntry. Times are epoch milliseconds. */
export interface TranscriptEntry {
  id: string;
  seq: number | null;
  /** The raw EntryType API value ('' when missing). */
  entryType: string;
  /** The raw ActorType API value ('' when missing). */
  actorType: string;
  actorKind: ActorKind;
  actorName: string | null;
  actorId: string | null;
  layout: EntryLayout;
  /** The message text; null when the field is blank or not stored for the channel. */
  message: string | null;
  messageStatus: string | null;
  messageStatusCode: string | null;
  messageIdentifier: string | null;
  hasAttachments: boolean;
  entryTime: number | null;
  entryEndTime: number | null;
  clientTimestamp: number | null;
  clientDuration: number | null;
  serverReceivedTimestamp: number | null;
  messageSendTime: number | null;
  messageDeliverTime: number | null;
  messageReadTime: number | null;
  /**
   * Where the row came from: absent or 'entry' = a ConversationEntry record; 'live' = only in
   * the console's live conversation log; 'both' = a ConversationEntry whose text came from the live log.
   */
  source?: EntrySource;
  /** Set on the divider row that leads a session of the customer's history (bookends.ts); never on an entry. */
  bookend?: SessionBookend;
}

/** See TranscriptEntry.source. */
export type EntrySource = 'entry' | 'live' | 'both';

/** An input edge the model could not read, kept so the UI can count it instead of dropping it silently. */
export interface UnreadableEntry {
  index: number;
  reason: 'missing-node' | 'missing-id';
}

export interface NormalizedPage {
  entries: TranscriptEntry[];
  unreadable: UnreadableEntry[];
  /** True when `data` has no `uiapi.query.ConversationEntry.edges` list at all. */
  malformed: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number | null;
}
