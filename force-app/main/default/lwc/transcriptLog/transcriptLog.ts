import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import {
  actorDisplayName,
  actorTypeLabel,
  entryTypeLabel,
  statusLabel,
  buildOffsets,
  computeWindow,
  rowAt,
  startsDay,
  stepWindow,
  dayKeyOf,
  dayLabel,
  entryCountText,
  formatRelative,
  formatTimestamp,
  timestampDetails,
  type PrintRow,
  type RowWindow,
  type TranscriptEntry
} from 'c/transcriptModel';

interface Row {
  key: string;
  itemClass: string;
  isEvent: boolean;
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

interface EntryTimes {
  text: string;
  iso: string;
  title: string;
  day: string | null;
}

/** Non-reactive windowing state (see TranscriptLog.layout). */
interface WindowLayout {
  /** Measured row heights by entry id, in px (kept for entries filtered out, should they come back). */
  heights: Map<string, number>;
  /** Index in the current list of every measured entry that is in it. */
  positions: Map<string, number>;
  /** Length, first and last id of the list `positions` was worked out for. */
  listShape: { count: number; firstId: string; lastId: string };
  /** offsets[i] = top of row i; offsets[n] = total height. */
  offsets: Float64Array;
  offsetsDirty: boolean;
  /** The window of the last render (what is in the DOM), or null when not windowed. */
  rendered: RowWindow | null;
  /** The last window computed, with its inputs. */
  memo: {
    version: number;
    offsets: Float64Array;
    scrollTop: number;
    viewportHeight: number;
    window: RowWindow;
  } | null;
}

/** Below this many entries every row is rendered; above it only the rows near the viewport. */
const WINDOW_THRESHOLD = 150;
/** Extra rows rendered above and below the viewport. */
const OVERSCAN = 5;
/** Rows rendered when the viewport has no measurable height yet. */
const MINIMUM_ROWS = 40;
/** Height assumed for a row until it has been rendered and measured, in px. */
const ESTIMATED_ROW_HEIGHT = 72;
/** Render-measure-scroll passes allowed to bring a pinned edge or entry exactly into view. */
const MAX_PIN_PASSES = 16;
/**
 * The printout is built one chunk per task. The first chunk has PRINT_FIRST_CHUNK entries; then each
 * chunk is sized from how long the last one took to build and render, aiming at PRINT_TASK_MS a task
 * (within PRINT_MIN_CHUNK..PRINT_MAX_CHUNK), so the page stays responsive on slow machines too.
 */
const PRINT_FIRST_CHUNK = 100;
const PRINT_MIN_CHUNK = 50;
const PRINT_MAX_CHUNK = 250;
const PRINT_TASK_MS = 25;
/**
 * Up to this many entries the browser's own Print (menu, Ctrl+P outside the component) gets the whole
 * printout, built synchronously in `beforeprint`; above it, the rows on screen and a note.
 */
const PRINT_SYNC_LIMIT = 1000;

/** What the log keeps exactly in view through re-renders and corrected heights. */
type Pin = { kind: 'first' } | { kind: 'last' } | { kind: 'entry'; id: string };

/** `c-transcript-print-rows`: the printout, filled a chunk at a time. */
type PrintRowsElement = HTMLElement & { appendRows(rows: readonly PrintRow[]): boolean };

/** Pixels of a CSS length in px or rem (16 px), e.g. "480px", "32rem"; 0 when it cannot be told. */
function viewportEstimate(maxHeight: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)(px|rem)\s*$/.exec(maxHeight ?? '');
  if (!match) {
    return 0;
  }
  const value = Number(match[1]);
  return match[2] === 'rem' ? value * 16 : value;
}

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
  labels = LABELS;

  private entryList: TranscriptEntry[] = [];
  /**
   * Windowing state kept out of LWC's reactivity. Every class field is reactive: reassigning one that
   * the template read re-renders the component, so offsets rebuilt inside a render, or marked dirty from
   * renderedCallback, would schedule another render each time (a cascade per page of data and per
   * measurement). Properties of this plain object are not tracked; `layoutVersion` below asks for a
   * render when, and only when, a measurement moves the window.
   */
  private readonly layout: WindowLayout = {
    heights: new Map<string, number>(),
    positions: new Map<string, number>(),
    listShape: { count: 0, firstId: '', lastId: '' },
    offsets: new Float64Array(1),
    offsetsDirty: true,
    rendered: null,
    memo: null
  };
  /** Bumped (reactively) when measured heights change what the window shows. */
  layoutVersion = 0;
  private timeCache = new Map<string, EntryTimes>();
  /** Watches the scroller's height (window resize, fit-to-page, leaving print layout). */
  private resizeObserver: ResizeObserver | null = null;
  /** A scroll position to apply once the rows for it are rendered (scroll anchoring). */
  private pendingScrollTop: number | null = null;
  /**
   * The edge or entry kept exactly in view: each render measures the rows, then scrolls again until the
   * rendered window no longer changes. 'last' stays pinned (new entries and corrected heights keep the
   * end in view) until the user scrolls away; 'first' and an entry are released once in view.
   */
  private pin: Pin | null = null;
  private pinPasses = 0;
  /** The scrollTop the log set last: a scroll event elsewhere is the user's. */
  private expectedScrollTop = -1;
  /** Index of the row holding keyboard focus, or -1. */
  private focusedIndex = -1;
  /** A printout is being prepared or printed: `c-transcript-print-rows` is rendered. */
  hasPrintout = false;
  /** The whole printout is to be added once `c-transcript-print-rows` is rendered (beforeprint). */
  private printAllPending = false;
  /** Entries in the printout so far, and in all; null while no printout is being prepared. */
  printProgress: { done: number; total: number } | null = null;
  /** Every entry is in the printout: printing shows it instead of the windowed log. */
  printReady = false;
  private printTimer: ReturnType<typeof setTimeout> | undefined;
  /** The coming render only adds a chunk to the printout: the rows on screen need no measuring. */
  private printOnlyRender = false;
  private printRun = 0;
  private timeCacheKey = '';
  scrollTop = 0;
  viewportHeight = 0;

  /** The normalised, sorted entries to show. */
  @api
  get entries(): TranscriptEntry[] {
    return this.entryList;
  }
  set entries(value: TranscriptEntry[]) {
    const anchor = this.scrollAnchor();
    this.entryList = Array.isArray(value) ? value : [];
    // The rendered window's indexes are those of the old list.
    this.layout.rendered = null;
    const moved = this.relocateMeasured();
    this.layout.offsetsDirty = true;
    if (anchor && moved) {
      this.keepAnchor(anchor);
    }
  }

  /**
   * Scrolls the log so the entry with this Id is in view, rendering it first if it is outside the
   * window. Returns false when no such entry is in the log.
   */
  @api
  scrollToEntry(entryId: string): boolean {
    if (!this.entryList.some((entry) => entry.id === entryId)) {
      return false;
    }
    this.pinTo({ kind: 'entry', id: entryId });
    return true;
  }

  /** Scrolls to the first or the last entry: that row ends up fully in view and the log at its end. */
  @api
  scrollToEdge(edge: 'first' | 'last'): void {
    this.pinTo({ kind: edge === 'first' ? 'first' : 'last' });
  }

  /**
   * Prints every entry of the log without freezing the page: the printout (plain rows, no base
   * components) is built in chunks, one short task each (see PRINT_TASK_MS), while a progress bar
   * with Cancel shows how far it is; then the browser's print dialog opens. The printout stays until
   * the browser reports `afterprint`.
   */
  @api
  printTranscript(): void {
    this.cancelPrint();
    const run = ++this.printRun;
    const list = this.entryList;
    this.printProgress = { done: 0, total: list.length };
    this.hasPrintout = true;
    let size = PRINT_FIRST_CHUNK;
    const step = (from: number): void => {
      if (run !== this.printRun) {
        return;
      }
      const started = performance.now();
      const to = Math.min(list.length, from + size);
      this.printRowsElement()?.appendRows(this.printChunk(list, from, to));
      this.printProgress = { done: to, total: list.length };
      this.printOnlyRender = true;
      // One chunk per task: input, paint and the Cancel button get their turn in between. The chunk
      // renders in a microtask at the end of this task; the next task's start tells what it all took
      // (with a frame drawn in between, if there was one: on the safe side).
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      this.printTimer = setTimeout(() => {
        const took = Math.max(1, performance.now() - started);
        size = Math.round(
          Math.min(PRINT_MAX_CHUNK, Math.max(PRINT_MIN_CHUNK, (size * PRINT_TASK_MS) / took))
        );
        if (to < list.length) {
          step(to);
        } else {
          this.openPrintDialog(run);
        }
      }, 0);
    };
    // The first chunk goes in once c-transcript-print-rows is rendered.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.printTimer = setTimeout(() => step(0), 0);
  }

  get isWindowed(): boolean {
    return this.entryList.length > WINDOW_THRESHOLD;
  }

  /** Printing from the browser's menu while only a window of a long log is rendered: say so on paper. */
  get showPrintNote(): boolean {
    return this.isWindowed && !this.printReady;
  }

  get printNoteText(): string {
    return formatLabel(LABELS.Print_Partial_Note, this.entryList.length.toLocaleString(this.locale));
  }

  get printProgressText(): string {
    const progress = this.printProgress;
    return progress
      ? formatLabel(
          LABELS.Print_Progress,
          progress.done.toLocaleString(this.locale),
          progress.total.toLocaleString(this.locale)
        )
      : '';
  }

  get printPercent(): number {
    const progress = this.printProgress;
    return progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  }

  get printBarStyle(): string {
    return `width: ${this.printPercent}%;`;
  }

  get countText(): string {
    return entryCountText(this.entryList.length, this.locale, LABELS);
  }

  get scrollerStyle(): string {
    return this.maxHeight ? `max-height: ${this.maxHeight}; overflow-y: auto;` : '';
  }

  get scrollerClass(): string {
    return `slds-chat transcript-scroller${this.compact ? ' transcript-compact' : ''}${
      this.printReady ? ' transcript-scroller_printout' : ''
    }`;
  }

  get listStyle(): string {
    const { before, after } = this.window;
    return before || after ? `padding-top: ${before}px; padding-bottom: ${after}px;` : '';
  }

  private get window(): RowWindow {
    const count = this.entryList.length;
    if (!this.isWindowed) {
      return { start: 0, end: count, before: 0, after: 0 };
    }
    // Reading layoutVersion subscribes the template to it: measure() bumps it when heights move the
    // window. The result is kept for the same inputs (listStyle, rows and measure all ask per render).
    const version = this.layoutVersion;
    const offsets = this.currentOffsets();
    const memo = this.layout.memo;
    if (
      memo &&
      memo.version === version &&
      memo.offsets === offsets &&
      memo.scrollTop === this.scrollTop &&
      memo.viewportHeight === this.viewportHeight
    ) {
      return memo.window;
    }
    const target = this.windowFor(offsets);
    // With focus on a row, reach the target in steps that never move the focused row's element.
    const result = this.focusedIndex >= 0 ? stepWindow(this.layout.rendered, target, offsets) : target;
    this.layout.memo = {
      version,
      offsets,
      scrollTop: this.scrollTop,
      viewportHeight: this.viewportHeight,
      window: result
    };
    return result;
  }

  get rows(): Row[] {
    const { start, end } = this.window;
    this.holdFocus(start, end);
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
        isBookend: entry.bookend !== undefined,
        entry,
        timeText: relative ? formatRelative(entry.entryTime, this.now, this.locale) : time.text,
        timeIso: time.iso,
        timeTitle: time.title,
        dayLabel: startsDay(this.entryList, index, this.dayOf) ? this.dayText(entry.entryTime) : null,
        isTarget,
        continued: this.continuesFrom(index, time.day),
        occurrence: isCurrent ? current.occurrence : -1,
        position: index + 1
      });
    }
    return rows;
  }

  get setSize(): number {
    return this.entryList.length;
  }

  override connectedCallback(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.cancelPrint();
  }

  override renderedCallback(): void {
    if (this.printAllPending) {
      this.printAllPending = false;
      this.printRowsElement()?.appendRows(this.printChunk(this.entryList, 0, this.entryList.length));
    }
    if (this.printOnlyRender) {
      this.printOnlyRender = false;
      return;
    }
    if (this.pendingScrollTop !== null && this.scroller) {
      this.scroller.scrollTop = this.pendingScrollTop;
      this.pendingScrollTop = null;
    }
    this.observeResize();
    if (!this.isWindowed) {
      this.layout.rendered = null;
      this.settlePin();
      return;
    }
    this.layout.rendered = this.window;
    if (printMedia()) {
      // On paper the log has no height limit: its rows are neither measured nor allowed to pull in more.
      return;
    }
    const scroller = this.scroller;
    // Assigning the same number is a no-op for LWC; a new height re-renders once.
    if (scroller && scroller.clientHeight !== this.viewportHeight) {
      this.viewportHeight = scroller.clientHeight;
    }
    this.measure();
    this.settlePin();
    if (!sameWindow(this.windowFor(this.currentOffsets()), this.layout.rendered)) {
      // A step on the way to the window (see stepWindow): render the next one.
      this.layoutVersion++;
    }
  }

  /**
   * Scroll events arrive at most once per frame; LWC batches the re-render they cause. A scroll the log
   * did not make is the user's: it releases a pin; reaching the bottom (wheel, scrollbar, PageDown)
   * pins the last entry, so heights corrected after render cannot leave it cut off.
   */
  handleScroll(event: Event): void {
    const target = event.currentTarget as HTMLElement;
    const top = target.scrollTop;
    if (this.pin && Math.abs(top - this.expectedScrollTop) > 1) {
      this.pin = null;
    }
    if (!this.isWindowed || printMedia()) {
      return;
    }
    const scrollable = target.scrollHeight - target.clientHeight;
    if (!this.pin && top > 0 && scrollable > 0 && top >= scrollable - 1) {
      this.pin = { kind: 'last' };
      this.pinPasses = 0;
      this.expectedScrollTop = top;
      this.layoutVersion++;
    }
    this.viewportHeight = target.clientHeight;
    this.scrollTop = top;
  }

  /** Home and End (also with Ctrl or Cmd) go to the first and the last entry, exactly. */
  handleKeydown(event: KeyboardEvent): void {
    if ((event.key !== 'Home' && event.key !== 'End') || event.altKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    this.scrollToEdge(event.key === 'Home' ? 'first' : 'last');
  }

  /** Remembers which row holds focus, so a re-render can keep focus inside the log. */
  handleFocusIn(event: FocusEvent): void {
    const row = (event.target as HTMLElement | null)?.closest?.('li[data-entry-id]');
    this.focusedIndex = row ? Number(row.getAttribute('aria-posinset')) - 1 : -1;
  }

  handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.scroller?.contains(next)) {
      this.focusedIndex = -1;
    }
  }

  handleCancelPrint(): void {
    this.cancelPrint();
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

  /** Whether the row at `index` continues a run of messages by the same actor (same day). */
  private continuesFrom(index: number, day: string | null): boolean {
    const entry = this.entryList[index];
    const above = index > 0 ? this.entryList[index - 1] : undefined;
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

  /** An entry's calendar day in the user's time zone (cached with its times). */
  private readonly dayOf = (entry: TranscriptEntry): string | null => this.timesOf(entry).day;

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
      if (printMedia()) {
        return;
      }
      if (this.isWindowed && height !== this.viewportHeight) {
        this.viewportHeight = height;
      }
      // Rows that change height without a render (hover, focus, fonts) must not cut off a pinned end.
      if (this.pin?.kind === 'last') {
        this.pinPasses = 0;
        this.settlePin();
      }
    });
    this.resizeObserver.observe(scroller);
    const list = this.template?.querySelector('ul');
    if (list) {
      this.resizeObserver.observe(list);
    }
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

  /** Starts keeping an edge or an entry in view (see `pin`). */
  private pinTo(pin: Pin): void {
    this.pin = pin;
    this.pinPasses = 0;
    this.settlePin();
  }

  /**
   * One pass of bringing the pinned edge or entry into view: scrolls to where the rendered rows put it
   * (or, for an entry outside the window, where the estimated offsets do), then asks for another render
   * when that scroll position calls for other rows. Called again from renderedCallback after each
   * render, with the new rows measured, until nothing moves: the row's box is then inside the
   * scroller's and, for the last entry, the log cannot scroll further.
   */
  private settlePin(): void {
    const pin = this.pin;
    const scroller = this.scroller;
    if (!pin || !scroller) {
      return;
    }
    if (++this.pinPasses > MAX_PIN_PASSES) {
      this.pin = null;
      return;
    }
    let target = 0;
    let item: HTMLElement | null = null;
    if (pin.kind === 'last') {
      target = scroller.scrollHeight - scroller.clientHeight;
    } else if (pin.kind === 'entry') {
      item = this.rowElement(pin.id);
      const list = this.entryList;
      if (item && list[list.length - 1]?.id === pin.id) {
        // The last entry is the end of the log: shown as Jump to latest shows it, nothing left below.
        target = Math.max(
          scroller.scrollTop + this.offsetIntoView(scroller, item),
          scroller.scrollHeight - scroller.clientHeight
        );
      } else if (item) {
        target = scroller.scrollTop + this.offsetIntoView(scroller, item);
      } else {
        const index = this.entryList.findIndex((entry) => entry.id === pin.id);
        if (index === -1) {
          this.pin = null;
          return;
        }
        target = this.currentOffsets()[index] - scroller.clientHeight / 3;
      }
    }
    scroller.scrollTop = Math.max(0, target);
    const top = scroller.scrollTop;
    this.expectedScrollTop = top;
    let settled = pin.kind !== 'entry' || item !== null;
    if (this.isWindowed) {
      this.scrollTop = top;
      const rendered = this.layout.rendered;
      const next = this.windowFor(this.currentOffsets());
      if (!rendered || !sameWindow(next, rendered)) {
        settled = false;
      }
    }
    if (!settled) {
      // The scroll position calls for other rows: render them (renderedCallback comes back here).
      this.layoutVersion++;
      return;
    }
    this.pinPasses = 0;
    if (pin.kind === 'entry') {
      this.pin = null;
      // The log's own scroll is exact; this brings the log itself into the page's view if needed.
      if (item && typeof item.scrollIntoView === 'function') {
        item.scrollIntoView({ block: 'nearest' });
      }
    } else if (pin.kind === 'first') {
      this.pin = null;
    }
  }

  /** How far to scroll the log so the row's box lies inside the scroller's (its top, if taller). */
  private offsetIntoView(scroller: HTMLElement, item: HTMLElement): number {
    const box = scroller.getBoundingClientRect();
    const row = item.getBoundingClientRect();
    const viewTop = box.top + scroller.clientTop;
    const viewBottom = viewTop + scroller.clientHeight;
    if (row.top < viewTop || row.height > scroller.clientHeight) {
      return row.top - viewTop;
    }
    return row.bottom > viewBottom ? row.bottom - viewBottom : 0;
  }

  /**
   * Keeps keyboard focus in the log when the focused row is about to leave the rendered window (the
   * user scrolled it away): the log itself takes focus, without scrolling, instead of the page body.
   */
  private holdFocus(start: number, end: number): void {
    const index = this.focusedIndex;
    if (index >= 0 && (index < start || index >= end)) {
      this.focusedIndex = -1;
      this.scroller?.focus({ preventScroll: true });
    }
  }

  private printRowsElement(): PrintRowsElement | null {
    return this.template?.querySelector<PrintRowsElement>('c-transcript-print-rows') ?? null;
  }

  /** The printout's rows for list[from..to): who said what, when, and the text or the event. */
  private printChunk(list: readonly TranscriptEntry[], from: number, to: number): PrintRow[] {
    const rows: PrintRow[] = [];
    for (let index = from; index < to; index++) {
      const entry = list[index];
      const time = this.timesOf(entry);
      const isEvent = entry.layout === 'event';
      const parts: string[] = [];
      if (isEvent && entry.entryType !== 'Text') {
        parts.push(entryTypeLabel(entry.entryType, LABELS));
      }
      if (entry.message !== null) {
        parts.push(entry.message);
      }
      const status =
        entry.messageStatus === 'Error' ? statusLabel('Error', entry.messageStatusCode, LABELS) : null;
      if (status) {
        parts.push(`(${status})`);
      }
      const name = actorDisplayName(entry, LABELS);
      const kind = actorTypeLabel(entry.actorKind, LABELS);
      rows.push({
        key: entry.id,
        className: `print-row print-row_${entry.layout}`,
        day: startsDay(list, index, this.dayOf) ? this.dayText(entry.entryTime) : null,
        time: time.text,
        name: isEvent || name === kind ? name : `${name} (${kind})`,
        text: parts.join(' ')
      });
    }
    return rows;
  }

  /** Every chunk is rendered: the browser's print dialog opens on the whole printout. */
  private openPrintDialog(run: number): void {
    if (run !== this.printRun) {
      return;
    }
    this.printTimer = undefined;
    this.printProgress = null;
    this.printReady = true;
    // The printout shows in place of the windowed log once the re-render is done.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.printTimer = setTimeout(() => {
      this.printTimer = undefined;
      if (run === this.printRun) {
        window.print();
      }
    }, 0);
  }

  /** Stops preparing a printout and removes the one built so far. */
  private cancelPrint(): void {
    this.printRun++;
    if (this.printTimer !== undefined) {
      clearTimeout(this.printTimer);
      this.printTimer = undefined;
    }
    this.printProgress = null;
    this.printReady = false;
    this.printAllPending = false;
    this.hasPrintout = false;
  }

  /**
   * `beforeprint` fires before the document is printed or previewed, and lets a page change its content
   * for paper; `afterprint` fires once printing started or the preview closed
   * (https://developer.mozilla.org/en-US/docs/Web/API/Window/afterprint_event).
   * The browser's own Print (its menu, or Ctrl+P outside the component): a short log gets the whole
   * printout at once; a long one prints the rows on screen and a note (see showPrintNote), because
   * building every row here would hold the page for seconds.
   */
  private readonly onBeforePrint = (): void => {
    if (this.printReady || this.printProgress !== null || this.entryList.length > PRINT_SYNC_LIMIT) {
      return;
    }
    this.hasPrintout = true;
    this.printAllPending = true;
    this.printReady = true;
  };

  /** The printout has been printed (or the dialog closed): back to the windowed log only. */
  private readonly onAfterPrint = (): void => {
    if (this.printProgress === null) {
      this.cancelPrint();
    }
  };

  handleEntryAction(event: CustomEvent<{ action: string; entryId: string }>): void {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent('entryaction', { detail: { ...event.detail } }));
  }

  /**
   * The rows to render for the current scroll position. Before the first measurement the viewport's
   * height is unknown; maxHeight (480px from the container by default) is a good estimate, and
   * rendering only the rows it can show plus the overscan halves the first render against
   * MINIMUM_ROWS. renderedCallback replaces the estimate with the real clientHeight.
   */
  private windowFor(offsets: Float64Array): RowWindow {
    const viewport = this.viewportHeight > 0 ? this.viewportHeight : viewportEstimate(this.maxHeight);
    return computeWindow(offsets, this.scrollTop, viewport, OVERSCAN, viewport > 0 ? 0 : MINIMUM_ROWS);
  }

  /**
   * Keeps `positions` (where each measured entry sits in the list) in step with a new list, without
   * walking it when possible. LWC hands @api values over as read-only proxies: every element read is
   * a proxy trap (about 0.6 µs here), and inside a render it also subscribes the template to that
   * element. Walking the whole list per page made loading 50,000 entries quadratic (25 pages: 380 ms
   * in this setter alone). Pages are appended, so measured rows keep their index: checking just those
   * is enough. A filter, a search or a reload moves them: then one pass, outside rendering.
   */
  /**
   * The entry at the top of the viewport and how far the viewport is scrolled into it, taken before the
   * entries change; null when the list is not windowed, not mounted or empty.
   */
  private scrollAnchor(): { id: string; delta: number } | null {
    if (!this.isWindowed || !this.scroller || this.entryList.length === 0) {
      return null;
    }
    const offsets = this.currentOffsets();
    const index = Math.min(rowAt(offsets, this.scrollTop), this.entryList.length - 1);
    return { id: this.entryList[index].id, delta: this.scrollTop - offsets[index] };
  }

  /**
   * Keeps what the user sees still when entries arrive above it (newest first, while later pages load)
   * or the list is otherwise reordered: scrolls so the anchor entry stays where it was.
   */
  private keepAnchor(anchor: { id: string; delta: number }): void {
    const index = this.entryList.findIndex((entry) => entry.id === anchor.id);
    if (index === -1 || !this.isWindowed || this.pin) {
      return;
    }
    const target = Math.max(0, this.currentOffsets()[index] + anchor.delta);
    if (Math.abs(target - this.scrollTop) > 1) {
      this.scrollTop = target;
      this.pendingScrollTop = target;
    }
  }

  /** Returns true when the list was reordered or shrunk (not just appended to). */
  private relocateMeasured(): boolean {
    const { heights, positions, listShape } = this.layout;
    const list = this.entryList;
    const count = list.length;
    // Appended to: the old list is still the start of the new one (its ends and its measured rows).
    let moved =
      count < listShape.count ||
      (listShape.count > 0 &&
        (list[0].id !== listShape.firstId || list[listShape.count - 1].id !== listShape.lastId));
    if (!moved) {
      for (const [id, index] of positions) {
        if (index >= count || list[index].id !== id) {
          moved = true;
          break;
        }
      }
    }
    this.layout.listShape = {
      count,
      firstId: count > 0 ? list[0].id : '',
      lastId: count > 0 ? list[count - 1].id : ''
    };
    if (!moved) {
      return false;
    }
    positions.clear();
    if (heights.size === 0) {
      return true;
    }
    list.forEach((entry, index) => {
      if (heights.has(entry.id)) {
        positions.set(entry.id, index);
      }
    });
    return true;
  }

  /**
   * Row tops (and the total height): the estimate for every row, corrected where a row was measured.
   * Works on numbers only (no entry is read); rebuilt only after the entries or a height changed.
   */
  private currentOffsets(): Float64Array {
    const layout = this.layout;
    if (layout.offsetsDirty) {
      const measured: Array<[number, number]> = [];
      for (const [id, index] of layout.positions) {
        measured.push([index, layout.heights.get(id) ?? ESTIMATED_ROW_HEIGHT]);
      }
      layout.offsets = buildOffsets(this.entryList.length, measured, ESTIMATED_ROW_HEIGHT);
      layout.offsetsDirty = false;
    }
    return layout.offsets;
  }

  /**
   * Records the real height of each rendered row; keeps what the user sees still if rows above changed.
   * All reads (one layout, then cached geometry) come before any write. A re-render is requested only
   * when the new heights move the window or its padding; otherwise nothing on screen would change.
   */
  private measure(): void {
    const layout = this.layout;
    const items = this.template?.querySelectorAll<HTMLElement>('li[data-entry-id]');
    const scroller = this.scroller;
    const rendered = layout.rendered;
    if (!items || !rendered) {
      return;
    }
    const offsets = this.currentOffsets();
    let shiftAbove = 0;
    let changed = false;
    items.forEach((item) => {
      const id = item.dataset.entryId ?? '';
      const height = item.getBoundingClientRect().height;
      if (height <= 0) {
        return;
      }
      const index = Number(item.getAttribute('aria-posinset')) - 1;
      const previous = layout.heights.get(id);
      if (previous === undefined || Math.abs(previous - height) > 0.5) {
        const old = previous ?? ESTIMATED_ROW_HEIGHT;
        if (scroller && index >= rendered.start && offsets[index] + old <= this.scrollTop) {
          shiftAbove += height - old;
        }
        layout.heights.set(id, height);
        changed = true;
      }
      if (layout.positions.get(id) !== index) {
        // Measured before, but not yet placed in this list (it came back after a filter, say).
        layout.positions.set(id, index);
        changed = true;
      }
    });
    if (!changed) {
      return;
    }
    layout.offsetsDirty = true;
    if (scroller && shiftAbove !== 0 && !this.pin) {
      scroller.scrollTop += shiftAbove;
      this.scrollTop = scroller.scrollTop;
    }
    if (!sameWindow(this.windowFor(this.currentOffsets()), rendered)) {
      this.layoutVersion++;
    }
  }
}

/**
 * True while the page is laid out for printing (the browser's print preview, or print emulation):
 * `matchMedia('print')` matches then (https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia).
 */
function printMedia(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('print').matches;
}

function sameWindow(a: RowWindow, b: RowWindow | null): boolean {
  return (
    b !== null &&
    a.start === b.start &&
    a.end === b.end &&
    Math.abs(a.before - b.before) <= 0.5 &&
    Math.abs(a.after - b.after) <= 0.5
  );
}
