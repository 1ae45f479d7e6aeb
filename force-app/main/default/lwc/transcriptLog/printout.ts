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
  type TranscriptEntry
} from 'c/transcriptModel';

/**
 * The printout is built one chunk per task. The first chunk has FIRST_CHUNK entries; then each chunk is
 * sized from how long the last one took, aiming at TASK_MS a task (within MIN_CHUNK..MAX_CHUNK), so the
 * page stays responsive on slow machines too.
 */
const FIRST_CHUNK = 50;
const MIN_CHUNK = 25;
const MAX_CHUNK = 200;
const TASK_MS = 16;

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
