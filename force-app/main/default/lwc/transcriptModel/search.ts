/**
 * Case-, accent- and punctuation-variant-insensitive search over entries, and safe highlighting: results
 * are plain text segments flagged as matches, never HTML. One folding (`foldWithMap`) serves both the
 * match count and the highlights, so "3 of 17" always counts exactly what is highlighted.
 */
import { actorDisplayName, type Labels } from './display';
import type { TranscriptEntry } from './types';

/**
 * Apostrophe look-alikes typed by phones and word processors (’ ‘ ‛ ʼ ʻ ʽ ′ ＇ ´ ` ˈ ꞌ …), searched as '.
 * Matched before compatibility decomposition, which would turn ´ into a space and an accent.
 */
const APOSTROPHES = new Set([
  '\u2019',
  '\u2018',
  '\u201B',
  '\u02BC',
  '\u02BB',
  '\u02BD',
  '\u02B9',
  '\u2032',
  '\u2035',
  '\uFF07',
  '\u00B4',
  '\u0060',
  '\u02C8',
  '\uA78C',
  '\u055A',
  '\u05F3'
]);
/** Double-quote look-alikes (“ ” „ ‟ ″ ‶ ＂ « » 〃), searched as ". */
const QUOTES = new Set([
  '\u201C',
  '\u201D',
  '\u201E',
  '\u201F',
  '\u2033',
  '\u2036',
  '\uFF02',
  '\u00AB',
  '\u00BB',
  '\u3003',
  '\u05F4'
]);
const MARKS = /\p{M}/gu;
/** Folded forms of the non-ASCII characters met so far (a transcript uses few distinct ones). */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

/**
 * One code point, folded: compatibility decomposition (NFKD: full-width forms, ligatures, no-break
 * spaces), combining marks removed (accents), lower case, final sigma as sigma, ß as ss, and every
 * apostrophe and double-quote look-alike as the ASCII one.
 */
function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  }
  const cached = foldCache.get(char);
  if (cached !== undefined) {
    return cached;
  }
  let folded: string;
  if (APOSTROPHES.has(char)) {
    folded = "'";
  } else if (QUOTES.has(char)) {
    folded = '"';
  } else {
    // Lower-casing can bring marks back (İ → i + U+0307), hence the second pass.
    folded = char
      .normalize('NFKD')
      .replace(MARKS, '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(/\u03C2/g, '\u03C3')
      .replace(/\u00DF/g, 'ss');
    // Some characters decompose to apostrophe look-alikes (ŉ → ʼn, ‴ → ′′′).
    folded = Array.from(folded, (part) => (APOSTROPHES.has(part) ? "'" : part)).join('');
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: clearing only frees memory
  if (foldCache.size >= FOLD_CACHE_LIMIT) {
    foldCache.clear();
  }
  foldCache.set(char, folded);
  return folded;
}

/** Folded text for searching; `map` (see foldWithMap) only when some character folded to several. */
export interface FoldedText {
  folded: string;
  map: number[] | null;
}

/**
 * The folded text with a map back to the original: `map[i]` is the index in `text` of the character
 * that folded character i comes from; `map[folded.length]` is `text.length`. Characters that fold to
 * nothing (combining marks) belong to the character before them.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const base = foldCodePoint(char);
    for (let i = 0; i < base.length; i++) {
      map.push(index);
    }
    folded += base;
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}

const PLAIN_ASCII = /^\p{ASCII}*$/u;

/**
 * `foldWithMap(text)` for the search index: ASCII text takes a short cut, and the map is kept only
 * when a character folded to several (ß → ss, ﬁ → fi, Hangul syllables), the one case where a match
 * could begin or end inside an original character.
 */
export function foldForSearch(text: string): FoldedText {
  if (PLAIN_ASCII.test(text)) {
    return { folded: text.toLowerCase(), map: null };
  }
  let folded = '';
  let expands = false;
  for (const char of text) {
    const base = foldCodePoint(char);
    expands ||= base.length > 1;
    folded += base;
  }
  return { folded, map: expands ? foldWithMap(text).map : null };
}

/** The folded text alone. */
export function fold(text: string): string {
  return foldForSearch(text).folded;
}

/**
 * Walks every occurrence of `needle` in folded text, left to right, never overlapping, and only where
 * both ends fall between original characters (with `map`): the one rule both the match count and the
 * highlights use. Pushes each [start, end) (folded indexes) to `found` when given; returns the count.
 * An empty `needle` (it would occur everywhere) counts nothing.
 */
function eachMatch(
  folded: string,
  map: readonly number[] | null,
  needle: string,
  found?: Array<[number, number]>
): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: both callers return before for an empty search; this keeps an empty needle from looping forever
  if (needle === '') {
    return 0;
  }
  const length = folded.length;
  let count = 0;
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const end = from + needle.length;
    // With a map, a match must begin and end between original characters.
    if (
      map === null ||
      ((from === 0 || map[from] !== map[from - 1]) && (end >= length || map[end] !== map[end - 1]))
    ) {
      count++;
      found?.push([from, end]);
      from = folded.indexOf(needle, end);
    } else {
      from = folded.indexOf(needle, from + 1);
    }
  }
  return count;
}

