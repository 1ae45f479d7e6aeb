import { LABELS } from 'c/transcriptLabels';
import {
  dayKeyOf,
  dayLabel,
  formatRelative,
  formatTimestamp,
  startsDay,
  timestampDetails,
  type TranscriptEntry
} from 'c/transcriptModel';

/** One rendered row of the log, its strings worked out. */
export interface Row {
  key: string;
  itemClass: string;
  /** The class of the row's c-transcript-entry host: `transcript-entry_event` gives an event row its width. */
  entryClass: string;
  /** A session divider of the customer's history (entry.bookend), drawn by c-transcript-session-bookend. */
  isBookend: boolean;
  entry: TranscriptEntry;
  timeText: string;
  timeIso: string;
  timeTitle: string;
  dayLabel: string | null;
  isTarget: boolean;
  /** The entry above is a message by the same actor on the same day: no second avatar (SLDS faux avatar). */
  continued: boolean;
  occurrence: number;
  position: number;
}

/** The search match the user is on: which entry, and which of its matches. */
export interface CurrentMatch {
  entryId: string;
  occurrence: number;
}

/** What the rows depend on besides the entries. */
export interface RowSettings {
  locale: string;
  timeZone: string;
  /** "Now" for relative times and Today/Yesterday, epoch ms. */
  now: number;
  /** 'relative' shows "5 minutes ago"; anything else the time of day. */
  timeMode: string;
  currentMatch: CurrentMatch | null;
  targetEntryId: string | null;
}

interface EntryTimes {
  text: string;
  iso: string;
  title: string;
  day: string | null;
}

/**
 * Builds the rows of a window of the log. Times, day separators ("Today", "Yesterday", a date) and the
 * timestamp tooltips are worked out only for the rows asked for, and kept per entry for the locale and
 * time zone they were made in.
 */
export class RowBuilder {
  private readonly times = new Map<string, EntryTimes>();
  private timesKey = '';
  private locale = '';
  private timeZone = '';

  /** The rows for list[start..end). */
  build(list: readonly TranscriptEntry[], start: number, end: number, settings: RowSettings): Row[] {
    const key = `${settings.locale}|${settings.timeZone}`;
    if (key !== this.timesKey) {
      this.times.clear();
      this.timesKey = key;
      this.locale = settings.locale;
      this.timeZone = settings.timeZone;
    }
    const current = settings.currentMatch;
    const rows: Row[] = [];
    for (let index = start; index < end; index++) {
      const entry = list[index];
      const time = this.timesOf(entry);
      const isCurrent = current !== null && current.entryId === entry.id;
      const isTarget = settings.targetEntryId === entry.id;
      const ms = entry.entryTime;
      rows.push({
        key: entry.id,
        itemClass: `slds-chat-listitem slds-chat-listitem_${entry.layout}${
          isCurrent ? ' transcript-row_current' : ''
        }${isTarget ? ' transcript-row_target' : ''}`,
        entryClass: entry.layout === 'event' ? 'transcript-entry_event' : '',
        isBookend: entry.bookend !== undefined,
        entry,
        timeText:
          settings.timeMode === 'relative' ? formatRelative(ms, settings.now, settings.locale) : time.text,
        timeIso: time.iso,
        timeTitle: time.title,
        dayLabel:
          ms !== null && startsDay(list, index, this.dayOf)
            ? dayLabel(ms, settings.now || Date.now(), settings.locale, settings.timeZone, LABELS)
            : null,
        isTarget,
        continued: this.continuesFrom(list, index, time.day),
        occurrence: isCurrent ? current.occurrence : -1,
        position: index + 1
      });
    }
    return rows;
  }

  private timesOf(entry: TranscriptEntry): EntryTimes {
    let time = this.times.get(entry.id);
    if (!time) {
      const ms = entry.entryTime;
      time = {
        text: formatTimestamp(ms, this.locale, this.timeZone, 'time'),
        iso: ms === null ? '' : new Date(ms).toISOString(),
        title: timestampDetails(entry, this.locale, this.timeZone, LABELS),
        day: ms === null || !Number.isFinite(ms) ? null : dayKeyOf(ms, this.timeZone)
      };
      this.times.set(entry.id, time);
    }
    return time;
  }

  /** An entry's calendar day in the user's time zone (cached with its times). */
  private readonly dayOf = (entry: TranscriptEntry): string | null => this.timesOf(entry).day;

  /** Whether the row at `index` continues a run of messages by the same actor (same day). */
  private continuesFrom(list: readonly TranscriptEntry[], index: number, day: string | null): boolean {
    const entry = list[index];
    const above = index > 0 ? list[index - 1] : undefined;
    return (
      above !== undefined &&
      entry.layout !== 'event' &&
      above.layout === entry.layout &&
      above.actorKind === entry.actorKind &&
      above.actorName === entry.actorName &&
      day !== null &&
      this.timesOf(above).day === day
    );
  }
}
