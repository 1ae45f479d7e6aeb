import { bookendFacts, bookendTitle, timelineRows } from '../bookends';
import { HistoryList, historyPageSize, readEarlierSession, readHistoryAnchor } from '../history';
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

describe('readHistoryAnchor: records it cannot anchor on', () => {
  it('gives no anchor for a missing record, a record without an id, or an object that has no history', () => {
    const session = record('MessagingSession', { Name: 'MS-1', MessagingEndUserId: CUSTOMER });
    expect(readHistoryAnchor(null, 'MessagingSession')).toBeNull();
    expect(readHistoryAnchor(undefined, 'MessagingSession')).toBeNull();
    expect(readHistoryAnchor([session], 'MessagingSession')).toBeNull();
    expect(readHistoryAnchor({ ...session, id: undefined }, 'MessagingSession')).toBeNull();
    expect(readHistoryAnchor({ ...session, id: 42 }, 'MessagingSession')).toBeNull();
    expect(readHistoryAnchor(session, null)).toBeNull();
  });

  it('knows a messaging session has no customer when its MessagingEndUserId is empty', () => {
    expect(
      readHistoryAnchor(record('MessagingSession', { MessagingEndUserId: null }), 'MessagingSession')
    ).toEqual({
      recordId: THIS,
      objectApiName: 'MessagingSession',
      name: null,
      customer: null,
      customerKnown: true
    });
  });

  it('knows a call’s customer field when only CallerId or only FromPhoneNumber is in the answer', () => {
    const callerOnly = readHistoryAnchor(
      record('VoiceCall', { Name: 'VC-7', CallerId: '003A' }),
      'VoiceCall'
    );
    const phoneOnly = readHistoryAnchor(record('VoiceCall', { FromPhoneNumber: '+331' }), 'VoiceCall');
    expect(callerOnly).toEqual({
      recordId: THIS,
      objectApiName: 'VoiceCall',
      name: 'VC-7',
      customer: { key: 'caller', value: '003A' },
      customerKnown: true
    });
    expect(phoneOnly.customer).toEqual({ key: 'phone', value: '+331' });
    expect(phoneOnly.customerKnown).toBe(true);
    expect(readHistoryAnchor(record('VoiceCall', { CallerId: null }), 'VoiceCall').customerKnown).toBe(true);
    expect(readHistoryAnchor(record('VoiceCall', { FromPhoneNumber: null }), 'VoiceCall').customerKnown).toBe(
      true
    );
  });
});

describe('historyPageSize: values that are not a number', () => {
  it.each([
    ['', 20],
    ['   ', 20],
    [' 4 ', 4],
    [null, 20],
    [true, 20],
    [Number.NaN, 20],
    [Number.POSITIVE_INFINITY, 20]
  ])('%p → %p', (input, expected) => {
    expect(historyPageSize(input)).toBe(expected);
  });
});

