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
    folded = Array.from(folded, (part) => (APOSTROPHES.has(part) ? "'" : QUOTES.has(part) ? '"' : part)).join(
      ''
    );
  }
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
 * Where `needle` occurs in folded text, as [start, end) in folded indexes, left to right, never
 * overlapping, and only where both ends fall between original characters (with `map`). The one rule
 * both the match count and the highlights use.
 */
function matchesIn(folded: string, map: readonly number[] | null, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (needle === '') {
    return found;
  }
  const boundary = (i: number): boolean =>
    map === null || i === 0 || i >= folded.length || map[i] !== map[i - 1];
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const end = from + needle.length;
    if (boundary(from) && boundary(end)) {
      found.push([from, end]);
      from = folded.indexOf(needle, end);
    } else {
      from = folded.indexOf(needle, from + 1);
    }
  }
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
  const { folded, map } = foldWithMap(text);
  const segments: TextSegment[] = [];
  let last = 0;
  for (const [from, to] of matchesIn(folded, map, needle)) {
    const start = map[from];
    const end = map[to];
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

/** Every match in transcript order, one per occurrence. */
export function findMatches(index: readonly SearchRow[], query: string): SearchMatch[] {
  const needle = fold(query.trim());
  if (needle === '') {
    return [];
  }
  const matches: SearchMatch[] = [];
  for (const row of index) {
    const count =
      matchesIn(row.name.folded, row.name.map, needle).length +
      matchesIn(row.text.folded, row.text.map, needle).length;
    for (let occurrence = 0; occurrence < count; occurrence++) {
      matches.push({ entryId: row.id, occurrence });
    }
  }
  return matches;
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
