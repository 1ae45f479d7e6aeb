// Times as the rows, tooltips and relative clock show them: the edges of what a Date can hold, relative
// wording at each unit's switch-over, the field list of the time tooltip, and what an engine whose Intl
// cannot place a time shows.
import { LABELS } from 'c/transcriptLabels';
import {
  MAX_TIME_MS,
  dayKeyOf,
  formatDuration,
  formatRelative,
  formatTimestamp,
  getFormatter,
  timestampDetails,
  usableTime
} from '../timeFormat';

/** EntryTime of a real entry: 2024-05-14T16:58:02.123Z. */
const AT = Date.parse('2024-05-14T16:58:02.123Z');
const SECOND = 1_000;
const DAY = 86_400_000;

describe('usable times', () => {
  it('keeps the first and last instant a Date can hold and drops anything past them', () => {
    expect(usableTime(MAX_TIME_MS)).toBe(MAX_TIME_MS);
    expect(usableTime(-MAX_TIME_MS)).toBe(-MAX_TIME_MS);
    expect(usableTime(MAX_TIME_MS + 1)).toBeNull();
    expect(usableTime(-MAX_TIME_MS - 1)).toBeNull();
    expect(formatTimestamp(MAX_TIME_MS, 'en-US', 'UTC', 'dateTime')).toBe('Sep 13, 275760, 12:00 AM');
    expect(dayKeyOf(MAX_TIME_MS, 'UTC')).toBe('275760-09-13');
    expect([dayKeyOf(MAX_TIME_MS + 1, 'UTC'), dayKeyOf(NaN, 'UTC')]).toEqual(['', '']);
  });

  it('treats NaN, infinities and a timestamp that arrived as text as no time', () => {
    expect([NaN, Infinity, -Infinity, undefined, null].map(usableTime)).toEqual([
      null,
      null,
      null,
      null,
      null
    ]);
    expect(usableTime(String(AT))).toBeNull();
    expect(usableTime(true)).toBeNull();
    expect(formatTimestamp(String(AT), 'en-US', 'UTC')).toBe('');
  });
});

describe('formatters', () => {
  it('writes the day key as YYYY-MM-DD whatever the locale asked for', () => {
    expect(
      ['de-DE', 'ar-EG', 'en-US'].map((locale) => getFormatter(locale, 'UTC', 'dayKey').format(AT))
    ).toEqual(['2024-05-14', '2024-05-14', '2024-05-14']);
  });

  it('falls back to en-US in UTC when both the locale and the time zone are unknown', () => {
    expect(formatTimestamp(AT, 'xx-invalid-@@', 'Not/AZone')).toBe('4:58 PM');
    expect(formatTimestamp(AT, 'xx-invalid-@@', 'UTC', 'dateTime')).toBe('May 14, 2024, 4:58 PM');
  });

  describe('in an engine whose Intl cannot place some times', () => {
    const formatGetter = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format').get;
    const formatToParts = Intl.DateTimeFormat.prototype.formatToParts;
    const refuseBefore1970 = (place) =>
      function (time) {
        if (time < 0) {
          throw new RangeError('Invalid time value');
        }
        return place.call(this, time);
      };

    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('shows no time for the row whose time throws and formats the others', () => {
      jest.spyOn(Intl.DateTimeFormat.prototype, 'format', 'get').mockImplementation(function () {
        return refuseBefore1970(formatGetter.call(this));
      });
      expect(formatTimestamp(-DAY, 'en-US', 'UTC')).toBe('');
      expect(formatTimestamp(AT, 'en-US', 'UTC')).toBe('4:58 PM');
    });

    it('gives no day for a time whose parts throw', () => {
      jest
        .spyOn(Intl.DateTimeFormat.prototype, 'formatToParts')
        .mockImplementation(refuseBefore1970(formatToParts));
      expect(dayKeyOf(-DAY, 'UTC')).toBe('');
      expect(dayKeyOf(AT, 'UTC')).toBe('2024-05-14');
    });

    it('gives no relative time when the relative formatter throws for its unit, and formats the others', () => {
      const format = Intl.RelativeTimeFormat.prototype.format;
      jest.spyOn(Intl.RelativeTimeFormat.prototype, 'format').mockImplementation(function (value, unit) {
        if (unit === 'second') {
          throw new RangeError('Invalid unit');
        }
        return format.call(this, value, unit);
      });
      expect(formatRelative(AT - 20 * SECOND, AT, 'en-US')).toBe('');
      expect(formatRelative(AT - 5 * 60 * SECOND, AT, 'en-US')).toBe('5 minutes ago');
    });
  });
});

