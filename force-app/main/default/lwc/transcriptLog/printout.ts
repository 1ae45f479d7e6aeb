import { LABELS } from 'c/transcriptLabels';
import {
  actorDisplayName,
  actorTypeLabel,
  dayKeyOf,
  dayLabel,
  entryTypeLabel,
  formatTimestamp,
  statusLabel,
  type PrintRow,
  type TranscriptEntry,
  fillTemplate
} from 'c/transcriptModel';

/**
 * The printout is built one chunk per task. The first chunk has FIRST_CHUNK entries; then each chunk is
 * sized from how long the last one took, aiming at TASK_MS a task (within MIN_CHUNK..MAX_CHUNK), so the
 * page stays responsive on slow machines too.
 */
const FIRST_CHUNK = 50;
const MIN_CHUNK = 25;
const MAX_CHUNK = 300;
const TASK_MS = 20;
/**
 * Progress is shown at most this often, in ms: each update re-renders the log, a cost per chunk
 * that would otherwise outweigh the chunk itself.
 */
const PROGRESS_MS = 150;

/** Where dates and times of the printout are shown. */
export interface PrintSettings {
  locale: string;
  timeZone: string;
  /** "Now" for Today and Yesterday, epoch ms. */
  now: number;
}

/**
 * The printed lines of a list, in order, a slice at a time: who said what, when, and the text or the
 * event, with the day above the first entry of each day. Remembers the day of the last line it made,
 * so consecutive slices cost only their own entries, and keeps nothing per entry (the strings of a
 * line are made, handed over and dropped).
 */
export class PrintLines {
  private lastDay: string | null = null;

  constructor(
    private readonly list: readonly TranscriptEntry[],
    private readonly settings: PrintSettings
  ) {}

  /** Lines for list[from..to); slices are asked for in order. */
  slice(from: number, to: number): PrintRow[] {
    const { locale, timeZone, now } = this.settings;
    const rows: PrintRow[] = [];
    for (let index = from; index < to; index++) {
      const entry = this.list[index];
      const bookend = entry.bookend;
      if (bookend) {
        // A session's divider: its name and facts across the page; the next entry starts its day anew.
        rows.push({
          key: entry.id,
          className: 'print-row print-row_bookend',
          day: null,
          time: '',
          name: bookend.title,
          text: bookend.facts
        });
        this.lastDay = null;
        continue;
      }
      const ms = entry.entryTime;
      const timed = ms !== null && Number.isFinite(ms);
      const day = timed ? dayKeyOf(ms, timeZone) : null;
      const startsDay = day !== null && day !== this.lastDay;
      if (day !== null) {
        this.lastDay = day;
      }
      rows.push({
        key: entry.id,
        className: `print-row print-row_${entry.layout}`,
        day: startsDay && timed ? dayLabel(ms, now || Date.now(), locale, timeZone, LABELS) : null,
        time: formatTimestamp(ms, locale, timeZone, 'time'),
        name: whoOf(entry),
        text: whatOf(entry)
      });
    }
    return rows;
  }
}

/** Who: the actor's name, with the actor type for messages (when the name is not just that). */
function whoOf(entry: TranscriptEntry): string {
  const name = actorDisplayName(entry, LABELS);
  const kind = actorTypeLabel(entry.actorKind, LABELS);
  return entry.layout === 'event' || name === kind ? name : `${name} (${kind})`;
}

/** What: the event's name for events, the message, and a failed delivery's status. */
function whatOf(entry: TranscriptEntry): string {
  const parts: string[] = [];
  if (entry.layout === 'event' && entry.entryType !== 'Text') {
    parts.push(entryTypeLabel(entry.entryType, LABELS));
  }
  if (entry.message !== null) {
    parts.push(entry.message);
  }
  if (entry.messageStatus === 'Error') {
    const status = statusLabel('Error', entry.messageStatusCode, LABELS);
    if (status) {
      parts.push(`(${status})`);
    }
  }
  return parts.join(' ');
}

export interface PrintJobSteps {
  /** Adds the lines for list[from..to) to the printout. */
  add(from: number, to: number): void;
  /** `done` of `total` entries are in the printout. */
  progress(done: number): void;
  /** Every entry is in the printout. */
  finished(): void;
}

/**
 * Builds a printout of `total` entries in chunks, one chunk per task (a timer in between lets input,
 * paint and the Cancel button have their turn), each sized from how long the last one took.
 */
export class PrintJob {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private size = FIRST_CHUNK;
  private cancelled = false;

  constructor(
    private readonly total: number,
    private readonly steps: PrintJobSteps
  ) {}

  /** Starts with the next task (the printout's container renders first). */
  start(): void {
    this.schedule(() => this.step(0));
  }

  cancel(): void {
    this.cancelled = true;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private schedule(next: () => void): void {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.cancelled) {
        next();
      }
    }, 0);
  }

  private step(from: number): void {
    const started = performance.now();
    const to = Math.min(this.total, from + this.size);
    this.steps.add(from, to);
    this.steps.progress(to);
    // The chunk (and the progress) render in a microtask at the end of this task; the next task's
    // start tells what it all took (with a frame drawn in between, if there was one: on the safe side).
    this.schedule(() => {
      const took = Math.max(1, performance.now() - started);
      this.size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, (this.size * TASK_MS) / took)));
      if (to < this.total) {
        this.step(to);
      } else {
        this.steps.finished();
      }
    });
  }
}

/** `c-transcript-print-rows`: the printout, filled a chunk at a time. */
export type PrintRowsElement = HTMLElement & { appendRows(rows: readonly PrintRow[]): boolean };

