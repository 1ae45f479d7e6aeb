/**
 * Pure export of a transcript as plain text, CSV or JSON, and the downloaded file's name. No DOM, no
 * platform modules: the caller turns the returned string into a Blob. Entries are written in the order
 * given (callers pass the merged, sorted list).
 */
import { actorDisplayName, actorTypeLabel, entryTypeLabel, type Labels } from './display';
import { dayKeyOf, formatTimestamp } from './timeFormat';
import type { TranscriptEntry } from './types';

export interface ExportOptions {
  /** The custom label values (LABELS of c/transcriptLabels). */
  labels: Labels;
  /** The user's locale, e.g. 'en-US'. */
  locale: string;
  /** The user's time zone, e.g. 'America/Los_Angeles'. */
  timeZone: string;
}

export type ExportExtension = 'txt' | 'csv' | 'json';

/** Version of the JSON export's shape; bump it when the shape changes incompatibly. */
export const EXPORT_FORMAT_VERSION = 1;

/** The TranscriptEntry fields holding epoch milliseconds. */
type TimeKey =
  | 'entryTime'
  | 'entryEndTime'
  | 'clientTimestamp'
  | 'serverReceivedTimestamp'
  | 'messageSendTime'
  | 'messageDeliverTime'
  | 'messageReadTime';

/** An entry as the JSON export writes it: every TranscriptEntry field, times as ISO-8601 UTC strings. */
export type ExportedEntry = Omit<TranscriptEntry, TimeKey> & Record<TimeKey, string | null>;

export interface TranscriptExport {
  exportedFormat: typeof EXPORT_FORMAT_VERSION;
  entries: ExportedEntry[];
}

/** ISO-8601 UTC with milliseconds (2024-05-14T16:58:00.000Z), or null for no or an unusable time. */
function toIso(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms)) {
    return null;
  }
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

/** Indent of a message's second and following lines, so each entry stays readable. */
const CONTINUATION_INDENT = '    ';
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** The actor's type label; an unknown raw type a newer org adds is shown as is. */
function actorTypeText(entry: TranscriptEntry, labels: Labels): string {
  return entry.actorKind === 'Unknown' && entry.actorType !== ''
    ? entry.actorType
    : actorTypeLabel(entry.actorKind, labels);
}

/** "Name (Type)"; just "Type" when the name is the type (no ActorName), to avoid "System (System)". */
function actorText(entry: TranscriptEntry, labels: Labels): string {
  const name = actorDisplayName(entry, labels);
  const type = actorTypeText(entry, labels);
  return name === type ? name : `${name} (${type})`;
}

function plainTextLine(entry: TranscriptEntry, options: ExportOptions): string {
  const { labels } = options;
  const time = formatTimestamp(entry.entryTime, options.locale, options.timeZone, 'dateTime');
  const prefix = time === '' ? '' : `[${time}] `;
  let text: string | null;
  let head: string;
  if (entry.entryType === 'Text') {
    head = `${prefix}${actorText(entry, labels)}`;
    text = entry.message ?? `[${labels.Transcript_Blank_Message ?? ''}]`;
  } else {
    head = `${prefix}${actorDisplayName(entry, labels)} \u2014 ${entryTypeLabel(entry.entryType, labels)}`;
    text = entry.message;
  }
  if (entry.hasAttachments) {
    const attachment = `[${labels.Transcript_Attachment ?? 'Attachment'}]`;
    text = text === null ? attachment : `${text} ${attachment}`;
  }
  if (text === null) {
    return head;
  }
  return `${head}: ${text.split(LINE_BREAK).join(`\n${CONTINUATION_INDENT}`)}`;
}

/**
 * The transcript as plain text, one entry per line (a multi-line message continues on indented lines):
 * `[time] Actor (Actor type): text` for messages, `[time] Actor — event label[: text]` for events.
 * Times are in the user's locale and time zone, with the date. Ends with a line break.
 */
