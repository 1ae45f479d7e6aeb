import { LightningElement, api } from 'lwc';
import { LABELS, formatLabel } from 'c/transcriptLabels';
import {
  WindowEngine,
  entryCountText,
  type Pin,
  type PrintRow,
  type RowMeasurement,
  type RowWindow,
  type TranscriptEntry
} from 'c/transcriptModel';
import { RowBuilder, type CurrentMatch, type Row } from './logRows';
import { PrintJob, PrintLines } from './printout';

export type { CurrentMatch } from './logRows';

/**
 * Up to this many entries the browser's own Print (menu, Ctrl+P outside the component) gets the whole
 * printout, built synchronously in `beforeprint`; above it, the rows on screen and a note.
 */
const PRINT_SYNC_LIMIT = 1000;

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
 * Long transcripts are windowed (WindowEngine): only rows near the viewport (plus an overscan) are in
 * the DOM, with heights measured after render; the log keeps its role, each row its position in the
 * set, and a visually hidden count says how many entries exist. Search matches are highlighted through
 * the rows. Rows' `entryaction` events are re-dispatched from the log as `entryaction` {action, entryId}.
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
   * Windowing state, kept out of LWC's reactivity: a field is reactive only when reassigned, and this
   * one never is, so offsets rebuilt inside a render or heights recorded in renderedCallback schedule no
   * render by themselves. `layoutVersion` asks for a render when, and only when, the window moves.
   */
  private readonly engine = new WindowEngine();
  private readonly rowBuilder = new RowBuilder();
  /** Bumped (reactively) when measured heights change what the window shows. */
  layoutVersion = 0;
  /** Watches the scroller's height (window resize, fit-to-page, leaving print layout). */
  private resizeObserver: ResizeObserver | null = null;
  /** A scroll position to apply once the rows for it are rendered (scroll anchoring). */
  private pendingScrollTop: number | null = null;
  /** The scrollTop the log set last: a scroll event elsewhere is the user's. */
  private expectedScrollTop = -1;
  /** Index of the row holding keyboard focus, or -1. */
  private focusedIndex = -1;
  /** A printout is being prepared or printed: `c-transcript-print-rows` is rendered. */
  hasPrintout = false;
  /** Entries in the printout so far, and in all; null while no printout is being prepared. */
  printProgress: { done: number; total: number } | null = null;
  /** Every entry is in the printout: printing shows it instead of the windowed log. */
  printReady = false;
  /** The whole printout is to be added once `c-transcript-print-rows` is rendered (beforeprint). */
  private printAllPending = false;
  private printJob: PrintJob | null = null;
  private printTimer: ReturnType<typeof setTimeout> | undefined;
  /** The coming render only shows printing progress: the rows on screen need no measuring. */
  private printOnlyRender = false;
  scrollTop = 0;
  viewportHeight = 0;

  /** The normalised, sorted entries to show. */
  @api
  get entries(): TranscriptEntry[] {
    return this.entryList;
  }
  set entries(value: TranscriptEntry[]) {
    const anchor = this.scroller ? this.engine.anchorAt(this.scrollTop) : null;
    this.entryList = Array.isArray(value) ? value : [];
    const moved = this.engine.setEntries(this.entryList);
    if (anchor && moved && !this.engine.pin) {
      // Keeps what the user sees still when entries arrive above it or the list is reordered.
      const target = this.engine.anchorTop(anchor);
      if (target !== null && Math.abs(target - this.scrollTop) > 1) {
        this.scrollTop = target;
        this.pendingScrollTop = target;
      }
    }
  }

  /**
   * Scrolls the log so the entry with this Id is in view, rendering it first if it is outside the
   * window. Returns false when no such entry is in the log.
   */
  @api
  scrollToEntry(entryId: string): boolean {
    if (this.engine.indexOf(entryId) === -1) {
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
   * Prints every entry of the log without freezing the page: the printout (plain lines, see
   * c-transcript-print-rows) is built in chunks, one short task each (PrintJob), while a progress bar
   * with Cancel shows how far it is; then the browser's print dialog opens. The printout stays until
   * the browser reports `afterprint`.
   */
  @api
  printTranscript(): void {
    this.cancelPrint();
    const list = this.entryList;
    const lines = new PrintLines(list, this.printSettings());
    this.printProgress = { done: 0, total: list.length };
    this.hasPrintout = true;
    const job = new PrintJob(list.length, {
      add: (from, to) => this.printRowsElement()?.appendRows(lines.slice(from, to)),
      progress: (done) => {
        this.printProgress = { done, total: list.length };
        this.printOnlyRender = true;
      },
      finished: () => this.openPrintDialog(job)
    });
    this.printJob = job;
    job.start();
  }

  get isWindowed(): boolean {
    return this.engine.windowed;
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

  /**
   * The rows to render. Reading layoutVersion subscribes the template to it: measuring bumps it when
   * heights move the window. Before the first measurement the viewport's height is unknown; maxHeight
   * (480px from the container by default) is a good estimate.
   */
  private get window(): RowWindow {
    return this.engine.nextWindow(this.layoutVersion, this.scrollTop, this.viewport(), this.focusedIndex >= 0);
  }

  private viewport(): number {
    return this.viewportHeight > 0 ? this.viewportHeight : viewportEstimate(this.maxHeight);
  }

  get rows(): Row[] {
    const { start, end } = this.window;
    this.holdFocus(start, end);
    return this.rowBuilder.build(this.entryList, start, end, {
      locale: this.locale,
      timeZone: this.timeZone,
      now: this.now,
      relative: this.timeMode === 'relative',
      currentMatch: this.currentMatch,
      targetEntryId: this.targetEntryId
    });
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
      const list = this.entryList;
      this.printRowsElement()?.appendRows(new PrintLines(list, this.printSettings()).slice(0, list.length));
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
    const engine = this.engine;
    if (!this.isWindowed) {
      engine.rendered = null;
      this.settlePin();
      return;
    }
    engine.rendered = this.window;
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
    if (!engine.settled(this.scrollTop, this.viewport())) {
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
    const engine = this.engine;
    if (engine.pin && Math.abs(top - this.expectedScrollTop) > 1) {
      engine.pin = null;
    }
    if (!this.isWindowed || printMedia()) {
      return;
    }
    const scrollable = target.scrollHeight - target.clientHeight;
    if (!engine.pin && top > 0 && scrollable > 0 && top >= scrollable - 1) {
      engine.pinTo({ kind: 'last' });
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

  handleEntryAction(event: CustomEvent<{ action: string; entryId: string }>): void {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent('entryaction', { detail: { ...event.detail } }));
  }

  private get scroller(): HTMLElement | null {
    return this.template?.querySelector<HTMLElement>('.transcript-scroller') ?? null;
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
      if (this.engine.pin?.kind === 'last') {
        this.engine.pinTo({ kind: 'last' });
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

  /** Starts keeping an edge or an entry in view: 'last' until the user scrolls away, others once. */
  private pinTo(pin: Pin): void {
    this.engine.pinTo(pin);
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
    const engine = this.engine;
    const pin = engine.pin;
    const scroller = this.scroller;
    if (!pin || !scroller || !engine.pinPass()) {
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
        const index = engine.indexOf(pin.id);
        if (index === -1) {
          engine.pin = null;
          return;
        }
        target = engine.topOf(index) - scroller.clientHeight / 3;
      }
    }
    scroller.scrollTop = Math.max(0, target);
    const top = scroller.scrollTop;
    this.expectedScrollTop = top;
    let settled = pin.kind !== 'entry' || item !== null;
    if (this.isWindowed) {
      this.scrollTop = top;
      if (!engine.settled(top, this.viewport())) {
        settled = false;
      }
    }
    if (!settled) {
      // The scroll position calls for other rows: render them (renderedCallback comes back here).
      this.layoutVersion++;
      return;
    }
    engine.pinSettled();
    if (pin.kind === 'entry' && item && typeof item.scrollIntoView === 'function') {
      // The log's own scroll is exact; this brings the log itself into the page's view if needed.
      item.scrollIntoView({ block: 'nearest' });
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

  /**
   * Records the real height of each rendered row (all reads, one layout, come before any write) and
   * keeps what the user sees still if rows above changed. A re-render is requested only when the new
   * heights move the window or its padding; otherwise nothing on screen would change.
   */
  private measure(): void {
    const engine = this.engine;
    const items = this.template?.querySelectorAll<HTMLElement>('li[data-entry-id]');
    const scroller = this.scroller;
    if (!items || !engine.rendered) {
      return;
    }
    const rows: RowMeasurement[] = [];
    items.forEach((item) => {
      rows.push({
        id: item.dataset.entryId ?? '',
        index: Number(item.getAttribute('aria-posinset')) - 1,
        height: item.getBoundingClientRect().height
      });
    });
    const { changed, shiftAbove } = engine.record(rows, scroller ? this.scrollTop : -Infinity);
    if (!changed) {
      return;
    }
    if (scroller && shiftAbove !== 0 && !engine.pin) {
      scroller.scrollTop += shiftAbove;
      this.scrollTop = scroller.scrollTop;
    }
    if (!engine.settled(this.scrollTop, this.viewport())) {
      this.layoutVersion++;
    }
  }

  private printSettings(): { locale: string; timeZone: string; now: number } {
    return { locale: this.locale, timeZone: this.timeZone, now: this.now };
  }

  private printRowsElement(): PrintRowsElement | null {
    return this.template?.querySelector<PrintRowsElement>('c-transcript-print-rows') ?? null;
  }

  /** Every chunk is in: the browser's print dialog opens on the whole printout. */
  private openPrintDialog(job: PrintJob): void {
    if (job !== this.printJob) {
      return;
    }
    this.printJob = null;
    this.printProgress = null;
    this.printReady = true;
    // The printout shows in place of the windowed log once the re-render is done.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.printTimer = setTimeout(() => {
      this.printTimer = undefined;
      window.print();
    }, 0);
  }

  /** Stops preparing a printout and removes the one built so far. */
  private cancelPrint(): void {
    this.printJob?.cancel();
    this.printJob = null;
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
}

/**
 * True while the page is laid out for printing (the browser's print preview, or print emulation):
 * `matchMedia('print')` matches then (https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia).
 */
function printMedia(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('print').matches;
}
