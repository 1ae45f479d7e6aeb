/**
 * Pure export of a transcript as plain text, CSV or JSON, and the downloaded file's name. No DOM, no
 * platform modules: the caller turns the returned string into a Blob. Entries are written in the order
 * given (callers pass the merged, sorted list).
 */
import type { LabelSet } from 'c/transcriptLabels';
import { actorDisplayName, actorTypeLabel, entryTypeLabel } from './display';
import { dayKeyOf, formatTimestamp } from './timeFormat';
import type { TranscriptEntry } from './types';

export interface ExportOptions {
  /** The custom label values (LABELS of c/transcriptLabels). */
  labels: LabelSet;
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

/**
 * The conversation an entry belongs to: this session (`current`) or an earlier one of the same customer,
 * by record id and Name (null when the Name is not readable).
 */
export interface ExportSession {
  readonly id: string;
  readonly name: string | null;
  readonly current: boolean;
}

/** Which conversation each exported entry belongs to; null when the caller does not know. */
export type SessionOfEntry = (entry: TranscriptEntry) => ExportSession | null;

const NO_SESSION: SessionOfEntry = () => null;

/**
 * An entry as the JSON export writes it: every TranscriptEntry field, times as ISO-8601 UTC strings,
 * and the conversation it belongs to (`session`, null when not known).
 */
export type ExportedEntry = Omit<TranscriptEntry, TimeKey> &
  Record<TimeKey, string | null> & { session: ExportSession | null };

export interface TranscriptExport {
  exportedFormat: typeof EXPORT_FORMAT_VERSION;
  entries: ExportedEntry[];
}

/** ISO-8601 UTC with milliseconds (2024-05-14T16:58:00.000Z), or null for no or an unusable time. */
function toIso(ms: number | null): string | null {
  // Stryker disable next-line ConditionalExpression: Number.isFinite(null) is false, so null is caught either way
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
/**
 * Every line-break kind an editor or viewer may split on: CR LF, LF, CR, VT, FF, NEL (U+0085), LINE
 * SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). https://www.unicode.org/reports/tr14/ (BK, CR, LF, NL)
 */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * Bidirectional formatting characters: embeddings and overrides (LRE RLE PDF LRO RLO, U+202A–U+202E),
 * isolates (LRI RLI FSI PDI, U+2066–U+2069) and marks (LRM RLM U+200E/F, ALM U+061C).
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Isolates
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const FSI = '\u2068';
const PDI = '\u2069';
/**
 * Other control characters: C0 except tab and the breaks above (`\t-\r` is U+0009–U+000D: tab, LF, VT,
 * FF, CR), DEL, C1 except NEL.
 */
const OTHER_CONTROLS = /(?![\t-\r\u0085])\p{Cc}/gu;

/**
 * Control characters as visible symbols: C0 as its Control Picture (ESC → ␛, U+241B), DEL as ␡, C1 as
 * U+FFFD. A terminal escape sequence in a record then reads as text instead of acting on the terminal.
 */
function visibleControls(text: string): string {
  return text.replace(OTHER_CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    // Stryker disable next-line EqualityOperator: OTHER_CONTROLS never matches the space (0x20)
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/**
 * Text holding bidi controls, wrapped in FSI … PDI so none of them reaches past it: a PDI closes every
 * embedding, override and isolate opened after its FSI (UAX #9, X6a). Unmatched PDIs inside are dropped
 * (they would close the FSI early) and isolates left open are closed first. Text without bidi controls
 * is returned as is.
 */
function isolateBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) {
    return text;
  }
  let open = 0;
  let kept = '';
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) {
      open++;
    } else if (char === PDI) {
      if (open === 0) {
        continue;
      }
      open--;
    }
    kept += char;
  }
  return FSI + kept + PDI.repeat(open) + PDI;
}

/** A field written on one line: line breaks as spaces, controls visible, bidi isolated. */
function inlineField(text: string, leading = false): string {
  const single = text.replace(LINE_BREAKS, ' ');
  return isolateBidi(visibleControls(leading ? single.trimStart() : single));
}

/** The actor's type label; an unknown raw type a newer org adds is shown as is. */
function actorTypeText(entry: TranscriptEntry, labels: LabelSet): string {
  return entry.actorKind === 'Unknown' && entry.actorType !== ''
    ? entry.actorType
    : actorTypeLabel(entry.actorKind, labels);
}

/** "Name (Type)"; just "Type" when the name is the type (no ActorName), to avoid "System (System)". */
function actorText(entry: TranscriptEntry, labels: LabelSet, leading: boolean): string {
  const name = actorDisplayName(entry, labels);
  const type = actorTypeText(entry, labels);
  return name === type ? inlineField(name, leading) : `${inlineField(name, leading)} (${inlineField(type)})`;
}

