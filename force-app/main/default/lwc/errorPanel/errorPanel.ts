import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import { reduceErrors } from 'c/ldsUtils';

/**
 * Presentational component: shows a friendly error message, the raw error details behind a toggle,
 * and a retry button that dispatches `retry`. It never loads data itself.
 */
export default class ErrorPanel extends LightningElement {
  /** Heading of the panel. */
  @api heading: string = LABELS.Error_Title;
  /** The actionable, human message. */
  @api friendlyMessage = '';
  /** The raw error value (any shape); its messages are shown as details. */
  @api errors: unknown;
  /** Whether to offer the retry button. */
  @api showRetry = false;

  labels = LABELS;
  detailsOpen = false;

  get details(): Array<{ key: string; text: string }> {
    return reduceErrors(this.errors).map((text, index) => ({ key: `e${index}`, text }));
  }

  get hasDetails(): boolean {
    return this.details.length > 0;
  }

  get toggleLabel(): string {
    return this.detailsOpen ? LABELS.Error_Hide_Details : LABELS.Error_Show_Details;
  }

  get ariaExpanded(): string {
    return String(this.detailsOpen);
  }

  handleToggle(): void {
    this.detailsOpen = !this.detailsOpen;
  }

  handleRetry(): void {
    this.dispatchEvent(new CustomEvent('retry'));
  }
}
