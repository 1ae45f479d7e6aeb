import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  actorDisplayName,
  actorIcon,
  actorTypeLabel,
  displaySegments,
  entrySourceMarker,
  entryTypeLabel,
  eventIcon,
  fillTemplate,
  formatDuration,
  highlightEntry,
  statusLabel,
  type DisplaySegment,
  type TranscriptEntry as Entry
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
 * Presentational component: one entry of the transcript, in one of two shapes that share their meta
 * line (name, time, duration, source, per-entry actions):
 * - a chat bubble (SLDS chat message) for a Text entry by an end user, agent, bot or supervisor: the
 *   actor icon on the bubble's outer side (only on the first of consecutive messages by one actor), the
 *   actor type, the delivery status as quiet text (an Error with its icon and code) and an attachment
 *   flag; a blank Message is explained instead of showing an empty bubble;
 * - a centred event row (SLDS chat event) for System entries and every non-Text entry type, including
 *   types this version does not know (shown by their raw value): icon, name, what happened (or a system
 *   message's text) and time on one muted line, an event's own text under it.
 * Search matches are highlighted as text segments; text is always rendered as text, never as HTML. The
 * actions (copy the text, copy a link) are dispatched as a non-bubbling `entryaction` event
 * {action, entryId}. The log gives an event's host the class `transcript-entry_event` (its width).
 */
export default class TranscriptEntry extends LightningElement {
  /** The normalised entry to show. */
  @api entry: Entry | undefined;
  /**
   * The message above is by the same actor: the avatar is left out and the SLDS faux-avatar modifier
   * keeps the bubble aligned ("apply slds-chat-message_faux-avatar to any consecutive messages").
   */
  @api continued = false;
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
   * the row is hovered or an action has focus (see the CSS), so their icons (two base components per
   * row) are drawn on the row's first hover or focus; elsewhere from the start. The buttons, their
   * names for screen readers and their room are there from the start either way.
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

  /** An event row (the model's `event` layout); otherwise a message bubble. */
  get isEvent(): boolean {
    return this.entry?.layout === 'event';
  }

  get isMessage(): boolean {
    return !this.isEvent;
  }

  get rowClass(): string {
    if (this.isEvent) {
      return this.entry?.messageStatus === 'Error' ? 'slds-chat-event slds-has-error' : 'slds-chat-event';
    }
    const side = this.entry?.layout === 'inbound' ? '' : ' transcript-message_outbound';
    return this.continued
      ? `slds-chat-message slds-chat-message_faux-avatar${side}`
      : `slds-chat-message${side}`;
  }

  get bodyClass(): string {
    return this.isEvent ? 'slds-chat-event__body' : 'slds-chat-message__body';
  }

  get lineClass(): string {
    return this.isEvent ? 'transcript-event-line' : 'slds-chat-message__meta';
  }

  get showAvatar(): boolean {
    return this.isMessage && !this.continued;
  }

  get iconName(): string {
    return this.isEvent
      ? eventIcon(this.entry?.entryType ?? '')
      : actorIcon(this.entry?.actorKind ?? 'Unknown');
  }

  get displayName(): string {
    return this.entry ? actorDisplayName(this.entry, LABELS) : '';
  }

  /**
   * The actor's name leads the line, except an event's generic "System" (no ActorName): every event
   * row would start with it. It stays for screen readers and search as assistive text.
   */
  get actorClass(): string {
    const generic =
      this.isEvent &&
      this.entry?.actorKind === 'System' &&
      this.displayName === actorTypeLabel('System', LABELS);
    return generic ? 'transcript-actor slds-assistive-text' : 'transcript-actor';
  }

  get typeLabel(): string {
    return this.entry ? actorTypeLabel(this.entry.actorKind, LABELS) : '';
  }

  /** A message shows the actor type next to the name unless the name already is the type label. */
  get showTypeLabel(): boolean {
    return this.isMessage && this.typeLabel !== '' && this.typeLabel !== this.displayName;
  }

  /** A Text entry shown as an event (from System) is a system message: its text is the event. */
  get isSystemMessage(): boolean {
    return this.isEvent && this.entry?.entryType === 'Text';
  }

  /** What happened, for event rows that are not system messages. */
  get eventLabel(): string {
    return this.entry && this.isEvent && !this.isSystemMessage
      ? entryTypeLabel(this.entry.entryType, LABELS)
      : '';
  }

  /**
   * Text carried by an event (not a system message): shown under the event line, as the SLDS chat
   * event's agent message. A system message's text is the event line itself.
   */
  get hasAgentMessage(): boolean {
    return this.isEvent && !this.isSystemMessage && this.hasText;
  }

  get message(): string | null {
    return this.entry?.message ?? null;
  }

  get hasText(): boolean {
    return this.message !== null;
  }

  get isError(): boolean {
    return this.isMessage && this.entry?.messageStatus === 'Error';
  }

  get textClass(): string {
    const inbound = this.entry?.layout === 'inbound';
    const variant = inbound ? 'inbound' : this.entry?.actorKind === 'Agent' ? 'outbound' : 'outbound-agent';
    return `slds-chat-message__text slds-chat-message__text_${variant}${
      this.isError ? ' slds-chat-message__text_delivery-failure' : ''
    }${this.hasText ? '' : ' transcript-blank'}`;
  }

  /** A message's delivery status ("Read", "Error (code)"); null for events and entries without one. */
  get statusText(): string | null {
    return this.entry && this.isMessage
      ? statusLabel(this.entry.messageStatus, this.entry.messageStatusCode, LABELS)
      : null;
  }

  get statusAssistive(): string {
    return fillTemplate(LABELS.Status_Label, this.statusText ?? '');
  }

  get statusClass(): string {
    return this.isError ? 'transcript-status transcript-status_error' : 'transcript-status';
  }

  get hasAttachments(): boolean {
    return this.isMessage && this.entry?.hasAttachments === true;
  }

  /** "said NAME at TIME" on a message's meta line; none on an event line, which reads as it stands. */
  get saidLabel(): string | undefined {
    if (this.isEvent) {
      return undefined;
    }
    return this.timeText !== ''
      ? fillTemplate(LABELS.Transcript_Said, this.displayName, this.timeText)
      : fillTemplate(LABELS.Transcript_Said_No_Time, this.displayName);
  }

  /** True while there is a search to highlight; otherwise a message's text is one plain text node. */
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
