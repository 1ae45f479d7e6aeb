import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import { formatTimestamp, type TranscriptEntry } from 'c/transcriptModel';

interface Row {
  key: string;
  itemClass: string;
  isEvent: boolean;
  entry: TranscriptEntry;
  timeText: string;
  timeIso: string;
}

/**
 * Presentational component: the SLDS chat log (`section.slds-chat[role=log]`) of transcript entries,
 * in the order given. Inbound and outbound messages become bubbles, everything else an event row.
 * Times are formatted once per row with the locale and time zone passed in.
 */
export default class TranscriptLog extends LightningElement {
  /** BCP-47 locale for times (the user's Salesforce locale). */
  @api locale = 'en-US';
  /** IANA time zone for times (the user's Salesforce time zone). */
  @api timeZone = 'UTC';

  private entryList: TranscriptEntry[] = [];
  private cache: { source: TranscriptEntry[]; locale: string; timeZone: string; rows: Row[] } | null = null;

  labels = LABELS;

  /** The normalised, sorted entries to show. */
  @api
  get entries(): TranscriptEntry[] {
    return this.entryList;
  }
  set entries(value: TranscriptEntry[]) {
    this.entryList = Array.isArray(value) ? value : [];
  }

  get rows(): Row[] {
    const cached = this.cache;
    if (
      cached &&
      cached.source === this.entryList &&
      cached.locale === this.locale &&
      cached.timeZone === this.timeZone
    ) {
      return cached.rows;
    }
    const rows = this.entryList.map((entry) => ({
      key: entry.id,
      itemClass: `slds-chat-listitem slds-chat-listitem_${entry.layout}`,
      isEvent: entry.layout === 'event',
      entry,
      timeText: formatTimestamp(entry.entryTime, this.locale, this.timeZone, 'time'),
      timeIso: entry.entryTime === null ? '' : new Date(entry.entryTime).toISOString()
    }));
    this.cache = { source: this.entryList, locale: this.locale, timeZone: this.timeZone, rows };
    return rows;
  }
}
