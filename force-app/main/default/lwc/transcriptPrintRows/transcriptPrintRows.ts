import { LightningElement, api } from 'lwc';
import type { PrintRow } from 'c/transcriptModel';

/**
 * Presentational, for paper: the printed transcript, a line per entry with its time, who said it (name
 * and actor type) and the text or the event, in three aligned columns that read in black and white.
 * `c-transcript-log` hands the lines over one chunk per task (`appendRows`). The lines are plain
 * elements made with createElement and filled with textContent only, inside an `lwc:dom="manual"`
 * container: LWC keeps no virtual DOM for them and never diffs them again, so tens of thousands of lines
 * cost the page little memory and no re-render
 * (https://developer.salesforce.com/docs/platform/lwc/guide/js-third-party-library.html).
 */
export default class TranscriptPrintRows extends LightningElement {
  /** Adds these lines after the ones already there; returns false when not rendered yet. */
  @api
  appendRows(rows: readonly PrintRow[]): boolean {
    const container = this.template?.querySelector<HTMLElement>('.print-rows');
    if (!container) {
      return false;
    }
    const fragment = document.createDocumentFragment();
    for (const row of rows) {
      fragment.appendChild(printLine(row));
    }
    container.appendChild(fragment);
    return true;
  }

  /** How many lines there are. */
  @api
  get rowCount(): number {
    return this.template?.querySelector('.print-rows')?.childElementCount ?? 0;
  }
}

function span(className: string, text: string, auto: boolean): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (auto) {
    element.dir = 'auto';
  }
  element.textContent = text;
  return element;
}

/** One line: a day heading when the entry starts a day, then time, who and what. */
function printLine(row: PrintRow): HTMLDivElement {
  const line = document.createElement('div');
  line.className = row.className;
  if (row.day !== null) {
    const day = document.createElement('div');
    day.className = 'print-day';
    day.textContent = row.day;
    line.appendChild(day);
  }
  line.appendChild(span('print-time', row.time, false));
  line.appendChild(span('print-name', row.name, true));
  line.appendChild(span('print-text', row.text, true));
  return line;
}
