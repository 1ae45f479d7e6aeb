/**
 * Case- and accent-insensitive search over entries, and safe highlighting: results are plain
 * text segments flagged as matches, never HTML.
 */
import type { TranscriptEntry } from './types';

/** Lower-cases and strips combining marks, keeping a map back to the original string's indexes. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i < base.length; i++) {
      map.push(index);
    }
    folded += base;
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits text into segments around every (folded) occurrence of the query. */
export function highlightSegments(text: string, query: string): TextSegment[] {
  const needle = fold(query.trim());
  if (needle === '' || text === '') {
    return text === '' ? [] : [{ text, match: false }];
  }
  const { folded, map } = foldWithMap(text);
  const segments: TextSegment[] = [];
  let last = 0;
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const start = map[from];
    const end = map[from + needle.length];
    if (start > last) {
      segments.push({ text: text.slice(last, start), match: false });
    }
    if (end > start) {
      segments.push({ text: text.slice(start, end), match: true });
    }
    last = Math.max(last, end);
    from = folded.indexOf(needle, from + needle.length);
  }
  if (last < text.length) {
    segments.push({ text: text.slice(last), match: false });
  }
  return segments;
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    count++;
    from = haystack.indexOf(needle, from + needle.length);
  }
  return count;
}

export interface SearchMatch {
  entryId: string;
  /** Index of this match among the entry's matches (actor name first, then message). */
  occurrence: number;
}

/** Builds a folded search index once per entry list; each keystroke is then one pass of indexOf. */
export function buildSearchIndex(
  entries: readonly TranscriptEntry[]
): Array<{ id: string; name: string; text: string }> {
  return entries.map((entry) => ({
    id: entry.id,
    name: fold(entry.actorName ?? ''),
    text: fold(entry.message ?? '')
  }));
}

/** Every match in transcript order, one per occurrence. */
export function findMatches(
  index: ReadonlyArray<{ id: string; name: string; text: string }>,
  query: string
): SearchMatch[] {
  const needle = fold(query.trim());
  if (needle === '') {
    return [];
  }
  const matches: SearchMatch[] = [];
  for (const row of index) {
    const count = countOccurrences(row.name, needle) + countOccurrences(row.text, needle);
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
