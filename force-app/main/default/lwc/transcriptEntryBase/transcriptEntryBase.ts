import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  actorDisplayName,
  displaySegments,
  entrySourceMarker,
  formatDuration,
  highlightEntry,
  type DisplaySegment,
  type TranscriptEntry,
  fillTemplate
} from 'c/transcriptModel';

/**
 * Whether the primary pointer can hover: `(hover: hover)` matches then, and does not on touch screens
 * (https://developer.mozilla.org/en-US/docs/Web/CSS/@media/hover).
 */
function pointerCanHover(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(hover: hover)').matches;
}

/** A row's highlight segments and what they were made for (name, text, query, current match). */
interface HighlightCache {
  key: readonly [string, string, string, number];
  name: DisplaySegment[];
  message: DisplaySegment[];
}

/** What a row asks its log to do for one entry. */
export type EntryAction = 'copy-text' | 'copy-link';

/**
 * Base class (not a component on its own) shared by the presentational rows `c-transcript-message`
 * and `c-transcript-event`: the entry and its formatted times, search highlighting of the actor name
 * and the text (as text segments, never HTML), the voice duration, and the per-entry actions (copy the
 * text, copy a link), which are dispatched as a non-bubbling `entryaction` event {action, entryId}.
 */
export default class TranscriptEntryBase extends LightningElement {
  /** The normalised entry to show. */
  @api entry: TranscriptEntry | undefined;
  /** The entry time, already formatted for the user's locale and time zone (absolute or relative). */
  @api timeText = '';
  /** The entry time as ISO-8601, for the `<time>` element. */
  @api timeIso = '';
  /** Every timestamp of the entry, one per line, for the time's tooltip. */
  @api timeTitle = '';
  /** The search text to highlight ('' for none). */
  @api query = '';
  /** Which of this entry's matches is the current one (actor name first, then text); -1 for none. */
  @api currentOccurrence = -1;

  labels = LABELS;
  /**
   * The action buttons' icons are drawn. Where the pointer can hover, the actions are transparent until
   * the row is hovered or an action has focus (see transcriptRowStyles), so their icons (two base
   * components per row) are drawn on the row's first hover or focus; elsewhere from the start. The
   * buttons, their names for screen readers and their room are there from the start either way.
   */
  showActionIcons = !pointerCanHover();

  constructor() {
    super();
    if (!this.showActionIcons) {
      this.addEventListener('mouseenter', this.revealActionIcons);
      this.addEventListener('focusin', this.revealActionIcons);
    }
  }

  private readonly revealActionIcons = (): void => {
    this.showActionIcons = true;
    this.removeEventListener('mouseenter', this.revealActionIcons);
    this.removeEventListener('focusin', this.revealActionIcons);
  };

  get displayName(): string {
    return this.entry ? actorDisplayName(this.entry, LABELS) : '';
  }

  get message(): string | null {
    return this.entry?.message ?? null;
  }

  /** True while there is a search to highlight; otherwise the text renders as one plain text node. */
  get highlighting(): boolean {
    return this.query.trim() !== '';
  }

  /**
   * The segments of the last render, kept for the same name, text, query and current match. Out of
   * LWC's reactivity: the field is never reassigned, only its content (a field reacts to reassignment,
   * https://developer.salesforce.com/docs/platform/lwc/guide/reactivity-fields.html).
   */
  private readonly kept: { segments: HighlightCache | null } = { segments: null };

  /** The template asks for the name's and the text's segments: both come from one pass. */
  private get highlighted(): HighlightCache {
    const key = [this.displayName, this.message ?? '', this.query, this.currentOccurrence] as const;
    const kept = this.kept.segments;
    if (kept && kept.key.every((part, i) => part === key[i])) {
      return kept;
    }
    const parts = highlightEntry(key[0], key[1], key[2], key[3]);
    const segments = {
      key,
      name: displaySegments(parts.name, 'n'),
      message: displaySegments(parts.message, 'm')
    };
    this.kept.segments = segments;
    return segments;
  }

  get nameSegments(): DisplaySegment[] {
    return this.highlighted.name;
  }

  get messageSegments(): DisplaySegment[] {
    return this.highlighted.message;
  }

  /** "Duration 0:12" for entries with a ClientDuration (voice utterances); '' otherwise. */
  get durationText(): string {
    const text = formatDuration(this.entry?.clientDuration ?? null);
    return text === '' ? '' : fillTemplate(LABELS.Transcript_Duration, text);
  }

  /** "Live" for entries that come from the console's live conversation log; null otherwise. */
  get sourceMarker(): { text: string; title: string } | null {
    return this.entry ? entrySourceMarker(this.entry, LABELS) : null;
  }

  get hasText(): boolean {
    return this.message !== null;
  }

  /** Names the entry the action buttons act on, for screen readers. */
  get actionsLabel(): string {
    return this.timeText !== ''
      ? fillTemplate(LABELS.Entry_Actions, this.displayName, this.timeText)
      : fillTemplate(LABELS.Entry_Actions_No_Time, this.displayName);
  }

  handleCopyText(): void {
    this.dispatchAction('copy-text');
  }

  handleCopyLink(): void {
    this.dispatchAction('copy-link');
  }

  private dispatchAction(action: EntryAction): void {
    if (this.entry) {
      this.dispatchEvent(new CustomEvent('entryaction', { detail: { action, entryId: this.entry.id } }));
    }
  }
}