describe('readEarlierSession', () => {
  const call = (id, fields = {}) => ({
    Id: id,
    Name: { value: 'VC-0042' },
    CallerId: { value: '003A' },
    FromPhoneNumber: { value: '+33 1 23 45 67 89' },
    CallType: { value: 'Inbound', displayValue: 'Inbound call' },
    CallStartDateTime: { value: '2024-03-01T10:00:00.000Z' },
    CallEndDateTime: { value: '2024-03-01T10:05:00.000Z' },
    CallDurationInSeconds: { value: 450 },
    ...fields
  });
  const START = Date.parse('2024-03-01T10:00:00.000Z');

  it('reads a call: name, call type label, start and CallDurationInSeconds as the duration', () => {
    expect(readEarlierSession(call('0LQ5g000000Call1AAA'), 'VoiceCall')).toEqual({
      id: '0LQ5g000000Call1AAA',
      objectApiName: 'VoiceCall',
      name: 'VC-0042',
      channel: 'Inbound call',
      status: null,
      statusLabel: null,
      platformType: null,
      start: START,
      durationMs: 450_000
    });
  });

  it('takes a call of zero seconds as zero long, even when its start and end say otherwise', () => {
    expect(
      readEarlierSession(call('0LQ1', { CallDurationInSeconds: { value: 0 } }), 'VoiceCall').durationMs
    ).toBe(0);
  });

  it('measures a call from start to end when its duration is missing, negative or not finite', () => {
    const duration = (fields) => readEarlierSession(call('0LQ1', fields), 'VoiceCall').durationMs;
    expect(duration({ CallDurationInSeconds: { value: null } })).toBe(300_000);
    expect(duration({ CallDurationInSeconds: null })).toBe(300_000);
    expect(duration({ CallDurationInSeconds: { value: -1 } })).toBe(300_000);
    expect(duration({ CallDurationInSeconds: { value: '450' } })).toBe(300_000);
    expect(duration({ CallDurationInSeconds: { value: Number.NaN } })).toBe(300_000);
    expect(duration({ CallDurationInSeconds: { value: Number.POSITIVE_INFINITY } })).toBe(300_000);
  });

  it('gives a call no duration without both times, or when it ends before it starts', () => {
    const duration = (fields) =>
      readEarlierSession(call('0LQ1', { CallDurationInSeconds: null, ...fields }), 'VoiceCall').durationMs;
    expect(duration({ CallEndDateTime: { value: null } })).toBeNull();
    expect(duration({ CallStartDateTime: { value: null } })).toBeNull();
    expect(duration({ CallStartDateTime: null, CallEndDateTime: null })).toBeNull();
    expect(duration({ CallEndDateTime: { value: '2024-03-01T09:59:59.000Z' } })).toBeNull();
    expect(duration({ CallEndDateTime: { value: '2024-03-01T10:00:00.000Z' } })).toBe(0);
  });

  it('gives a call dated before 1970 no duration without its end', () => {
    const call1969 = call('0LQ1', {
      CallDurationInSeconds: null,
      CallStartDateTime: { value: '1969-12-31T23:59:00.000Z' },
      CallEndDateTime: { value: null }
    });
    expect(readEarlierSession(call1969, 'VoiceCall').durationMs).toBeNull();
  });

  it('falls back to the call type’s value when it has no label, and to no name or type at all', () => {
    const bare = readEarlierSession(
      call('0LQ1', { Name: null, CallType: { value: 'Outbound', displayValue: null } }),
      'VoiceCall'
    );
    expect([bare.name, bare.channel]).toEqual([null, 'Outbound']);
    expect(readEarlierSession(call('0LQ1', { CallType: null }), 'VoiceCall').channel).toBeNull();
  });

  it('reads a messaging session: channel, status and its label, platform type, start, length', () => {
    expect(
      readEarlierSession(
        node('0Mw5g000000A0001AAA', CUSTOMER, {
          Status: { value: 'Ended', displayValue: 'Closed' },
          ChannelType: { value: 'EmbeddedMessaging', displayValue: 'Messaging for In-App and Web' },
          ChannelName: { value: 'web_chat' },
          MessagingChannel: { MasterLabel: { value: 'Acme Chat' }, PlatformType: { value: 'Enhanced' } }
        }),
        'MessagingSession'
      )
    ).toEqual({
      id: '0Mw5g000000A0001AAA',
      objectApiName: 'MessagingSession',
      name: 'MS-0001',
      channel: 'Acme Chat',
      status: 'Ended',
      statusLabel: 'Closed',
      platformType: 'Enhanced',
      start: START,
      durationMs: 450_000
    });
  });

  it('names the channel by ChannelName without a readable channel, else by the channel type', () => {
    const channel = (extra) => readEarlierSession(node('0Mw1', CUSTOMER, extra), 'MessagingSession').channel;
    const type = {
      ChannelType: { value: 'EmbeddedMessaging', displayValue: 'Messaging for In-App and Web' }
    };
    expect(channel({ ...type, ChannelName: { value: 'web_chat' }, MessagingChannel: null })).toBe('web_chat');
    expect(channel({ ...type, MessagingChannel: { MasterLabel: { value: ' ' } } })).toBe(
      'Messaging for In-App and Web'
    );
    expect(channel({ ChannelType: { value: 'EmbeddedMessaging', displayValue: null } })).toBe(
      'EmbeddedMessaging'
    );
    expect(channel({})).toBeNull();
  });

  it('labels the status by its value when the org gives no label', () => {
    const session = readEarlierSession(
      node('0Mw1', CUSTOMER, { Status: { value: 'Error', displayValue: null } }),
      'MessagingSession'
    );
    expect([session.status, session.statusLabel, session.platformType]).toEqual(['Error', 'Error', null]);
  });

  it('gives a session no length without both times, or when it ends before it starts', () => {
    const length = (extra) =>
      readEarlierSession(node('0Mw1', CUSTOMER, extra), 'MessagingSession').durationMs;
    expect(length({ EndTime: { value: null } })).toBeNull();
    expect(length({ StartTime: { value: null } })).toBeNull();
    expect(length({ StartTime: null, EndTime: null })).toBeNull();
    expect(length({ EndTime: { value: '2024-03-01T09:00:00.000Z' } })).toBeNull();
    expect(length({ EndTime: { value: '2024-03-01T10:00:00.000Z' } })).toBe(0);
  });

  it('gives a session dated before 1970 no length without its end', () => {
    const length = readEarlierSession(
      node('0Mw1', CUSTOMER, { StartTime: { value: '1969-12-31T23:59:00.000Z' }, EndTime: { value: null } }),
      'MessagingSession'
    ).durationMs;
    expect(length).toBeNull();
  });

  it('reads no session from a node without an Id', () => {
    const good = node('0Mw5g000000A0001AAA');
    expect(readEarlierSession(null, 'MessagingSession')).toBeNull();
    expect(readEarlierSession('0Mw5g000000A0001AAA', 'MessagingSession')).toBeNull();
    expect(readEarlierSession({ ...good, Id: undefined }, 'MessagingSession')).toBeNull();
    expect(readEarlierSession({ ...good, Id: 42 }, 'MessagingSession')).toBeNull();
    expect(readEarlierSession({ ...good, Id: '' }, 'MessagingSession')).toBeNull();
    expect(readEarlierSession(call(''), 'VoiceCall')).toBeNull();
  });
});

