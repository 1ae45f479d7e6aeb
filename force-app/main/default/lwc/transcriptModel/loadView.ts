import { fillTemplate, type Labels } from './display';
import type { LoadStatus, TranscriptLoad } from './entryQuery';

/** What the container shows about loading: which state panel, and the texts of the progress lines. */
export interface LoadView {
  readonly status: LoadStatus;
  readonly hasEntries: boolean;
  /** Nothing to show yet: first page in flight (or no record id yet). */
  readonly isLoading: boolean;
  /** Loading ended with no entry (and none unreadable). */
  readonly isEmpty: boolean;
  readonly hasError: boolean;
  readonly errorHeading: string;
  /** Entries are shown and more pages are on their way. */
  readonly isLoadingMore: boolean;
  readonly isCancelled: boolean;
  /** "Loaded 2,000 of 5,000 entries…" */
  readonly progressText: string;
  readonly cancelledText: string;
  readonly unreadableCount: number;
  readonly unreadableText: string;
  /** Why entries may be missing once loading ended (the load limit, or the server stopping early). */
  readonly shortfallText: string;
}

/**
 * Pure model: turns the pager's state (TranscriptLoad) and the number of entries shown into the
 * container's loading, empty, error, progress and shortfall texts. Remembers the last view, so a render
 * that reads several texts formats them once.
 */
export class LoadViewModel {
  private last: { load: TranscriptLoad; count: number; locale: string; view: LoadView } | null = null;

  constructor(private readonly labels: Labels) {}

  /** The view of `load` with `entryCount` entries shown (the loaded ones merged with the live log). */
  view(load: TranscriptLoad, entryCount: number, locale: string): LoadView {
    const last = this.last;
    if (last && last.load === load && last.count === entryCount && last.locale === locale) {
      return last.view;
    }
    const view = this.build(load, entryCount, locale);
    this.last = { load, count: entryCount, locale, view };
    return view;
  }

  private build(load: TranscriptLoad, entryCount: number, locale: string): LoadView {
    const labels = this.labels;
    const count = (value: number): string => value.toLocaleString(locale);
    const status = load.status;
    const hasEntries = entryCount > 0;
    const unreadableCount = load.unreadable.length;
    const total = load.totalCount;
    return {
      status,
      hasEntries,
      isLoading: !hasEntries && (status === 'loading' || status === 'idle' || status === 'partial'),
      isEmpty:
        !hasEntries &&
        (status === 'complete' || status === 'incomplete' || status === 'cancelled') &&
        unreadableCount === 0,
      hasError: status === 'error',
      errorHeading: hasEntries ? labels.Error_Partial_Title : labels.Error_Title,
      isLoadingMore: hasEntries && status === 'partial',
      isCancelled: status === 'cancelled' && hasEntries,
      progressText:
        typeof total === 'number'
          ? fillTemplate(labels.Transcript_Loaded_Progress, count(entryCount), count(total))
          : fillTemplate(labels.Transcript_Loaded_Progress_Unknown, count(entryCount)),
      cancelledText: fillTemplate(labels.Transcript_Cancelled, count(entryCount)),
      unreadableCount,
      unreadableText: fillTemplate(labels.Transcript_Unreadable, count(unreadableCount)),
      shortfallText: status === 'incomplete' ? this.shortfallText(load, count) : ''
    };
  }

  private shortfallText(load: TranscriptLoad, count: (value: number) => string): string {
    const labels = this.labels;
    const shortfall = load.shortfall;
    const loaded = count(load.entries.length + load.unreadable.length);
    switch (shortfall?.kind) {
      case 'upper-bound':
        return shortfall.total !== null
          ? fillTemplate(labels.Load_Shortfall_Upper_Bound, count(shortfall.limit), count(shortfall.total))
          : fillTemplate(labels.Load_Shortfall_Upper_Bound_Unknown, count(shortfall.limit));
      case 'server-stopped':
        return shortfall.total !== null
          ? fillTemplate(labels.Load_Shortfall_Server_Stopped, loaded, count(shortfall.total))
          : fillTemplate(labels.Load_Shortfall_Server_Stopped_Unknown, loaded);
      case 'no-progress':
        return fillTemplate(labels.Load_Shortfall_No_Progress, loaded);
      case 'too-many-pages':
        return fillTemplate(labels.Load_Shortfall_Too_Many_Pages, loaded, count(shortfall.total));
      default:
        return '';
    }
  }
}

/** The log's height when it fits the page: the window less the record page's header and the card's. */
const FIT_TO_PAGE = 'calc(100vh - 16rem)';
/** With height 0 the card grows with the conversation up to this many entries (the log windows above). */
const GROW_LIMIT = 150;

/**
 * CSS max-height for the log from the App Builder height (pixels; 0 grows with the content) and "fit to
 * page"; long transcripts scroll (and are windowed) inside it.
 */
export function logMaxHeight(height: unknown, fitToPage: boolean, entryCount: number): string {
  const pixels = Number(height);
  if (Number.isFinite(pixels) && pixels > 0 && !fitToPage) {
    return `${Math.max(160, Math.round(pixels))}px`;
  }
  // "Grow with the conversation" (0) stops at the window's height once the transcript is long enough to
  // be windowed, or the page would hold every row of it.
  return fitToPage || entryCount > GROW_LIMIT ? FIT_TO_PAGE : '';
}
