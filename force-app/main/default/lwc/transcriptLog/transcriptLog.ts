import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  buildOffsets,
  computeWindow,
  dayKeyOf,
  dayLabel,
  entryCountText,
  formatRelative,
  formatTimestamp,
  timestampDetails,
  type TranscriptEntry
} from 'c/transcriptModel';

interface Row {
  key: string;
  itemClass: string;
  isEvent: boolean;
  entry: TranscriptEntry;
  timeText: string;
  timeIso: string;
  timeTitle: string;
  dayLabel: string | null;
  isTarget: boolean;
  occurrence: number;
  position: number;
}

/** The search match the user is on: which entry, and which of its matches. */
export interface CurrentMatch {
  entryId: string;
  occurrence: number;
}

interface EntryTimes {
  text: string;
  iso: string;
  title: string;
  day: string | null;
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
 * visually hidden count says how many entries exist. Times, day separators ("Today", "Yesterday", a
 * date) and the timestamp tooltips are worked out only for rendered rows. Search matches are
 * highlighted through the rows; `renderAll` turns windowing off (printing). Rows' `entryaction` events
 * are re-dispatched from the log as `entryaction` {action, entryId}.
 */
export default class TranscriptLog extends LightningElement {
  /** BCP-47 locale for times (the user's Salesforce locale). */
  @api locale = 'en-US';
  /** IANA time zone for times (the user's Salesforce time zone). */
  @api timeZone = 'UTC';
  /** CSS max-height of the scrolling log, e.g. "32rem". Empty: grow with the content. */
  @api maxHeight = '32rem';
  /** The search text to highlight in rendered rows. */
  @api query = '';
  /** The current search match, drawn stronger than the others; null for none. */
  @api currentMatch: CurrentMatch | null = null;
  /** 'relative' shows "5 minutes ago"; anything else the time of day. */
  @api timeMode = 'absolute';
  /** "Now" for relative times and Today/Yesterday, epoch ms; set by the container. */
  @api now = 0;
  /** Compact density: less space between rows. */
  @api compact = false;
  /** The entry a link points to: highlighted. */
  @api targetEntryId: string | null = null;
  /** Renders every row whatever the length (printing the whole transcript). */
  @api renderAll = false;

  labels = LABELS;

  private entryList: TranscriptEntry[] = [];
  private heights = new Map<string, number>();
  private offsets: Float64Array = new Float64Array(1);
  private offsetsDirty = true;
  private timeCache = new Map<string, EntryTimes>();
  /** Watches the scroller's height (window resize, fit-to-page, leaving print layout). */
  private resizeObserver: ResizeObserver | null = null;
  /** An entry to bring into view once its row is rendered (it may be outside the window now). */
  private pendingScrollId: string | null = null;
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

  /**
   * Scrolls the log so the entry with this Id is in view, rendering it first if it is outside the
   * window. Returns false when no such entry is in the log.
   */
  @api
  scrollToEntry(entryId: string): boolean {
    const index = this.entryList.findIndex((entry) => entry.id === entryId);
    if (index === -1) {
      return false;
    }
    const scroller = this.scroller;
    if (scroller && this.isWindowed && !this.rowElement(entryId)) {
      // Jump to the estimated place so the row gets rendered; renderedCallback finishes the job.
      const target = Math.max(0, this.currentOffsets()[index] - scroller.clientHeight / 3);
      scroller.scrollTop = target;
      this.scrollTop = target;
    }
    this.pendingScrollId = entryId;
    this.revealPending();
    return true;
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
    return !this.renderAll && this.entryList.length > WINDOW_THRESHOLD;
  }

  get countText(): string {
    return entryCountText(this.entryList.length, this.locale, LABELS);
  }

  get scrollerStyle(): string {
    return this.maxHeight && !this.renderAll ? `max-height: ${this.maxHeight}; overflow-y: auto;` : '';
  }