/** Where `needle` occurs in folded text, as [start, end) in folded indexes (see eachMatch). */
function matchesIn(folded: string, map: readonly number[] | null, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  eachMatch(folded, map, needle, found);
  return found;
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits text into segments around every (folded) occurrence of the query. A match covers exactly the
 * original characters it was folded from, with any accent marks that sit on its last letter.
 */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const needle = fold(query.trim());
  if (needle === '' || text === '') {
    return text === '' ? [] : [{ text, match: false }];
  }
  // ASCII text folds character for character (lower case): folded indexes are the text's own.
  const { folded, map } = PLAIN_ASCII.test(text)
    ? { folded: text.toLowerCase(), map: null }
    : foldWithMap(text);
  const found = matchesIn(folded, map, needle);
  if (found.length === 0) {
    return [{ text, match: false }];
  }
  const segments: TextSegment[] = [];
  let last = 0;
  for (const [from, to] of found) {
    const start = map === null ? from : map[from];
    const end = map === null ? to : map[to];
    if (start > last) {
      segments.push({ text: text.slice(last, start), match: false });
    }
    segments.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) {
    segments.push({ text: text.slice(last), match: false });
  }
  return segments;
}

export interface SearchMatch {
  entryId: string;
  /** Index of this match among the entry's matches (actor name first, then message). */
  occurrence: number;
}

/** One entry of the search index: its Id and its folded shown name and text. */
export interface SearchRow {
  id: string;
  name: FoldedText;
  text: FoldedText;
}

/**
 * Builds a folded search index once per entry list; each keystroke is then one pass of indexOf. The
 * name indexed is the one a row shows (`actorDisplayName` with `labels`), so counted and highlighted
 * matches are the same.
 */
export function buildSearchIndex(entries: readonly TranscriptEntry[], labels: Labels): SearchRow[] {
  return entries.map((entry) => ({
    id: entry.id,
    name: foldForSearch(actorDisplayName(entry, labels)),
    text: foldForSearch(entry.message ?? '')
  }));
}

/**
 * Every match of a search in transcript order, kept as a running count per entry rather than one object
 * per match: a one-letter search over 10,000 entries has tens of thousands of matches, and each
 * keystroke makes a new list. `at(i)` gives the match "i + 1 of length" counts.
 */
export class MatchList implements Iterable<SearchMatch> {
  /** `ends[row]`: the matches in rows 0..row together. */
  private readonly ends: Int32Array;
  readonly length: number;

  constructor(
    private readonly index: readonly SearchRow[],
    query: string
  ) {
    const needle = fold(query.trim());
    this.ends = new Int32Array(index.length);
    let total = 0;
    if (needle !== '') {
      for (let row = 0; row < index.length; row++) {
        const { name, text } = index[row];
        total += eachMatch(name.folded, name.map, needle) + eachMatch(text.folded, text.map, needle);
        this.ends[row] = total;
      }
    }
    this.length = total;
  }

  /** The match at `position` (0-based): its entry and which of the entry's matches it is; null outside. */
  at(position: number): SearchMatch | null {
    if (!Number.isInteger(position) || position < 0 || position >= this.length) {
      return null;
    }
    // The first row whose running count passes `position` holds it.
    let low = 0;
    let high = this.ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid] > position) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const before = low > 0 ? this.ends[low - 1] : 0;
    return { entryId: this.index[low].id, occurrence: position - before };
  }

  *[Symbol.iterator](): Iterator<SearchMatch> {
    for (let position = 0; position < this.length; position++) {
      const match = this.at(position);
      if (match) {
        yield match;
      }
    }
  }
}

/** Every match in transcript order, one per occurrence. */
export function findMatches(index: readonly SearchRow[], query: string): SearchMatch[] {
  return Array.from(new MatchList(index, query));
}

export interface HighlightedSegment extends TextSegment {
  /** True for the match the user is on (the one "3 of 17" counts as 3). */
  current: boolean;
}

/**
 * Highlight segments for an entry's actor name and message text. Matches are numbered as
 * `findMatches` numbers them (actor name first, then message); the one at `currentOccurrence` is
 * flagged current (-1: none). Plain text segments only: nothing here is ever HTML.
 */
export function highlightEntry(
  name: string,
  message: string,
  query: string,
  currentOccurrence: number
): { name: HighlightedSegment[]; message: HighlightedSegment[] } {
  let seen = 0;
  const mark = (segments: TextSegment[]): HighlightedSegment[] =>
    segments.map((segment) => {
      if (!segment.match) {
        return { ...segment, current: false };
      }
      const current = seen === currentOccurrence;
      seen++;
      return { ...segment, current };
    });
  const nameSegments = mark(highlightSegments(name, query));
  return { name: nameSegments, message: mark(highlightSegments(message, query)) };
}

/** The position of the match to go to after `current` (-1: none yet), wrapping around; -1 when none. */
export function stepMatch(current: number, total: number, direction: 1 | -1): number {
  if (total <= 0) {
    return -1;
  }
  if (current < 0 || current >= total) {
    return direction === 1 ? 0 : total - 1;
  }
  return (current + direction + total) % total;
}

/** A highlight segment ready for a template: a stable key, its text and its CSS class. */
export interface DisplaySegment {
  key: string;
  text: string;
  className: string;
}

/** Keys and classes for rendering segments (`transcript-match`, plus `_current` for the current one). */
export function displaySegments(segments: readonly HighlightedSegment[], prefix: string): DisplaySegment[] {
  return segments.map((segment, index) => ({
    key: `${prefix}${index}`,
    text: segment.text,
    className: segment.match
      ? segment.current
        ? 'transcript-match transcript-match_current'
        : 'transcript-match'
      : ''
  }));
}