export function toPlainText(entries: readonly TranscriptEntry[], options: ExportOptions): string {
  return entries.map((entry) => `${plainTextLine(entry, options)}\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/**
 * A value as written to a cell. `{ text }` is text from the record, guarded against formula injection;
 * a bare string is one this module formats itself (an ISO time), written as is.
 */
type CsvValue = { text: string } | string | number | boolean | null;

/** One column per ConversationEntry field the component reads, headed by its API name. */
const CSV_COLUMNS: ReadonlyArray<readonly [string, (entry: TranscriptEntry) => CsvValue]> = [
  ['Id', (e) => ({ text: e.id })],
  ['Seq', (e) => e.seq],
  ['EntryType', (e) => ({ text: e.entryType })],
  ['ActorType', (e) => ({ text: e.actorType })],
  ['ActorName', (e) => textOrNull(e.actorName)],
  ['ActorId', (e) => textOrNull(e.actorId)],
  ['Message', (e) => textOrNull(e.message)],
  ['MessageStatus', (e) => textOrNull(e.messageStatus)],
  ['MessageStatusCode', (e) => textOrNull(e.messageStatusCode)],
  ['MessageIdentifier', (e) => textOrNull(e.messageIdentifier)],
  ['HasAttachments', (e) => e.hasAttachments],
  ['EntryTime', (e) => toIso(e.entryTime)],
  ['EntryEndTime', (e) => toIso(e.entryEndTime)],
  ['ClientTimestamp', (e) => toIso(e.clientTimestamp)],
  ['ClientDuration', (e) => e.clientDuration],
  ['ServerReceivedTimestamp', (e) => toIso(e.serverReceivedTimestamp)],
  ['MessageSendTime', (e) => toIso(e.messageSendTime)],
  ['MessageDeliverTime', (e) => toIso(e.messageDeliverTime)],
  ['MessageReadTime', (e) => toIso(e.messageReadTime)]
];

/** The CSV header row's column names, in order. */
export const CSV_HEADERS: readonly string[] = CSV_COLUMNS.map(([header]) => header);

function textOrNull(value: string | null): CsvValue {
  return value === null ? null : { text: value };
}

/**
 * CSV (formula) injection guard, as OWASP advises: a spreadsheet runs a cell starting with =, +, -, @,
 * tab or carriage return as a formula, so such text gets a leading apostrophe and shows as typed.
 * Only text from the record is guarded; numbers, booleans and the ISO times we write are safe as is.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field holding a comma, double quote, CR or LF is quoted, its quotes doubled. */
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: CsvValue): string {
  if (value === null) {
    return '';
  }
  let text: string;
  if (typeof value === 'object') {
    text = FORMULA_START.test(value.text) ? `'${value.text}` : value.text;
  } else {
    text = String(value);
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CRLF = '\r\n';
/** A UTF-8 byte order mark, so spreadsheet tools read accents and emoji as UTF-8. */
const BOM = '\uFEFF';

/**
 * The transcript as RFC 4180 CSV: a header row of API names, one row per entry, CRLF line endings
 * (ending with one), times as ISO-8601 UTC with milliseconds, empty cells for nulls. Starts with a BOM.
 */
export function toCsv(entries: readonly TranscriptEntry[]): string {
  const rows = [CSV_HEADERS.map((header) => csvCell({ text: header }))];
  for (const entry of entries) {
    rows.push(CSV_COLUMNS.map(([, read]) => csvCell(read(entry))));
  }
  return BOM + rows.map((cells) => cells.join(',') + CRLF).join('');
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** Every field of the entry, its times as ISO strings (the type makes sure none is left as a number). */
function exportedEntry(entry: TranscriptEntry): ExportedEntry {
  return {
    ...entry,
    entryTime: toIso(entry.entryTime),
    entryEndTime: toIso(entry.entryEndTime),
    clientTimestamp: toIso(entry.clientTimestamp),
    serverReceivedTimestamp: toIso(entry.serverReceivedTimestamp),
    messageSendTime: toIso(entry.messageSendTime),
    messageDeliverTime: toIso(entry.messageDeliverTime),
    messageReadTime: toIso(entry.messageReadTime)
  };
}

/** The transcript as pretty-printed JSON: `{ "exportedFormat": 1, "entries": [...] }`, times as ISO strings. */
export function toJson(entries: readonly TranscriptEntry[]): string {
  const document: TranscriptExport = {
    exportedFormat: EXPORT_FORMAT_VERSION,
    entries: entries.map(exportedEntry)
  };
  return JSON.stringify(document, null, 2);
}

// ---------------------------------------------------------------------------------------------
// File name
// ---------------------------------------------------------------------------------------------

const MAX_ID_LENGTH = 64;

/**
 * The download's file name, e.g. `conversation-0Mw5g000000001AAA-2024-05-14.csv`. Any character of the
 * record id outside [A-Za-z0-9_-] becomes `_`; no id (or no usable `now`) leaves that part out. The date
 * is the calendar day of `now` in `timeZone` (UTC by default).
 */
export function exportFileName(
  recordId: string | null,
  extension: ExportExtension,
  now: number,
  timeZone = 'UTC'
): string {
  const parts = ['conversation'];
  const id = (recordId ?? '')
    .trim()
    .replace(/[^A-Za-z0-9_-]/gu, '_')
    .slice(0, MAX_ID_LENGTH);
  if (id !== '') {
    parts.push(id);
  }
  if (Number.isFinite(now) && toIso(now) !== null) {
    parts.push(dayKeyOf(now, timeZone));
  }
  return `${parts.join('-')}.${extension}`;
}

/**
 * The Blob MIME type of each download. Lightning Web Security allows only listed types and no
 * parameters (no `;charset=`): text/plain and application/json are listed, text/csv is not, so CSV
 * goes out as application/octet-stream (the .csv name and the BOM tell spreadsheet tools what it is).
 * https://developer.salesforce.com/docs/platform/lightning-components-security/guide/lws-mime.html
 */
export const EXPORT_MIME_TYPES: Readonly<Record<ExportExtension, string>> = {
  txt: 'text/plain',
  csv: 'application/octet-stream',
  json: 'application/json'
};