describe('HistoryList: the answers it takes', () => {
  const anchor = {
    recordId: THIS,
    objectApiName: 'MessagingSession',
    name: 'MS-0009',
    customer: { key: 'end-user', value: CUSTOMER },
    customerKnown: true
  };
  const A = '0Mw5g000000A0001AAA';
  const B = '0Mw5g000000A0002AAA';
  const C = '0Mw5g000000A0003AAA';
  const started = (pageSize = 20) => {
    const list = new HistoryList();
    list.start(anchor, pageSize);
    return list;
  };
  const ids = (list) => list.state.sessions.map((s) => s.id);
  const MALFORMED = [
    { message: 'The response has no uiapi.query.MessagingSession.edges list.', errorType: 'Malformed' }
  ];

  it('is idle with nothing listed before it starts, and takes no answer then', () => {
    const list = new HistoryList();
    expect(list.state).toEqual({ status: 'idle', sessions: [], hasMore: false, errors: undefined });
    expect(list.customerKey).toBeNull();
    list.receive(page([node(A)]));
    expect(list.state).toEqual({ status: 'idle', sessions: [], hasMore: false, errors: undefined });
    expect(list.loadMore()).toBe(false);
    list.retry();
    expect(list.variables).toBeUndefined();
  });

  it('takes no answer without a customer', () => {
    const list = new HistoryList();
    list.start({ ...anchor, customer: null }, 20);
    list.receive(page([node(A)]));
    expect(list.state.status).toBe('idle');
    expect(list.customerKey).toBeNull();
  });

  it('keeps loading through the wire’s empty first value and a value without data', () => {
    const list = started();
    list.receive(undefined);
    list.receive({ data: undefined, errors: undefined });
    list.receive({ data: null, errors: undefined });
    list.receive({ data: null, errors: [] });
    expect(list.state).toEqual({ status: 'loading', sessions: [], hasMore: false, errors: undefined });
  });

  it('ignores the answer to another query', () => {
    const list = started();
    list.receive({ data: { uiapi: { query: { ConversationEntry: { edges: [] } } } } });
    expect(list.state.status).toBe('loading');
  });

  it('fails with the errors of an answer, even one that also holds a page', () => {
    const withPage = started();
    const errors = [{ message: 'Field CallerId is not accessible', errorType: 'ValidationError' }];
    withPage.receive({ ...page([node(A)]), errors });
    expect(withPage.state).toEqual({ status: 'error', sessions: [], hasMore: false, errors });
    const otherShape = started();
    otherShape.receive({ data: { uiapi: { query: {} } }, errors });
    expect(otherShape.state.errors).toBe(errors);
    const oneError = started();
    const error = { message: 'Request failed' };
    oneError.receive({ data: undefined, errors: error });
    expect(oneError.state).toEqual({ status: 'error', sessions: [], hasMore: false, errors: error });
  });

  it('takes a page whose errors are empty or null', () => {
    const empty = started();
    empty.receive({ ...page([node(A)]), errors: [] });
    expect([empty.state.status, ids(empty)]).toEqual(['loaded', [A]]);
    const none = started();
    none.receive({ ...page([node(A)]), errors: null });
    expect([none.state.status, ids(none)]).toEqual(['loaded', [A]]);
  });

  it('fails as malformed when the list has no edges', () => {
    const noEdges = started();
    noEdges.receive({ data: { uiapi: { query: { MessagingSession: { edges: null } } } } });
    expect(noEdges.state).toEqual({ status: 'error', sessions: [], hasMore: false, errors: MALFORMED });
    const noConnection = started();
    noConnection.receive({ data: { uiapi: { query: { MessagingSession: null } } } });
    expect(noConnection.state.errors).toEqual(MALFORMED);
    const noQuery = started();
    noQuery.receive({ data: { uiapi: null } });
    expect(noQuery.state.errors).toEqual(MALFORMED);
  });

  it('names the call list in the malformed error of a call history', () => {
    const list = new HistoryList();
    list.start({ ...anchor, objectApiName: 'VoiceCall', customer: { key: 'caller', value: '003A' } }, 20);
    list.receive({ data: { uiapi: { query: { VoiceCall: {} } } } });
    expect(list.state.errors).toEqual([
      { message: 'The response has no uiapi.query.VoiceCall.edges list.', errorType: 'Malformed' }
    ]);
  });

  it('skips a node it cannot read and a session listed twice', () => {
    const list = started();
    const noId = { ...node(A), Id: undefined };
    list.receive(page([node(A), noId, node(B), node(A)]));
    expect(ids(list)).toEqual([A, B]);
  });

  it('ignores a page holding a session without its customer field', () => {
    const list = started();
    list.receive(page([node(A), { ...node(B), MessagingEndUserId: { value: null } }]));
    list.receive(page([node(A), { ...node(C), MessagingEndUserId: undefined }]));
    expect(list.state.status).toBe('loading');
  });

  it('matches the customer’s record id in its 15- or 18-character form', () => {
    const list = started();
    list.receive(page([node(A, CUSTOMER.slice(0, 15))]));
    expect(ids(list)).toEqual([A]);
  });

  it('ignores a page holding this session by its 15-character id', () => {
    const list = started();
    list.receive(page([node(A), node(THIS.slice(0, 15))]));
    expect(list.state.status).toBe('loading');
  });

  it('matches calls by phone number exactly, not as record ids', () => {
    const phone = '+1 (415) 555-0123';
    const list = new HistoryList();
    list.start({ ...anchor, objectApiName: 'VoiceCall', customer: { key: 'phone', value: phone } }, 20);
    expect(list.customerKey).toBe('phone');
    const callPage = (numbers) => ({
      data: {
        uiapi: {
          query: {
            VoiceCall: {
              edges: numbers.map((number, i) => ({
                node: {
                  Id: `0LQ5g00000000${i}1AAA`,
                  Name: { value: `VC-${i}` },
                  CallerId: { value: null },
                  FromPhoneNumber: { value: number }
                }
              })),
              pageInfo: { hasNextPage: false, endCursor: 'v1' }
            }
          }
        }
      }
    });
    list.receive(callPage([phone, `${phone} ext 9`]));
    expect(list.state.status).toBe('loading');
    list.receive(callPage([phone, phone]));
    expect(list.state.sessions.map((s) => s.name)).toEqual(['VC-0', 'VC-1']);
  });

  it('has no more to ask when the server says so but gives no cursor', () => {
    const list = started(1);
    list.receive(page([node(A)], true, null));
    expect(list.state).toMatchObject({ status: 'loaded', hasMore: false });
    expect(list.loadMore()).toBe(false);
    expect(list.variables.after).toBeNull();
  });

  it('asks the next page once while it is on its way', () => {
    const list = started(1);
    list.receive(page([node(A)], true, 'c1'));
    expect(list.loadMore()).toBe(true);
    const asked = list.variables;
    expect(list.state.status).toBe('loading');
    expect(list.loadMore()).toBe(false);
    expect(list.variables).toBe(asked);
  });

  it('adds the next page after the listed sessions without repeating one listed already', () => {
    const list = started(2);
    list.receive(page([node(A), node(B)], true, 'c1'));
    list.loadMore();
    list.receive(page([node(B), node(C)], false, 'c2'));
    expect(ids(list)).toEqual([A, B, C]);
    expect(list.state).toMatchObject({ status: 'loaded', hasMore: false, errors: undefined });
  });

  it('replaces the first page when the wire delivers it again with other sessions', () => {
    const list = started(2);
    list.receive(page([node(A), node(B)], true, 'c1'));
    list.receive(page([node(C)], false, 'c9'));
    expect(ids(list)).toEqual([C]);
    expect(list.state.hasMore).toBe(false);
  });

  it('keeps every session of a first page the wire delivers again, with or without changes', () => {
    const list = started(2);
    list.receive(page([node(A), node(B)], true, 'c1'));
    list.receive(page([node(A), node(B)], true, 'c1'));
    expect(ids(list)).toEqual([A, B]);
    list.receive(page([node(C), node(A)], true, 'c2'));
    expect(ids(list)).toEqual([C, A]);
  });

  it('starts afresh for a new anchor, forgetting the list and its “more”', () => {
    const list = started(1);
    list.receive(page([node(A)], true, 'c1'));
    list.start({ ...anchor, recordId: '0Mw5g000000Othr1AAA' }, 1);
    expect(list.state).toEqual({ status: 'loading', sessions: [], hasMore: false, errors: undefined });
    expect(list.variables).toEqual({
      customerId: CUSTOMER,
      sessionId: '0Mw5g000000Othr1AAA',
      first: 1,
      after: null
    });
  });

  it('asks a failed page again and waits for it, clearing the errors', () => {
    const list = started(1);
    list.receive(page([node(A)], true, 'c1'));
    list.loadMore();
    list.receive({ data: undefined, errors: [{ message: 'boom' }] });
    list.retry();
    expect(list.state).toEqual({
      status: 'loading',
      sessions: [list.state.sessions[0]],
      hasMore: true,
      errors: undefined
    });
    expect(list.variables).toEqual({ customerId: CUSTOMER, sessionId: THIS, first: 1, after: 'c1' });
    list.receive(page([node(B)], false, 'c2'));
    expect(ids(list)).toEqual([A, B]);
  });

  it('asks nothing again on retry unless the last page failed', () => {
    const list = started();
    const asked = list.variables;
    list.retry();
    expect(list.variables).toBe(asked);
    list.receive(page([node(A)]));
    list.retry();
    expect(list.variables).toBe(asked);
    expect(list.state.status).toBe('loaded');
  });

  it('gives the same state object until something changes', () => {
    const list = started();
    const before = list.state;
    expect(list.state).toBe(before);
    list.receive(page([node(A)]));
    expect(list.state).not.toBe(before);
    expect(list.state).toBe(list.state);
  });
});