/** What the log shows of printing. */
export interface PrintView {
  /** A printout is being prepared or printed: `c-transcript-print-rows` is rendered. */
  active: boolean;
  /** Every entry is in the printout: paper shows it instead of the windowed log. */
  ready: boolean;
  /** How far the printout is, while it is prepared; null otherwise. */
  progress: { text: string; percent: number; barStyle: string } | null;
}

export const NO_PRINT: PrintView = { active: false, ready: false, progress: null };

/** What the printing controller needs from the log. */
export interface PrintHost {
  entries(): readonly TranscriptEntry[];
  settings(): PrintSettings;
  /** The rendered `c-transcript-print-rows`, or null. */
  printRows(): PrintRowsElement | null;
  /** Shows a new state of printing (a reactive field of the log). */
  show(view: PrintView): void;
}

/**
 * Up to this many entries the browser's own Print (menu, Ctrl+P outside the component) gets the whole
 * printout, built synchronously in `beforeprint`; above it, the rows on screen and a note.
 */
const SYNC_LIMIT = 1000;

/**
 * Printing of the log: the toolbar's Print builds the whole printout in chunks (PrintJob) with
 * progress, then opens the browser's print dialog; the browser's own Print of a short log gets the
 * whole printout at once. The printout stays until the browser reports `afterprint`.
 */
export class PrintController {
  private job: PrintJob | null = null;
  private dialogTimer: ReturnType<typeof setTimeout> | undefined;
  /** The whole printout is to be added once `c-transcript-print-rows` is rendered (beforeprint). */
  private wholePending = false;
  /** The coming render only shows progress: the rows on screen need no measuring. */
  private progressOnly = false;
  private state: PrintView = NO_PRINT;
  private progressShown = 0;

  constructor(private readonly host: PrintHost) {}

  get view(): PrintView {
    return this.state;
  }

  /** Prepares the printout of every entry, then opens the print dialog. */
  print(): void {
    this.cancel();
    const list = this.host.entries();
    const lines = new PrintLines(list, this.host.settings());
    this.showProgress(0, list.length);
    const job = new PrintJob(list.length, {
      add: (from, to) => this.host.printRows()?.appendRows(lines.slice(from, to)),
      progress: (done) => this.showProgress(done, list.length),
      finished: () => this.openDialog(job)
    });
    this.job = job;
    job.start();
  }

  /** Stops preparing a printout and removes the one built so far. */
  cancel(): void {
    this.job?.cancel();
    this.job = null;
    if (this.dialogTimer !== undefined) {
      clearTimeout(this.dialogTimer);
      this.dialogTimer = undefined;
    }
    this.wholePending = false;
    this.progressOnly = false;
    if (this.state !== NO_PRINT) {
      this.update(NO_PRINT);
    }
  }

  /**
   * After each render of the log: adds a pending whole printout. Returns true when the render only
   * showed printing progress.
   */
  rendered(): boolean {
    if (this.wholePending) {
      this.wholePending = false;
      const list = this.host.entries();
      this.host.printRows()?.appendRows(new PrintLines(list, this.host.settings()).slice(0, list.length));
    }
    const progressOnly = this.progressOnly;
    this.progressOnly = false;
    return progressOnly;
  }

  /**
   * `beforeprint` fires before the document is printed or previewed, and lets a page change its content
   * for paper; `afterprint` fires once printing started or the preview closed
   * (https://developer.mozilla.org/en-US/docs/Web/API/Window/afterprint_event).
   * The browser's own Print (its menu, or Ctrl+P outside the component): a short log gets the whole
   * printout at once; a long one prints the rows on screen and a note, because building every row
   * here would hold the page for seconds.
   */
  readonly beforePrint = (): void => {
    if (this.state.ready || this.state.progress !== null || this.host.entries().length > SYNC_LIMIT) {
      return;
    }
    this.wholePending = true;
    this.update({ active: true, ready: true, progress: null });
  };

  /** The printout has been printed (or the dialog closed): back to the windowed log only. */
  readonly afterPrint = (): void => {
    if (this.state.progress === null) {
      this.cancel();
    }
  };

  private showProgress(done: number, total: number): void {
    const now = performance.now();
    if (done > 0 && now - this.progressShown < PROGRESS_MS) {
      return;
    }
    this.progressShown = now;
    const { locale } = this.host.settings();
    const percent = total > 0 ? Math.round((100 * done) / total) : 0;
    this.progressOnly = done > 0;
    this.update({
      active: true,
      ready: false,
      progress: {
        text: fillTemplate(LABELS.Print_Progress, done.toLocaleString(locale), total.toLocaleString(locale)),
        percent,
        barStyle: `width: ${percent}%;`
      }
    });
  }

  /** Every chunk is in: the print dialog opens on the whole printout, once the log shows it. */
  private openDialog(job: PrintJob): void {
    if (job !== this.job) {
      return;
    }
    this.job = null;
    this.update({ active: true, ready: true, progress: null });
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.dialogTimer = setTimeout(() => {
      this.dialogTimer = undefined;
      window.print();
    }, 0);
  }

  private update(view: PrintView): void {
    this.state = view;
    this.host.show(view);
  }
}

/**
 * True while the page is laid out for printing (the browser's print preview, or print emulation):
 * `matchMedia('print')` matches then (https://developer.mozilla.org/en-US/docs/Web/API/Window/matchMedia).
 */
export function printMedia(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('print').matches;
}
