import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/transcriptLabels';
import {
  ACTOR_TYPES,
  actorTypeLabel,
  isKnownActorType,
  type ExportAction,
  type ExportScope,
  type FilterChange,
  type KnownActorType,
  fillTemplate
} from 'c/transcriptModel';

export type { ExportAction, FilterChange };

interface MenuItem {
  key: string;
  value: string;
  label: string;
  checked: boolean;
}

const EXPORT_ACTIONS: readonly ExportAction[] = ['copy', 'txt', 'csv', 'json', 'print'];
const EXPORT_SCOPES: Readonly<Partial<Record<string, ExportScope>>> = {
  'scope:shown': 'shown',
  'scope:all': 'all',
  'scope:session': 'session'
};

/**
 * Presentational component: the transcript's toolbar (a labelled group, not an ARIA toolbar: it holds a
 * text box and every control is a Tab stop). A search box with the match position
 * ("3 of 17"), previous/next buttons (Enter / Shift+Enter in the box, Escape clears it), a filter menu (actor types and
 * events), an export menu (scope, copy, .txt/.csv/.json, print), a relative-time toggle and jump
 * buttons. It holds no transcript state: every change is an event the container acts on.
 *
 * Events (none bubble): `searchchange` {term}, `searchstep` {direction: 1 | -1},
 * `filterchange` FilterChange ({kind: 'actor', actorKind}, {kind: 'events'} or {kind: 'reset'}),
 * `exportscope` {scope: ExportScope}, `exportaction` {action: ExportAction}, `timemode` {relative},
 * `jump` {edge: 'first' | 'last'}.
 */
export default class TranscriptToolbar extends LightningElement {
  /** The search text. */
  @api searchTerm = '';
  /** Number of matches of the search text over all loaded entries shown. */
  @api matchCount = 0;
  /** 0-based position of the current match; -1 before the user steps through matches. */
  @api matchIndex = -1;
  /** Actor types the filter hides. */
  @api hiddenActorKinds: readonly string[] = [];
  /** Whether event rows are shown. */
  @api showEvents = false;
  /** Which entries an export includes. */
  @api exportScope: ExportScope = 'shown';
  /** Entries the filter shows, and all loaded entries (for the export scope choice). */
  @api shownCount = 0;
  @api totalCount = 0;
  /** Loaded entries of this session alone, when earlier conversations are loaded too (else null). */
  @api sessionCount: number | null = null;
  /** True while times are shown relative to now ("5 minutes ago"). */
  @api relativeTime = false;
  /** The user's locale, for numbers. */
  @api locale = 'en-US';

  labels = LABELS;

  /** Moves keyboard focus to the search box (the documented shortcut lands here). */
  @api
  focusSearch(): void {
    this.template
      ?.querySelector<HTMLElement & { focus(): void }>('lightning-input.transcript-search')
      ?.focus();
  }

  get hasTerm(): boolean {
    return this.searchTerm.trim() !== '';
  }

  get noMatches(): boolean {
    return this.hasTerm && this.matchCount === 0;
  }

  get statusText(): string {
    if (!this.hasTerm) {
      return '';
    }
    if (this.matchCount === 0) {
      return LABELS.Search_No_Matches;
    }
    const position = this.matchIndex >= 0 ? this.matchIndex + 1 : 0;
    return fillTemplate(
      LABELS.Search_Count,
      position.toLocaleString(this.locale),
      this.matchCount.toLocaleString(this.locale)
    );
  }

  get stepDisabled(): boolean {
    return this.matchCount === 0;
  }

  get filterItems(): MenuItem[] {
    const hidden = new Set(this.hiddenActorKinds);
    return ACTOR_TYPES.map((kind: KnownActorType) => ({
      key: `actor-${kind}`,
      value: `actor:${kind}`,
      label: actorTypeLabel(kind, LABELS),
      checked: !hidden.has(kind)
    }));
  }

  get isFiltering(): boolean {
    return !this.showEvents || this.hiddenActorKinds.length > 0;
  }

  get filterVariant(): string {
    return this.isFiltering ? 'border-filled' : 'border';
  }

  get filterIcon(): string {
    return this.isFiltering ? 'utility:filter' : 'utility:filterList';
  }

  get scopeShownLabel(): string {
    return fillTemplate(LABELS.Export_Scope_Shown, this.shownCount.toLocaleString(this.locale));
  }

  get scopeAllLabel(): string {
    return fillTemplate(LABELS.Export_Scope_All, this.totalCount.toLocaleString(this.locale));
  }

  get scopeIsShown(): boolean {
    return this.exportScope === 'shown';
  }

  get hasSessionScope(): boolean {
    return typeof this.sessionCount === 'number';
  }

  get scopeSessionLabel(): string {
    return fillTemplate(LABELS.Export_Scope_Session, (this.sessionCount ?? 0).toLocaleString(this.locale));
  }

  get scopeIsSession(): boolean {
    return this.exportScope === 'session';
  }

  get scopeIsAll(): boolean {
    return this.exportScope === 'all';
  }

  handleSearchChange(event: CustomEvent<{ value?: string }>): void {
    const term = event.detail?.value ?? '';
    this.dispatchEvent(new CustomEvent('searchchange', { detail: { term } }));
  }

  /** Enter / Shift+Enter step through matches; Escape clears a search (and goes no further). */
  handleSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.step(event.shiftKey ? -1 : 1);
    } else if ((event.key === 'Escape' || event.key === 'Esc') && this.searchTerm !== '') {
      event.preventDefault();
      event.stopPropagation();
      this.dispatchEvent(new CustomEvent('searchchange', { detail: { term: '' } }));
    }
  }

  handlePrevious(): void {
    this.step(-1);
  }

  handleNext(): void {
    this.step(1);
  }

  handleFilterSelect(event: CustomEvent<{ value: string }>): void {
    const value = event.detail.value;
    const actorKind = value.replace(/^actor:/, '');
    let detail: FilterChange | null = null;
    if (value === 'events') {
      detail = { kind: 'events' };
    } else if (value === 'reset') {
      detail = { kind: 'reset' };
    } else if (isKnownActorType(actorKind)) {
      detail = { kind: 'actor', actorKind };
    }
    if (detail !== null) {
      this.dispatchEvent(new CustomEvent<FilterChange>('filterchange', { detail }));
    }
  }

  handleExportSelect(event: CustomEvent<{ value: string }>): void {
    const value = event.detail.value;
    const scope = EXPORT_SCOPES[value];
    const action = EXPORT_ACTIONS.find((known) => known === value);
    if (scope !== undefined) {
      this.dispatchEvent(new CustomEvent<{ scope: ExportScope }>('exportscope', { detail: { scope } }));
    } else if (action !== undefined) {
      this.dispatchEvent(new CustomEvent<{ action: ExportAction }>('exportaction', { detail: { action } }));
    }
  }

  handleTimeToggle(): void {
    this.dispatchEvent(new CustomEvent('timemode', { detail: { relative: !this.relativeTime } }));
  }

  handleJumpFirst(): void {
    this.dispatchEvent(new CustomEvent('jump', { detail: { edge: 'first' } }));
  }

  handleJumpLatest(): void {
    this.dispatchEvent(new CustomEvent('jump', { detail: { edge: 'last' } }));
  }

  private step(direction: 1 | -1): void {
    if (this.matchCount > 0) {
      this.dispatchEvent(new CustomEvent('searchstep', { detail: { direction } }));
    }
  }
}
