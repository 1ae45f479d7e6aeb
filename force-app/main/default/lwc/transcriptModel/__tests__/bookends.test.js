/** Bookends: the divider row that leads each conversation of the timeline, and its facts line. */
import { bookendFacts, bookendRow } from '../bookends';
import { LABELS } from 'c/transcriptLabels';

const SESSION = {
  id: '0Mw5g000000A0001AAA',
  objectApiName: 'MessagingSession',
  name: 'MS-0001',
  channel: 'Acme Chat',
  status: 'Ended',
  statusLabel: 'Ended',
  platformType: 'Enhanced',
  start: Date.parse('2024-03-01T10:00:00.000Z'),
  durationMs: 65_000
};

describe('bookendFacts', () => {
  it('says "1 entry" for one entry and counts more in the locale', () => {
    expect(bookendFacts(SESSION, 1, 'en-US', 'UTC', LABELS)).toBe(
      'Acme Chat · Mar 1, 2024, 10:00 AM · 1:05 long · 1 entry · Ended'
    );
    expect(bookendFacts(SESSION, 0, 'en-US', 'UTC', LABELS)).toBe(
      'Acme Chat · Mar 1, 2024, 10:00 AM · 1:05 long · 0 entries · Ended'
    );
    expect(bookendFacts(SESSION, 2400, 'de-DE', 'UTC', LABELS)).toContain('2.400 entries');
  });

  it('leaves out a blank channel and status instead of showing empty separators', () => {
    expect(bookendFacts({ ...SESSION, channel: '', statusLabel: '' }, null, 'en-US', 'UTC', LABELS)).toBe(
      'Mar 1, 2024, 10:00 AM · 1:05 long'
    );
    expect(
      bookendFacts(
        { ...SESSION, channel: null, start: null, durationMs: null, statusLabel: null },
        null,
        'en-US',
        'UTC',
        LABELS
      )
    ).toBe('');
  });
});

describe('bookendRow', () => {
  it('is an event-shaped row with no ConversationEntry fields, keyed by the session', () => {
    const bookend = {
      sessionId: SESSION.id,
      title: 'Earlier conversation MS-0001',
      facts: 'Acme Chat',
      current: false,
      expanded: false,
      load: 'collapsed',
      failed: false
    };
    const row = bookendRow(bookend);
    const named = {
      id: `session-${SESSION.id}`,
      entryType: '',
      actorType: '',
      actorKind: 'Unknown',
      layout: 'event',
      hasAttachments: false,
      bookend
    };
    expect(row).toMatchObject(named);
    const others = Object.entries(row).filter(([field]) => !(field in named));
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter(([, value]) => value !== null)).toEqual([]);
  });
});
