import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  WindowEngine,
  cssLengthPx,
  entryCountText,
  offsetIntoView,
  type RowMeasurement,
  type RowWindow,
  type TranscriptEntry,
  fillTemplate
} from 'c/transcriptModel';
import { RowBuilder, type CurrentMatch, type Row } from './logRows';
import { NO_PRINT, PrintController, printMedia, type PrintRowsElement, type PrintView } from './printout';

export type { CurrentMatch } from './logRows';

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
  /** Windowing state out of LWC's reactivity (never reassigned); `layoutVersion` asks for renders. */
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
  /** Printing as the template shows it (reassigned by the controller). */
  print: PrintView = NO_PRINT;
  private readonly printer = new PrintController({
    entries: () => this.entryList,
    settings: () => ({ locale: this.locale, timeZone: this.timeZone, now: this.now }),
    printRows: () => this.template?.querySelector<PrintRowsElement>('c-transcript-print-rows') ?? null,
    show: (view) => {
      this.print = view;
    }
  });
  scrollTop = 0;
  viewportHeight = 0;

  /** The normalised, sorted entries to show. */
  @api
  get entries(): TranscriptEntry[] {
    return this.entryList;
  }
  set entries(value: TranscriptEntry[]) {
    this.entryList = Array.isArray(value) ? value : [];
    // Keeps what the user sees still when entries arrive above it or the list is reordered.
    const target = this.engine.replaceEntries(this.entryList, this.scroller ? this.scrollTop : null);
    if (target !== null) {
      this.scrollTop = target;
      this.pendingScrollTop = target;
    }
  }

  /**
   * Scrolls the log so the entry with this Id is in view (false when it is not in the log), reading no
   * layout: the window moves to the entry's estimated place and the row comes into view after the render.
   */
  @api
  scrollToEntry(entryId: string): boolean {
    const index = this.engine.indexOf(entryId);
    if (index === -1) {
      return false;
    }
    this.engine.pinTo({ kind: 'entry', id: entryId });
    const jump = this.engine.jumpTarget(index, this.viewport());
    if (jump !== null) {
      this.scrollTop = jump;
      this.pendingScrollTop = jump;
      this.expectedScrollTop = jump;
    }
    this.layoutVersion++;
    return true;
  }

  /** Scrolls to the first or the last entry: that row ends up fully in view and the log at its end. */
  @api
  scrollToEdge(edge: 'first' | 'last'): void {
    this.engine.pinTo({ kind: edge === 'first' ? 'first' : 'last' });
    this.settlePin();
  }

  /** Prints every entry without freezing the page, with progress and Cancel (see PrintController). */
  @api
  printTranscript(): void {
    this.printer.print();
  }

  get isWindowed(): boolean {
    return this.engine.windowed;
  }
  /** Printing from the browser's menu while only a window of a long log is rendered: say so on paper. */
  get showPrintNote(): boolean {
    return this.isWindowed && !this.print.ready;
  }

  get printNoteText(): string {
    return fillTemplate(LABELS.Print_Partial_Note, this.entryList.length.toLocaleString(this.locale));
  }

  get countText(): string {
    return entryCountText(this.entryList.length, this.locale, LABELS);
  }

  get scrollerStyle(): string {
    return this.maxHeight ? `max-height: ${this.maxHeight}; overflow-y: auto;` : '';
  }

  get scrollerClass(): string {
    return `slds-chat transcript-scroller${this.compact ? ' transcript-compact' : ''}${
      this.print.ready ? ' transcript-scroller_printout' : ''
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
    const focused = this.focusedIndex >= 0;
    return this.engine.nextWindow(this.layoutVersion, this.scrollTop, this.viewport(), focused);
  }

  private viewport(): number {
    return this.viewportHeight > 0 ? this.viewportHeight : cssLengthPx(this.maxHeight);
  }

  get rows(): Row[] {
    const { start, end } = this.window;
    this.holdFocus(start, end);
    return this.rowBuilder.build(this.entryList, start, end, this);
  }

  get setSize(): number {
    return this.entryList.length;
  }

  override connectedCallback(): void {
    window.addEventListener('beforeprint', this.printer.beforePrint);
    window.addEventListener('afterprint', this.printer.afterPrint);
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.removeEventListener('beforeprint', this.printer.beforePrint);
    window.removeEventListener('afterprint', this.printer.afterPrint);
    this.printer.cancel();
  }

  override renderedCallback(): void {
    if (this.printer.rendered()) {
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
    this.printer.cancel();
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
      if (printMedia()) return;
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
    return Array.from(items).find((item) => item.dataset.entryId === entryId) ?? null;
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
    const item = pin.kind === 'entry' ? this.rowElement(pin.id) : null;
    const box = scroller.getBoundingClientRect();
    const target = engine.pinScrollTarget({
      scrollTop: scroller.scrollTop,
      scrollHeight: scroller.scrollHeight,
      clientHeight: scroller.clientHeight,
      rowShift: item
        ? offsetIntoView(
            { top: box.top + scroller.clientTop, height: scroller.clientHeight },
            item.getBoundingClientRect()
          )
        : null
    });
    if (target === null) {
      return;
    }
    scroller.scrollTop = Math.max(0, target);
    const top = scroller.scrollTop;
    this.expectedScrollTop = top;
    if (this.isWindowed) {
      this.scrollTop = top;
    }
    if ((pin.kind === 'entry' && !item) || (this.isWindowed && !engine.settled(top, this.viewport()))) {
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

  /** When the focused row leaves the window (scrolled away), the log takes focus, not the page body. */
  private holdFocus(start: number, end: number): void {
    const index = this.focusedIndex;
    if (index >= 0 && (index < start || index >= end)) {
      this.focusedIndex = -1;
      this.scroller?.focus({ preventScroll: true });
    }
  }

  /**
   * Records each rendered row's height (reads before writes: one layout), keeps what the user sees still
   * when rows above changed, and asks for a render only when the heights move the window or its padding.
   */
  private measure(): void {
    const engine = this.engine;
    const items = this.template?.querySelectorAll<HTMLElement>('li[data-entry-id]');
    const scroller = this.scroller;
    if (!items || !engine.rendered) {
      return;
    }
    const rows: RowMeasurement[] = Array.from(items, (item) => ({
      id: item.dataset.entryId ?? '',
      index: Number(item.getAttribute('aria-posinset')) - 1,
      height: item.getBoundingClientRect().height
    }));
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
}
