/**
 * Locale- and time-zone-aware formatting of entry times. Formatters are built once per
 * (locale, time zone, style) and reused: building them per row is the measured hot spot of peers.
 */
import type { LabelName, LabelSet } from 'c/transcriptLabels';

export type TimeStyle = 'time' | 'dateTime' | 'date' | 'full' | 'dayKey';

const OPTIONS: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  date: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  full: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    timeZoneName: 'short'
  },
  dayKey: { year: 'numeric', month: '2-digit', day: '2-digit' }
};

/**
 * The largest distance from the epoch an ECMAScript Date can hold: ±8.64e15 ms (±100,000,000 days), i.e.
 * -271821-04-20T00:00:00Z to +275760-09-13T00:00:00Z. Outside it `toISOString` and `Intl` formatting
 * throw RangeError. https://tc39.es/ecma262/#sec-time-values-and-time-range
 */
export const MAX_TIME_MS = 8.64e15;

/** `ms` when it is a time a Date can hold (finite, within ±MAX_TIME_MS), else null ("no time"). */
export function usableTime(ms: number | null | undefined): number | null {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS ? ms : null;
}

const FALLBACK_LOCALE = 'en-US';
const FALLBACK_TIME_ZONE = 'UTC';
const cache = new Map<string, Intl.DateTimeFormat>();

function build(locale: string, timeZone: string, style: TimeStyle): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { ...OPTIONS[style], timeZone };
  // dayKey must be machine-readable whatever the user's locale.
  return new Intl.DateTimeFormat(style === 'dayKey' ? 'en-CA' : locale, options);
}

/** A cached formatter; an unknown locale or time zone falls back instead of throwing. */
export function getFormatter(locale: string, timeZone: string, style: TimeStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let formatter = cache.get(key);
  if (!formatter) {
    try {
      formatter = build(locale, timeZone, style);
    } catch {
      try {
        formatter = build(locale, FALLBACK_TIME_ZONE, style);
      } catch {
        formatter = build(FALLBACK_LOCALE, FALLBACK_TIME_ZONE, style);
      }
    }
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatTimestamp(
  ms: number | null,
  locale: string,
  timeZone: string,
  style: TimeStyle = 'time'
): string {
  const time = usableTime(ms);
  if (time === null) {
    return '';
  }
  try {
    return getFormatter(locale, timeZone, style).format(time);
  } catch {
    // Intl throws RangeError for a time it cannot place: that row shows no time, the others are unharmed.
    return '';
  }
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD; '' for a time a Date cannot hold. */
export function dayKeyOf(ms: number, timeZone: string): string {
  const time = usableTime(ms);
  if (time === null) {
    return '';
  }
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = getFormatter(FALLBACK_LOCALE, timeZone, 'dayKey').formatToParts(time);
  } catch {
    return '';
  }
  // Stryker disable next-line OptionalChaining,StringLiteral: en-CA day-key parts always hold year, month, day
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Formats a duration in milliseconds as m:ss or h:mm:ss (e.g. 75_000 → "1:15"). */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) {
    return '';
  }
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const relativeCache = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let formatter = relativeCache.get(locale);
  if (!formatter) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    } catch {
      formatter = new Intl.RelativeTimeFormat(FALLBACK_LOCALE, { numeric: 'auto', style: 'long' });
    }
    relativeCache.set(locale, formatter);
  }
  return formatter;
}

/** Largest unit first: [unit, its length in ms, switch to the next larger unit at this many]. */
const RELATIVE_UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number, number]> = [
  ['second', 1_000, 45],
  ['minute', 60_000, 45],
  ['hour', 3_600_000, 22],
  ['day', 86_400_000, 26],
  ['month', 2_629_800_000, 11],
  ['year', 31_557_600_000, Number.POSITIVE_INFINITY]
];

/** "5 minutes ago", "yesterday", "in 2 hours" in the user's locale; '' for no time. */
export function formatRelative(ms: number | null, now: number, locale: string): string {
  const time = usableTime(ms);
  if (time === null || !Number.isFinite(now)) {
    return '';
  }
  const diff = time - now;
  for (const [unit, length, limit] of RELATIVE_UNITS) {
    const amount = Math.round(diff / length);
    if (Math.abs(amount) < limit) {
      try {
        return relativeFormatter(locale).format(
          unit === 'second' && Math.abs(amount) < 10 ? 0 : amount,
          unit
        );
      } catch {
        return '';
      }
    }
  }
  // Stryker disable next-line StringLiteral: unreachable, the last limit is Infinity and amounts are finite
  return '';
}

/** Everything the time tooltip lists, as label name and time. */
interface TimedField {
  label: LabelName;
  ms: number | null;
}

/**
 * The full timestamps of an entry for its tooltip, one per line, each with its field name: EntryTime
 * (with milliseconds), ClientTimestamp, ServerReceivedTimestamp and EntryEndTime, in the user's locale
 * and time zone. Times the entry does not have are left out; '' when it has none.
 */
export function timestampDetails(
  entry: {
    entryTime: number | null;
    clientTimestamp: number | null;
    serverReceivedTimestamp: number | null;
    entryEndTime: number | null;
  },
  locale: string,
  timeZone: string,
  labels: LabelSet
): string {
  const fields: TimedField[] = [
    { label: 'Time_Entry_Time', ms: entry.entryTime },
    { label: 'Time_Client_Timestamp', ms: entry.clientTimestamp },
    {
      label: 'Time_Server_Received',
      ms: entry.serverReceivedTimestamp
    },
    { label: 'Time_Entry_End', ms: entry.entryEndTime }
  ];
  return fields
    .map((field) => ({ field, text: formatTimestamp(field.ms, locale, timeZone, 'full') }))
    .filter(({ text }) => text !== '')
    .map(({ field, text }) => labels[field.label].replace('{0}', text))
    .join('\n');
}
