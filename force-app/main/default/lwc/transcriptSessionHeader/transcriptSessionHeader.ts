import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import { sessionFacts, type SessionFact, type SessionInfo, fillTemplate } from 'c/transcriptModel';

/**
 * Presentational component: a slim header above the transcript with the session's channel, status,
 * start and duration (or a voice call's type, start and duration) in the user's locale and time zone,
 * and a Refresh button that dispatches `refresh`. It never loads data itself.
 */
export default class TranscriptSessionHeader extends LightningElement {
  /** The session as the model read it (readSessionRecord); null while unknown. */
  @api session: SessionInfo | null = null;
  @api locale = 'en-US';
  @api timeZone = 'UTC';
  /** How many rows came from the console's live conversation log. */
  @api liveCount = 0;

  labels = LABELS;

  get facts(): SessionFact[] {
    return sessionFacts(this.session, this.locale, this.timeZone, LABELS);
  }

  get hasFacts(): boolean {
    return this.facts.length > 0;
  }

  /** Without facts or a live note only Refresh is left: the header then joins the toolbar's row. */
  get headerClass(): string {
    const base = 'slds-grid slds-grid_vertical-align-center slds-m-bottom_x-small session-header';
    return this.hasFacts || this.liveCount > 0 ? base : `${base} session-header_bare`;
  }

  get liveText(): string {
    return fillTemplate(LABELS.Session_Live_Included, this.liveCount.toLocaleString(this.locale));
  }

  handleRefresh(): void {
    this.dispatchEvent(new CustomEvent('refresh'));
  }
}
