import { LightningElement, api } from 'lwc';
import type { PrintRow } from 'c/transcriptModel';

/**
 * Presentational, for paper: one chunk of the printed transcript, a line per entry with its time, who
 * said it (name and actor type) and the text or the event, in three aligned columns that read in black
 * and white. Plain elements only, so tens of thousands of lines stay cheap; `c-transcript-log` builds the
 * chunks one task at a time.
 */
export default class TranscriptPrintRows extends LightningElement {
  /** The lines of this chunk, their strings already worked out. */
  @api rows: PrintRow[] = [];
}
