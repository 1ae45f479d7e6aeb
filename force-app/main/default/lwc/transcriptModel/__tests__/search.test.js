// Search as the toolbar and the rows see it: what a query matches (typographic punctuation, letters
// that fold to several), how matches are counted, highlighted and stepped through, and the segments a
// row renders.
import { LABELS } from 'c/transcriptLabels';
import { normalizeEntry } from '../normalize';
import {
  MatchList,
  buildSearchIndex,
  displaySegments,
  findMatches,
  fold,
  foldForSearch,
  highlightEntry,
  highlightSegments,
  stepMatch
} from '../search';

/** A ConversationEntry node as the GraphQL wire returns it. */
const node = (id, actorName, message) => ({
  Id: id,
  EntryType: { value: 'Text' },
  ActorType: { value: 'EndUser' },
  ActorName: { value: actorName },
  Message: { value: message },
  HasAttachments: { value: false },
  EntryTime: { value: '2024-05-14T16:58:02.000Z' },
  Seq: { value: 1 }
});
const indexOf = (...nodes) => buildSearchIndex(nodes.map(normalizeEntry), LABELS);
const matchedTexts = (text, query) =>
  highlightSegments(text, query)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('folding', () => {
  it('searches curly, angled and prime quotes as the straight double quote', () => {
    expect(fold('“Hello” «ça» „va‟')).toBe('"hello" "ca" "va"');
    expect(fold('a 27″ screen, ‶ok‶')).toBe('a 27" screen, "ok"');
  });

  it('searches apostrophe look-alikes as the straight apostrophe, also inside composed letters', () => {
    expect(fold('l´eau, don’t, ʻokina')).toBe("l'eau, don't, 'okina");
    // ŉ is ʼ + n, ‴ three primes.
    expect(fold('ŉ ‴')).toBe("'n '''");
  });

  it('folds ß to ss and keeps ASCII characters of accented text as typed, but in lower case', () => {
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Οδυσσεύς')).toBe('οδυσσευσ');
    expect(fold('Zoë said `ok` [AZ]')).toBe('zoe said `ok` [az]');
  });

  it('keeps a map back to the text only when a character folded to several', () => {
    expect(foldForSearch('Order 42')).toEqual({ folded: 'order 42', map: null });
    expect(foldForSearch('Café crème')).toEqual({ folded: 'cafe creme', map: null });
    expect(foldForSearch('ß')).toEqual({ folded: 'ss', map: [0, 0, 1] });
    expect(foldForSearch('Straße')).toEqual({ folded: 'strasse', map: [0, 1, 2, 3, 4, 4, 5, 6] });
  });
});

describe('matches inside letters that fold to several', () => {
  const index = indexOf(node('0lE5g000001Aa1AAE', 'Jörg Weiß', 'Bitte an die Straße 5 liefern'));

  it('matches only whole original letters: s is not half of ß, but ss is all of it', () => {
    const list = new MatchList(index, 's');
    expect(list.length).toBe(1);
    expect(list.at(0)).toEqual({ entryId: '0lE5g000001Aa1AAE', occurrence: 0 });
    expect(matchedTexts('Straße', 's')).toEqual(['S']);
    expect(new MatchList(index, 'ss').length).toBe(2);
    expect(highlightSegments('Straße', 'ss')).toEqual([
      { text: 'Stra', match: false },
      { text: 'ß', match: true },
      { text: 'e', match: false }
    ]);
  });

  it('finds no match that begins inside ß', () => {
    expect(new MatchList(index, 'se').length).toBe(0);
    expect(highlightSegments('Straße', 'se')).toEqual([{ text: 'Straße', match: false }]);
    expect(matchedTexts('Straße', 'sse')).toEqual(['ße']);
  });

  it('counts exactly what the row highlights', () => {
    const list = new MatchList(index, 'weiss');
    expect(list.length).toBe(1);
    expect(matchedTexts('Jörg Weiß', 'weiss')).toEqual(['Weiß']);
  });
});

describe('queries', () => {
  const index = indexOf(
    node('0lE5g000001Aa1AAA', 'Order desk', 'Café crème, please'),
    node('0lE5g000001Aa2AAA', 'Agent', 'Your order is ready')
  );

  it('ignores spaces around the query when counting and when highlighting', () => {
    expect(findMatches(index, '  café ')).toEqual([{ entryId: '0lE5g000001Aa1AAA', occurrence: 0 }]);
    expect(findMatches(index, ' order ').map((match) => match.entryId)).toEqual([
      '0lE5g000001Aa1AAA',
      '0lE5g000001Aa2AAA'
    ]);
    expect(highlightSegments('Order 42', ' order ')).toEqual([
      { text: 'Order', match: true },
      { text: ' 42', match: false }
    ]);
  });

  it('counts only the name of an entry without message text', () => {
    const event = indexOf({ ...node('0lE5g000001Aa3AAA', 'Agent', null), EntryType: { value: 'ChatEnded' } });
    expect(new MatchList(event, 'e').length).toBe(1);
  });

  it('finds nothing for an empty query and highlights nothing', () => {
    expect(new MatchList(index, '').length).toBe(0);
    expect(highlightSegments('Order 42', ' ')).toEqual([{ text: 'Order 42', match: false }]);
  });
});

describe('highlighting an entry', () => {
  it('flags the current match only, counting the name first and then the message', () => {
    expect(highlightEntry('Order desk', 'Your order, ORDER 42', 'order', 1)).toEqual({
      name: [
        { text: 'Order', match: true, current: false },
        { text: ' desk', match: false, current: false }
      ],
      message: [
        { text: 'Your ', match: false, current: false },
        { text: 'order', match: true, current: true },
        { text: ', ', match: false, current: false },
        { text: 'ORDER', match: true, current: false },
        { text: ' 42', match: false, current: false }
      ]
    });
  });

  it('gives each segment a key from its prefix and place, and the current match its own class', () => {
    const { message } = highlightEntry('Agent', 'order, ORDER', 'order', 0);
    expect(displaySegments(message, 'm-')).toEqual([
      { key: 'm-0', text: 'order', className: 'transcript-match transcript-match_current' },
      { key: 'm-1', text: ', ', className: '' },
      { key: 'm-2', text: 'ORDER', className: 'transcript-match' }
    ]);
  });
});

describe('stepping through matches', () => {
  it('starts at the first match going forward and at the last going back', () => {
    expect([stepMatch(-1, 3, 1), stepMatch(-1, 3, -1)]).toEqual([0, 2]);
  });

  it('wraps around at either end', () => {
    expect([stepMatch(2, 3, 1), stepMatch(0, 3, -1)]).toEqual([0, 2]);
  });

  it('steps one match on from any position inside the list', () => {
    expect([stepMatch(0, 3, 1), stepMatch(1, 3, 1), stepMatch(2, 3, -1)]).toEqual([1, 2, 1]);
  });

  it('starts again when the current position is past a list that got shorter', () => {
    expect([stepMatch(3, 3, 1), stepMatch(7, 3, 1), stepMatch(3, 3, -1)]).toEqual([0, 0, 2]);
  });

  it('has nowhere to go without matches', () => {
    expect([stepMatch(-1, 0, 1), stepMatch(0, 0, -1)]).toEqual([-1, -1]);
  });
});