  get scrollerClass(): string {
    return `slds-chat transcript-scroller${this.compact ? ' transcript-compact' : ''}`;
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
    const relative = this.timeMode === 'relative';
    const current = this.currentMatch;
    const rows: Row[] = [];
    for (let index = start; index < end; index++) {
      const entry = this.entryList[index];
      const time = this.timesOf(entry);
      const isCurrent = current !== null && current.entryId === entry.id;
      const isTarget = this.targetEntryId === entry.id;
      rows.push({
        key: entry.id,
        itemClass: `slds-chat-listitem slds-chat-listitem_${entry.layout}${
          isCurrent ? ' transcript-row_current' : ''
        }${isTarget ? ' transcript-row_target' : ''}`,
        isEvent: entry.layout === 'event',
        entry,
        timeText: relative ? formatRelative(entry.entryTime, this.now, this.locale) : time.text,
        timeIso: time.iso,
        timeTitle: time.title,
        dayLabel: this.dayLabelAt(index, time.day),
        isTarget,
        occurrence: isCurrent ? current.occurrence : -1,
        position: index + 1
      });
    }
    return rows;
  }

  get setSize(): number {
    return this.entryList.length;
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  override renderedCallback(): void {
    this.revealPending();
    this.observeResize();
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

  private timesOf(entry: TranscriptEntry): EntryTimes {
    let time = this.timeCache.get(entry.id);
    if (!time) {
      const ms = entry.entryTime;
      time = {
        text: formatTimestamp(ms, this.locale, this.timeZone, 'time'),
        iso: ms === null ? '' : new Date(ms).toISOString(),
        title: timestampDetails(entry, this.locale, this.timeZone, LABELS),
        day: ms === null || !Number.isFinite(ms) ? null : dayKeyOf(ms, this.timeZone)
      };
      this.timeCache.set(entry.id, time);
    }
    return time;
  }

  /**
   * The day separator above the row at `index`: when its day (in the user's time zone) differs from
   * the nearest timed entry above it, or it is the first timed entry. Looks only at neighbours, so
   * the cost stays with the rendered rows.
   */
  private dayLabelAt(index: number, day: string | null): string | null {
    if (day === null) {
      return null;
    }
    for (let above = index - 1; above >= 0; above--) {
      const previous = this.timesOf(this.entryList[above]).day;
      if (previous !== null) {
        return previous === day ? null : this.dayText(this.entryList[index].entryTime);
      }
    }
    return this.dayText(this.entryList[index].entryTime);
  }

  private dayText(ms: number | null): string | null {
    return ms === null ? null : dayLabel(ms, this.now || Date.now(), this.locale, this.timeZone, LABELS);
  }

  /** Keeps the window right when the scroller changes height without scrolling. */
  private observeResize(): void {
    const scroller = this.scroller;
    if (this.resizeObserver || !scroller || typeof ResizeObserver === 'undefined') {
      return;
    }
    this.resizeObserver = new ResizeObserver(() => {
      const height = this.scroller?.clientHeight ?? 0;
      if (this.isWindowed && height !== this.viewportHeight) {
        this.viewportHeight = height;
      }
    });
    this.resizeObserver.observe(scroller);
  }

  private rowElement(entryId: string): HTMLElement | null {
    const items = this.template?.querySelectorAll<HTMLElement>('li[data-entry-id]') ?? [];
    for (const item of Array.from(items)) {
      if (item.dataset.entryId === entryId) {
        return item;
      }
    }
    return null;
  }

  /** Brings the pending entry's row into view once it is rendered. */
  private revealPending(): void {
    if (this.pendingScrollId === null) {
      return;
    }
    const item = this.rowElement(this.pendingScrollId);
    if (item) {
      this.pendingScrollId = null;
      if (typeof item.scrollIntoView === 'function') {
        item.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  handleEntryAction(event: CustomEvent<{ action: string; entryId: string }>): void {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent('entryaction', { detail: { ...event.detail } }));
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
