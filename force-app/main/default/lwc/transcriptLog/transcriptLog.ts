import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  buildOffsets,
  computeWindow,
  entryCountText,
  formatTimestamp,
  type TranscriptEntry
} from 'c/transcriptModel';

interface Row {
  key: string;
  itemClass: string;
  isEvent: boolean;
  entry: TranscriptEntry;
  timeText: string;
  timeIso: string;
  position: number;
}

/** Below this many entries every row is rendered; above it only the rows near the viewport. */
const WINDOW_THRESHOLD = 150;
/** Extra rows rendered above and below the viewport. */
const OVERSCAN = 10;
/** Rows rendered when the viewport has no measurable height yet. */
const MINIMUM_ROWS = 40;
/** Height assumed for a row until it has been rendered and measured, in px. */
const ESTIMATED_ROW_HEIGHT = 72;

/**
 * Presentational component: the SLDS chat log (`section.slds-chat[role=log]`) of transcript entries, in
 * the order given. Inbound and outbound messages become bubbles, everything else an event row.
 * Long transcripts are windowed: only rows near the viewport (plus an overscan) are in the DOM, with
 * heights measured after render; the log keeps its role, each row its position in the set, and a
 * visually hidden count says how many entries exist. Times are formatted only for rendered rows.
 */
export default class TranscriptLog extends LightningElement {
  /** BCP-47 locale for times (the user's Salesforce locale). */
  @api locale = 'en-US';
  /** IANA time zone for times (the user's Salesforce time zone). */
  @api timeZone = 'UTC';
  /** CSS max-height of the scrolling log, e.g. "32rem". Empty: grow with the content. */
  @api maxHeight = '32rem';

  labels = LABELS;

  private entryList: TranscriptEntry[] = [];
  private heights = new Map<string, number>();
  private offsets: Float64Array = new Float64Array(1);
  private offsetsDirty = true;
  private timeCache = new Map<string, { text: string; iso: string }>();
  private timeCacheKey = '';
  scrollTop = 0;
  viewportHeight = 0;

  /** The normalised, sorted entries to show. */
  @api
  get entries(): TranscriptEntry[] {
    return this.entryList;
  }
  set entries(value: TranscriptEntry[]) {
    this.entryList = Array.isArray(value) ? value : [];
    this.offsetsDirty = true;
  }

  /** Scrolls the log so the entry with this Id is in view (rendering it if it was outside the window). */
  @api
  scrollToEntry(entryId: string): void {
    const index = this.entryList.findIndex((entry) => entry.id === entryId);
    const scroller = this.scroller;
    if (index === -1 || !scroller) {
      return;
    }
    const offsets = this.currentOffsets();
    const target = Math.max(0, offsets[index] - scroller.clientHeight / 3);
    scroller.scrollTop = target;
    this.scrollTop = target;
  }

  /** Scrolls to the first or the last entry. */
  @api
  scrollToEdge(edge: 'first' | 'last'): void {
    const scroller = this.scroller;
    if (!scroller) {
      return;
    }
    const target = edge === 'first' ? 0 : this.currentOffsets()[this.entryList.length];
    scroller.scrollTop = target;
    this.scrollTop = target;
  }

  get isWindowed(): boolean {
    return this.entryList.length > WINDOW_THRESHOLD;
  }

  get countText(): string {
    return entryCountText(this.entryList.length, this.locale, LABELS);
  }

  get scrollerStyle(): string {
    return this.maxHeight ? `max-height: ${this.maxHeight}; overflow-y: auto;` : '';
  }

  get listStyle(): string {
    const { before, after } = this.window;
    return before || after ? `padding-top: ${before}px; padding-bottom: ${after}px;` : '';
  }

  private get window(): { start: number; end: number; before: number; after: number } {
    const count = this.entryList.length;
    if (!this.isWindowed) {
      return { start: 0, end: count, before: 0, after: 0 };
    }
    return computeWindow(this.currentOffsets(), this.scrollTop, this.viewportHeight, OVERSCAN, MINIMUM_ROWS);
  }

  get rows(): Row[] {
    const { start, end } = this.window;
    const cacheKey = `${this.locale}|${this.timeZone}`;
    if (cacheKey !== this.timeCacheKey) {
      this.timeCache.clear();
      this.timeCacheKey = cacheKey;
    }
    const total = this.entryList.length;
    const rows: Row[] = [];
    for (let index = start; index < end; index++) {
      const entry = this.entryList[index];
      const time = this.timeOf(entry);
      rows.push({
        key: entry.id,
        itemClass: `slds-chat-listitem slds-chat-listitem_${entry.layout}`,
        isEvent: entry.layout === 'event',
        entry,
        timeText: time.text,
        timeIso: time.iso,
        position: index + 1
      });
    }
    return total === 0 ? [] : rows;
  }

  get setSize(): number {
    return this.entryList.length;
  }

  override renderedCallback(): void {
    if (!this.isWindowed) {
      return;
    }
    const scroller = this.scroller;
    if (scroller && scroller.clientHeight !== this.viewportHeight) {
      this.viewportHeight = scroller.clientHeight;
    }
    this.measure();
  }

  /** Scroll events arrive at most once per frame; LWC batches the re-render they cause. */
  handleScroll(event: Event): void {
    if (!this.isWindowed) {
      return;
    }
    const target = event.currentTarget as HTMLElement;
    this.viewportHeight = target.clientHeight;
    this.scrollTop = target.scrollTop;
  }

  private get scroller(): HTMLElement | null {
    return this.template?.querySelector<HTMLElement>('.transcript-scroller') ?? null;
  }

  private timeOf(entry: TranscriptEntry): { text: string; iso: string } {
    let time = this.timeCache.get(entry.id);
    if (!time) {
      time = {
        text: formatTimestamp(entry.entryTime, this.locale, this.timeZone, 'time'),
        iso: entry.entryTime === null ? '' : new Date(entry.entryTime).toISOString()
      };
      this.timeCache.set(entry.id, time);
    }
    return time;
  }

  private currentOffsets(): Float64Array {
    if (this.offsetsDirty) {
      this.offsets = buildOffsets(
        this.entryList.map((entry) => entry.id),
        (id) => this.heights.get(id),
        ESTIMATED_ROW_HEIGHT
      );
      this.offsetsDirty = false;
    }
    return this.offsets;
  }

  /** Records the real height of each rendered row; keeps what the user sees still if rows above changed. */
  private measure(): void {
    const items = this.template?.querySelectorAll<HTMLElement>('li[data-entry-id]');
    const scroller = this.scroller;
    let shiftAbove = 0;
    let changed = false;
    const firstVisible = this.window.start;
    items?.forEach((item) => {
      const id = item.dataset.entryId ?? '';
      const height = item.getBoundingClientRect().height;
      if (height <= 0) {
        return;
      }
      const previous = this.heights.get(id);
      if (previous === undefined || Math.abs(previous - height) > 0.5) {
        const index = Number(item.getAttribute('aria-posinset')) - 1;
        const old = previous ?? ESTIMATED_ROW_HEIGHT;
        if (scroller && index >= firstVisible && this.offsets[index] + old <= this.scrollTop) {
          shiftAbove += height - old;
        }
        this.heights.set(id, height);
        changed = true;
      }
    });
    if (changed) {
      this.offsetsDirty = true;
      if (scroller && shiftAbove !== 0) {
        scroller.scrollTop += shiftAbove;
        this.scrollTop = scroller.scrollTop;
      } else if (scroller) {
        this.viewportHeight = scroller.clientHeight;
      }
    }
  }
}