describe('relative times', () => {
  const ago = (ms, locale = 'en-US') => formatRelative(AT - ms, AT, locale);
  const ahead = (ms, locale = 'en-US') => formatRelative(AT + ms, AT, locale);

  it('says "now" under 10 seconds and counts seconds from 10 up to 44', () => {
    expect([ago(0), ago(9 * SECOND), ahead(9 * SECOND)]).toEqual(['now', 'now', 'now']);
    expect([ahead(10 * SECOND), ago(20 * SECOND), ago(44 * SECOND)]).toEqual([
      'in 10 seconds',
      '20 seconds ago',
      '44 seconds ago'
    ]);
  });

  it('switches to the next unit at 45 seconds, 45 minutes, 22 hours, 26 days and 11 months', () => {
    expect(ahead(45 * SECOND)).toBe('in 1 minute');
    expect(ago(44 * 60 * SECOND)).toBe('44 minutes ago');
    expect(ago(45 * 60 * SECOND)).toBe('1 hour ago');
    expect(ago(21 * 3_600_000)).toBe('21 hours ago');
    expect(ago(22 * 3_600_000)).toBe('yesterday');
    expect(ago(25 * DAY)).toBe('25 days ago');
    expect(ago(26 * DAY)).toBe('last month');
    expect(ago(10 * 2_629_800_000)).toBe('10 months ago');
    expect(ago(11 * 2_629_800_000)).toBe('last year');
  });

  it('speaks the user locale, and English for a locale Intl does not know', () => {
    expect([ago(3 * DAY, 'fr-FR'), ago(0, 'de-DE')]).toEqual(['il y a 3 jours', 'jetzt']);
    expect([ago(0, 'xx-invalid-@@'), ago(DAY, 'xx-invalid-@@')]).toEqual(['now', 'yesterday']);
  });

  it('gives no relative time without a time or a clock', () => {
    expect(formatRelative(null, AT, 'en-US')).toBe('');
    expect(formatRelative(AT, NaN, 'en-US')).toBe('');
  });
});

describe('time tooltip', () => {
  const entry = {
    entryTime: AT,
    clientTimestamp: AT - 1500,
    serverReceivedTimestamp: AT + 250,
    entryEndTime: AT + 65_000
  };

  it('lists entry, client, received and end time to the millisecond, in the user zone', () => {
    expect(timestampDetails(entry, 'en-US', 'America/New_York', LABELS).split('\n')).toEqual([
      'Entry time: May 14, 2024, 12:58:02.123 PM EDT',
      'Client timestamp: May 14, 2024, 12:58:00.623 PM EDT',
      'Received by Salesforce: May 14, 2024, 12:58:02.373 PM EDT',
      'Entry end time: May 14, 2024, 12:59:07.123 PM EDT'
    ]);
  });

  it('leaves out the times an entry does not have', () => {
    const received = { ...entry, entryTime: null, clientTimestamp: null, entryEndTime: null };
    expect(timestampDetails(received, 'en-US', 'UTC', LABELS)).toBe(
      'Received by Salesforce: May 14, 2024, 4:58:02.373 PM UTC'
    );
    expect(timestampDetails({ ...received, serverReceivedTimestamp: null }, 'en-US', 'UTC', LABELS)).toBe('');
  });
});

describe('durations', () => {
  it('gives no duration for a length that is not a finite number', () => {
    expect([NaN, Infinity, -Infinity].map(formatDuration)).toEqual(['', '', '']);
  });

  it('rounds to the second and shows hours only from one hour', () => {
    expect([59_499, 59_500, 3_599_499, 3_599_500].map(formatDuration)).toEqual([
      '0:59',
      '1:00',
      '59:59',
      '1:00:00'
    ]);
  });
});
