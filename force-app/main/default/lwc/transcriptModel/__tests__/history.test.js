import { bookendFacts, bookendTitle, timelineRows } from '../bookends';
import { HistoryList, historyPageSize, readHistoryAnchor } from '../history';
import { LABELS } from 'c/transcriptLabels';

const CUSTOMER = '0PA5g000000Cust1AAA';
const THIS = '0Mw5g000000This1AAA';

const record = (apiName, fields) => ({
  apiName,
  id: THIS,
  fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v, displayValue: null }]))
});
const node = (id, customer = CUSTOMER, extra = {}) => ({
  Id: id,
  Name: { value: `MS-${id.slice(-7, -3)}` },
  MessagingEndUserId: { value: customer },
  Status: { value: 'Ended', displayValue: 'Ended' },
  StartTime: { value: '2024-03-01T10:00:00.000Z' },
  EndTime: { value: '2024-03-01T10:07:30.000Z' },
  ...extra
});
const page = (nodes, hasNextPage = false, endCursor = 'c1') => ({
  data: {
    uiapi: {
      query: {
        MessagingSession: { edges: nodes.map((n) => ({ node: n })), pageInfo: { hasNextPage, endCursor } }
      }
    }
  }
});

describe('readHistoryAnchor', () => {
  it('finds the customer of a messaging session by MessagingEndUserId', () => {
    expect(
      readHistoryAnchor(
        record('MessagingSession', { Name: 'MS-1', MessagingEndUserId: CUSTOMER }),
        'MessagingSession'
      )
    ).toEqual({
      recordId: THIS,
      objectApiName: 'MessagingSession',
      name: 'MS-1',
      customer: { key: 'end-user', value: CUSTOMER },
      customerKnown: true
    });
  });

  it('finds a caller by CallerId, else by FromPhoneNumber, else says there is none', () => {
    const caller = readHistoryAnchor(
      record('VoiceCall', { CallerId: '003A', FromPhoneNumber: '+331' }),
      'VoiceCall'
    );
    const phone = readHistoryAnchor(
      record('VoiceCall', { CallerId: null, FromPhoneNumber: '+331' }),
      'VoiceCall'
    );
    const none = readHistoryAnchor(record('VoiceCall', { CallerId: '', FromPhoneNumber: ' ' }), 'VoiceCall');
    expect(caller.customer).toEqual({ key: 'caller', value: '003A' });
    expect(phone.customer).toEqual({ key: 'phone', value: '+331' });
    expect(none.customer).toBeNull();
    expect(none.customerKnown).toBe(true);
    expect(readHistoryAnchor(record('VoiceCall', {}), 'VoiceCall').customerKnown).toBe(false);
  });
});

describe('historyPageSize', () => {
  it.each([
    [undefined, 20],
    [5, 5],
    ['7', 7],
    [0, 1],
    [50, 20],
    ['x', 20],
    [3.9, 3]
  ])('%p → %p', (input, expected) => {
    expect(historyPageSize(input)).toBe(expected);
  });
});

describe('HistoryList', () => {
  const anchor = {
    recordId: THIS,
    objectApiName: 'MessagingSession',
    name: null,
    customer: { key: 'end-user', value: CUSTOMER }
  };

  it('asks the first page by variables, then the next with the cursor', () => {
    const list = new HistoryList();
    list.start(anchor, 2);
    expect(list.variables).toEqual({ customerId: CUSTOMER, sessionId: THIS, first: 2, after: null });
    list.receive(page([node('0Mw5g000000A0001AAA'), node('0Mw5g000000A0002AAA')], true, 'c1'));
    expect(list.state.status).toBe('loaded');
    expect(list.state.hasMore).toBe(true);
    expect(list.loadMore()).toBe(true);
    expect(list.variables.after).toBe('c1');
    list.receive(page([node('0Mw5g000000A0003AAA')], false, 'c2'));
    expect(list.state.sessions.map((s) => s.name)).toEqual(['MS-0001', 'MS-0002', 'MS-0003']);
    expect(list.state.hasMore).toBe(false);
    expect(list.loadMore()).toBe(false);
  });

  it('ignores an answer with another customer’s session or this session itself', () => {
    const list = new HistoryList();
    list.start(anchor, 20);
    list.receive(page([node('0Mw5g000000A0001AAA', '0PA5g000000OtherAAA')]));
    list.receive(page([node(THIS)]));
    expect(list.state.status).toBe('loading');
    expect(list.state.sessions).toEqual([]);
  });

  it('ignores an earlier page delivered again', () => {
    const list = new HistoryList();
    list.start(anchor, 1);
    list.receive(page([node('0Mw5g000000A0001AAA')], true, 'c1'));
    list.loadMore();
    list.receive(page([node('0Mw5g000000A0001AAA')], true, 'c1'));
    expect(list.state.status).toBe('loading');
  });

  it('reports errors and asks again on retry', () => {
    const list = new HistoryList();
    list.start(anchor, 20);
    const asked = list.variables;
    list.receive({ data: undefined, errors: [{ message: 'boom' }] });
    expect(list.state.status).toBe('error');
    list.retry();
    expect(list.variables).not.toBe(asked);
    expect(list.variables).toEqual(asked);
  });

  it('stays idle without a customer', () => {
    const list = new HistoryList();
    list.start({ ...anchor, customer: null }, 20);
    expect(list.variables).toBeUndefined();
    expect(list.state.status).toBe('idle');
  });
});

describe('bookends and the timeline', () => {
  const session = {
    id: '0Mw5g000000A0001AAA',
    objectApiName: 'MessagingSession',
    name: 'MS-0001',
    channel: 'Acme Chat',
    status: 'Error',
    statusLabel: 'Error',
    platformType: 'Enhanced',
    start: Date.parse('2024-03-01T10:00:00.000Z'),
    durationMs: 450_000
  };

  it('says channel, start, duration, entry count and status, leaving out what is unknown', () => {
    expect(bookendFacts(session, 12, 'en-US', 'UTC', LABELS)).toBe(
      'Acme Chat · Mar 1, 2024, 10:00 AM · 7:30 long · 12 entries · Error'
    );
    expect(bookendFacts({ ...session, channel: null, durationMs: null }, null, 'en-US', 'UTC', LABELS)).toBe(
      'Mar 1, 2024, 10:00 AM · Error'
    );
  });

  it('titles a session by its name, or generically', () => {
    expect(bookendTitle('MS-1', false, LABELS)).toBe('Earlier conversation MS-1');
    expect(bookendTitle(null, true, LABELS)).toBe('This conversation');
  });

  it('leads each section with its bookend, oldest first, or reversed for newest first', () => {
    const bookend = (id) => ({
      sessionId: id,
      title: id,
      facts: '',
      current: false,
      expanded: true,
      load: 'loaded',
      failed: false
    });
    const e = (id) => ({ id, layout: 'inbound' });
    const sections = [
      { bookend: bookend('A'), entries: [e('a1'), e('a2')] },
      { bookend: bookend('B'), entries: [e('b1')] }
    ];
    expect(timelineRows(sections, 'oldest').map((r) => r.id)).toEqual([
      'session-A',
      'a1',
      'a2',
      'session-B',
      'b1'
    ]);
    expect(timelineRows(sections, 'newest').map((r) => r.id)).toEqual([
      'session-B',
      'b1',
      'session-A',
      'a2',
      'a1'
    ]);
    expect(timelineRows(sections, 'oldest')[0].bookend.sessionId).toBe('A');
  });
});
