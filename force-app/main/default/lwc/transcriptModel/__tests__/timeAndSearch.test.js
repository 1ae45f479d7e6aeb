import { normalizeEntry } from '../normalize';
import { highlightSegments, buildSearchIndex, findMatches, fold, MatchList } from '../search';
import { formatTimestamp, formatDuration, dayKeyOf, getFormatter } from '../timeFormat';

const AT = Date.parse('2024-05-14T16:58:02.123Z');

describe('time formatting', () => {
  it('follows the given locale and time zone, not the machine', () => {
    expect(formatTimestamp(AT, 'en-US', 'America/Los_Angeles')).toBe('9:58 AM');
    expect(formatTimestamp(AT, 'de-DE', 'Europe/Berlin')).toBe('18:58');
    expect(formatTimestamp(AT, 'en-US', 'Asia/Tokyo', 'full')).toContain('1:58:02.123 AM');
  });

  it('returns empty text for no time, and falls back on a bad time zone or locale', () => {
    expect(formatTimestamp(null, 'en-US', 'UTC')).toBe('');
    expect(formatTimestamp(AT, 'en-US', 'Not/AZone')).toBe('4:58 PM');
    expect(() => formatTimestamp(AT, 'xx-invalid-@@', 'UTC')).not.toThrow();
  });

  it('reuses one formatter per locale, zone and style', () => {
    expect(getFormatter('en-US', 'UTC', 'time')).toBe(getFormatter('en-US', 'UTC', 'time'));
  });

  it('computes the calendar day in the time zone', () => {
    expect(dayKeyOf(AT, 'UTC')).toBe('2024-05-14');
    expect(dayKeyOf(Date.parse('2024-05-14T23:30:00Z'), 'Asia/Tokyo')).toBe('2024-05-15');
  });

  it('formats durations', () => {
    expect(formatDuration(75000)).toBe('1:15');
    expect(formatDuration(3723000)).toBe('1:02:03');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(null)).toBe('');
    expect(formatDuration(-5)).toBe('');
  });
});

describe('search', () => {
  const entries = [
    { Id: 'a', ActorName: { value: 'José Álvarez' }, Message: { value: 'Café crème, CAFÉ noir' } },
    { Id: 'b', ActorName: { value: 'Agent' }, Message: { value: null } },
    { Id: 'c', ActorName: { value: 'cafe bot' }, Message: { value: 'no coffee' } }
  ].map((n) => normalizeEntry({ EntryType: { value: 'Text' }, HasAttachments: { value: false }, ...n }));

  it('folds case and accents', () => {
    expect(fold('Ça VA Été')).toBe('ca va ete');
  });

  it('finds every occurrence in names and messages, in transcript order', () => {
    const matches = findMatches(buildSearchIndex(entries), 'CAFE');
    expect(matches.map((m) => m.entryId)).toEqual(['a', 'a', 'c']);
    expect(findMatches(buildSearchIndex(entries), 'jose')).toHaveLength(1);
    expect(findMatches(buildSearchIndex(entries), '   ')).toEqual([]);
    expect(findMatches(buildSearchIndex(entries), 'zzz')).toEqual([]);
  });

  it('splits text into plain segments around matches, keeping the original characters', () => {
    expect(highlightSegments('Café crème, CAFÉ', 'cafe')).toEqual([
      { text: 'Café', match: true },
      { text: ' crème, ', match: false },
      { text: 'CAFÉ', match: true }
    ]);
    expect(highlightSegments('<img src=x onerror=alert(1)>', 'img')).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)>', match: false }
    ]);
    expect(highlightSegments('abc', '')).toEqual([{ text: 'abc', match: false }]);
    expect(highlightSegments('', 'a')).toEqual([]);
  });

  it('numbers every match across entries: which entry, and which of its matches', () => {
    const list = new MatchList(buildSearchIndex(entries), 'CAFE');
    expect(list.length).toBe(3);
    expect([0, 1, 2].map((i) => list.at(i))).toEqual([
      { entryId: 'a', occurrence: 0 },
      { entryId: 'a', occurrence: 1 },
      { entryId: 'c', occurrence: 0 }
    ]);
    expect([list.at(-1), list.at(3), list.at(1.5)]).toEqual([null, null, null]);
    expect([...list]).toEqual(findMatches(buildSearchIndex(entries), 'cafe'));
    expect(new MatchList(buildSearchIndex(entries), '  ').length).toBe(0);
    expect(new MatchList([], 'cafe').at(0)).toBeNull();
  });

  it('counts a match as often as the text highlights it, over thousands of entries', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      normalizeEntry({
        Id: `m${i}`,
        EntryType: { value: 'Text' },
        HasAttachments: { value: false },
        ActorName: { value: i % 7 === 0 ? 'Order desk' : 'Agent' },
        Message: { value: i % 3 === 0 ? 'Your order, ORDER 42 and Ordér 43' : 'nothing here' }
      })
    );
    const list = new MatchList(buildSearchIndex(many), 'order');
    const highlighted = many.map(
      (e) =>
        highlightSegments(e.actorName, 'order').filter((s) => s.match).length +
        highlightSegments(e.message, 'order').filter((s) => s.match).length
    );
    expect(list.length).toBe(highlighted.reduce((a, b) => a + b, 0));
    // The last match: the last entry with one, at its last occurrence.
    const last = many
      .map((e, i) => [e.id, highlighted[i]])
      .filter(([, n]) => n > 0)
      .at(-1);
    expect(list.at(list.length - 1)).toEqual({ entryId: last[0], occurrence: last[1] - 1 });
  });

  it('maps decomposed accents and astral characters back correctly', () => {
    const decomposed = 'Cafe\u0301 😀 cafe';
    const segments = highlightSegments(decomposed, 'café');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Cafe\u0301', 'cafe']);
    expect(segments.map((s) => s.text).join('')).toBe(decomposed);
  });
});