function plainTextLine(entry: TranscriptEntry, options: ExportOptions): string {
  const { labels } = options;
  const time = inlineField(formatTimestamp(entry.entryTime, options.locale, options.timeZone, 'dateTime'));
  const prefix = time === '' ? '' : `[${time}] `;
  const leading = prefix === '';
  let text: string | null;
  let head: string;
  if (entry.entryType === 'Text') {
    head = `${prefix}${actorText(entry, labels, leading)}`;
    text = entry.message ?? `[${labels.Transcript_Blank_Message}]`;
  } else {
    const name = inlineField(actorDisplayName(entry, labels), leading);
    head = `${prefix}${name} \u2014 ${inlineField(entryTypeLabel(entry.entryType, labels))}`;
    text = entry.message;
  }
  if (entry.hasAttachments) {
    const attachment = `[${labels.Transcript_Attachment}]`;
    text = text === null ? attachment : `${text} ${attachment}`;
  }
  if (text === null) {
    return head;
  }
  const lines = text.split(LINE_BREAKS).map((line) => isolateBidi(visibleControls(line)));
  return `${head}: ${lines.join(`\n${CONTINUATION_INDENT}`)}`;
}

/**
 * The transcript as plain text, one entry per line (a multi-line message continues on indented lines):
 * `[time] Actor (Actor type): text` for messages, `[time] Actor — event label[: text]` for events.
 * Times are in the user's locale and time zone, with the date. Ends with a line break (LF).
 * Whatever the record holds, a line that does not start with the indent starts an entry: line breaks
 * of every kind inside a message become indented continuation lines, inside any other field spaces;
 * other control characters are written as visible symbols; bidi controls are isolated per field.
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

/** The last column: the Name (else the record id) of the conversation the entry belongs to. */
const SESSION_HEADER = 'Session';

function sessionCell(session: ExportSession | null): CsvValue {
  return session === null ? null : { text: session.name ?? session.id };
}

/** The CSV header row's column names, in order. */
export const CSV_HEADERS: readonly string[] = [...CSV_COLUMNS.map(([header]) => header), SESSION_HEADER];

function textOrNull(value: string | null): CsvValue {
  return value === null ? null : { text: value };
}

/**
 * CSV (formula) injection guard, as OWASP advises: a spreadsheet runs a cell starting with =, +, -, @,
 * tab or carriage return as a formula, so such text gets a leading apostrophe and shows as typed.
 * Spreadsheets also trim leading white space before reading a formula and read the full-width forms
 * ＝ ＋ － ＠ as their ASCII twins, so those starts are guarded too.
 * Only text from the record is guarded; numbers, booleans and the ISO times we write are safe as is.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * RFC 4180: a field holding a comma, double quote, CR or LF is quoted, its quotes doubled. Fields holding
 * any other line-break kind (VT, FF, NEL, U+2028, U+2029) are quoted too, for readers that split on them.
 * https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
const NEEDS_QUOTES = /[",\r\n\v\f\u0085\u2028\u2029]/;

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
 * The transcript as RFC 4180 CSV: a header row of API names (then `Session`, the conversation of each
 * entry by `sessionOf`), one row per entry, CRLF line endings (ending with one), times as ISO-8601 UTC with milliseconds, empty cells for nulls. Starts with a BOM.
 */
export function toCsv(entries: readonly TranscriptEntry[], sessionOf: SessionOfEntry = NO_SESSION): string {
  const rows = [CSV_HEADERS.map((header) => csvCell({ text: header }))];
  for (const entry of entries) {
    rows.push([
      ...CSV_COLUMNS.map(([, read]) => csvCell(read(entry))),
      csvCell(sessionCell(sessionOf(entry)))
    ]);
  }
  return BOM + rows.map((cells) => cells.join(',') + CRLF).join('');
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** Every field of the entry, its times as ISO strings (the type makes sure none is left as a number). */
function exportedEntry(entry: TranscriptEntry, session: ExportSession | null): ExportedEntry {
  return {
    ...entry,
    entryTime: toIso(entry.entryTime),
    entryEndTime: toIso(entry.entryEndTime),
    clientTimestamp: toIso(entry.clientTimestamp),
    serverReceivedTimestamp: toIso(entry.serverReceivedTimestamp),
    messageSendTime: toIso(entry.messageSendTime),
    messageDeliverTime: toIso(entry.messageDeliverTime),
    messageReadTime: toIso(entry.messageReadTime),
    session: session === null ? null : { id: session.id, name: session.name, current: session.current }
  };
}

/**
 * Characters JSON.stringify writes raw that an editor may take as a line break (NEL, U+2028, U+2029,
 * and the other C1 controls and DEL) or that reorder the text around them (bidi controls). They only
 * ever occur inside string literals, where `\uXXXX` stands for the same character.
 */
const JSON_ESCAPED = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * The transcript as pretty-printed JSON: `{ "exportedFormat": 1, "entries": [...] }`, times as ISO
 * strings, each entry's conversation in `session` (`{ id, name, current }` by `sessionOf`, else null). JSON.parse gives back every value exactly; the text itself is one value per line.
 */
export function toJson(entries: readonly TranscriptEntry[], sessionOf: SessionOfEntry = NO_SESSION): string {
  const document: TranscriptExport = {
    exportedFormat: EXPORT_FORMAT_VERSION,
    entries: entries.map((entry) => exportedEntry(entry, sessionOf(entry)))
  };
  return JSON.stringify(document, null, 2).replace(
    JSON_ESCAPED,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
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
