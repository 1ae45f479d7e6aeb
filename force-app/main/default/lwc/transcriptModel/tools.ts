import type { Labels } from './display';
import { buildSearchIndex, MatchList, stepMatch, type SearchMatch } from './search';
import { ACTOR_TYPES, type ActorKind, type KnownActorType, type TranscriptEntry } from './types';
import { filterEntries, orderEntries, type EntryFilter } from './view';

/** One change the toolbar's filter menu asks for. */
export type FilterChange =
  | { readonly kind: 'actor'; readonly actorKind: KnownActorType }
  | { readonly kind: 'events' }
  | { readonly kind: 'reset' };

/** What the tools work on: every entry the log can show, and the App Builder options that shape it. */
export interface ToolsSource {
  readonly entries: readonly TranscriptEntry[];
  readonly hideEventsOnLoad: boolean;
  readonly newestFirst: boolean;
}

const NO_MATCHES = new MatchList([], '');
const KNOWN_ACTOR_KINDS: ReadonlySet<string> = new Set(ACTOR_TYPES);

/** True for an actor type the filter menu offers. */
export function isKnownActorType(value: string): value is KnownActorType {
  return KNOWN_ACTOR_KINDS.has(value);
}

/**
 * Pure model of the agent tools' filter and search state: hidden actor types, events shown or not, the
 * search term and the current match. Filtered lists and matches are remembered until their inputs change
 * (folding every text of a 50,000-entry transcript for search is not free, so there is no index without
 * a search term).
 */
export class TranscriptTools {
  private hidden: readonly ActorKind[] = [];
  private eventsVisible: boolean | null = null;
  private term = '';
  private index = -1;
  private memo: {
    entries?: readonly TranscriptEntry[];
    filterKey?: string;
    displayed?: readonly TranscriptEntry[];
    search?: ReturnType<typeof buildSearchIndex>;
    searchOf?: readonly TranscriptEntry[];
    term?: string;
    matches?: MatchList;
  } = {};

  constructor(private readonly labels: Labels) {}

  /** Back to no filter, no search (another record). */
  reset(): void {
    this.hidden = [];
    this.eventsVisible = null;
    this.term = '';
    this.index = -1;
    this.memo = {};
  }

  get hiddenActorKinds(): readonly ActorKind[] {
    return this.hidden;
  }

  get searchTerm(): string {
    return this.term;
  }

  /** Index of the current match, -1 without one. */
  get matchIndex(): number {
    return this.index;
  }

  showEvents(hideEventsOnLoad: boolean): boolean {
    return this.eventsVisible ?? !hideEventsOnLoad;
  }

  filter(hideEventsOnLoad: boolean): EntryFilter {
    return { hiddenActorKinds: new Set(this.hidden), showEvents: this.showEvents(hideEventsOnLoad) };
  }

  /** The entries the log shows, in display order. */
  displayed(source: ToolsSource): readonly TranscriptEntry[] {
    const showEvents = this.showEvents(source.hideEventsOnLoad);
    // Stryker disable next-line StringLiteral: no two lists of actor types join to the same text without a separator either
    const filterKey = `${this.hidden.join(',')}|${showEvents}|${source.newestFirst}`;
    const memo = this.memo;
    if (memo.entries !== source.entries || memo.filterKey !== filterKey || !memo.displayed) {
      memo.entries = source.entries;
      memo.filterKey = filterKey;
      memo.displayed = orderEntries(
        filterEntries(source.entries, this.filter(source.hideEventsOnLoad)),
        // Stryker disable next-line StringLiteral: orderEntries keeps the given order for anything but 'newest'
        source.newestFirst ? 'newest' : 'oldest'
      );
    }
    return memo.displayed;
  }

  /** Every match over all displayed entries (not only the rendered rows), in display order. */
  matches(source: ToolsSource): MatchList {
    // Stryker disable next-line all: a MatchList finds nothing for a blank term, so this only spares building the index
    if (this.term.trim() === '') {
      return NO_MATCHES;
    }
    const displayed = this.displayed(source);
    const memo = this.memo;
    if (memo.searchOf !== displayed || !memo.search) {
      memo.searchOf = displayed;
      memo.search = buildSearchIndex(displayed, this.labels);
      memo.matches = undefined;
    }
    if (memo.term !== this.term || !memo.matches) {
      memo.term = this.term;
      memo.matches = new MatchList(memo.search, this.term);
    }
    return memo.matches;
  }

  currentMatch(source: ToolsSource): SearchMatch | null {
    return this.matches(source).at(this.index);
  }

  /** Applies a filter menu choice; the first match (if any) becomes the current one. */
  changeFilter(change: FilterChange, source: ToolsSource): void {
    if (change.kind === 'reset') {
      this.clearFilter();
    } else if (change.kind === 'events') {
      this.eventsVisible = !this.showEvents(source.hideEventsOnLoad);
    } else if (isKnownActorType(change.actorKind)) {
      const kind = change.actorKind;
      this.hidden = this.hidden.includes(kind)
        ? this.hidden.filter((hidden) => hidden !== kind)
        : [...this.hidden, kind];
    }
    this.index = this.matches(source).length > 0 ? 0 : -1;
  }

  /** Shows every actor type and the events again. */
  clearFilter(): void {
    this.hidden = [];
    this.eventsVisible = true;
  }

  /** A new search term: the first match becomes the current one. Returns that match, or null. */
  search(term: string, source: ToolsSource): SearchMatch | null {
    this.term = term;
    this.index = this.matches(source).length > 0 ? 0 : -1;
    return this.currentMatch(source);
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. Returns the new current match. */
  step(direction: 1 | -1, source: ToolsSource): SearchMatch | null {
    this.index = stepMatch(this.index, this.matches(source).length, direction);
    return this.currentMatch(source);
  }

  /** Keeps the current match inside the matches after the entries changed. */
  clampMatch(source: ToolsSource): void {
    const count = this.matches(source).length;
    if (this.index >= count) {
      this.index = count > 0 ? 0 : -1;
    }
  }
}

/** The keys of a keydown the container looks at. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** The key went to a text field (typing a "/" there is text, not a shortcut). */
  readonly typing: boolean;
}

/** Ctrl+F / Cmd+F or "/" (outside a text field) focus the search; Ctrl+P / Cmd+P prints. */
export function toolShortcut(press: KeyPress): 'find' | 'print' | null {
  const command = (press.ctrlKey || press.metaKey) && !press.altKey;
  const key = press.key.toLowerCase();
  if ((command && key === 'f') || (press.key === '/' && !press.typing)) {
    return 'find';
  }
  return command && key === 'p' ? 'print' : null;
}
