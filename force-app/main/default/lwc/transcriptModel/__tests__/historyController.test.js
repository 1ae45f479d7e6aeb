/**
 * HistoryController and HistoryTimeline: the customer's earlier conversations, expanding them one load at
 * a time, and the timeline of bookends and entries the log shows.
 */
import { HistoryController } from '../historyController';
import { LABELS } from 'c/transcriptLabels';
import {
  conversation,
  historyList,
  earlierEntries as entries,
  earlierEntryIds
} from '../../../../../../jest/modelFixtures';

const CUSTOMER = '0PA5g000000Cust1AAA';
const THIS = '0Mw5g000000This1AAA';
const A = '0Mw5g000000A0001AAA';
const B = '0Mw5g000000A0002AAA';
const ANCHOR = {
  recordId: THIS,
  objectApiName: 'MessagingSession',
  name: 'MS-0009',
  customer: { key: 'end-user', value: CUSTOMER },
  customerKnown: true
};
const list = (ids, hasNextPage = false) => historyList(ids, CUSTOMER, hasNextPage);
const CURRENT = conversation(2);
const current = (fields = {}) => ({
  recordId: THIS,
  session: null,
  entries: CURRENT,
  complete: true,
  locale: 'en-US',
  timeZone: 'UTC',
  ...fields
});

/** A controller whose list holds A (newer) and B (older). */
function listed() {
  const history = new HistoryController(LABELS);
  history.setAnchor(ANCHOR);
  history.receiveList(list([A, B]));
  return history;
}

describe('HistoryController', () => {
  it('lists the earlier conversations of the customer the session record names', () => {
    const history = new HistoryController(LABELS);
    expect(history.customerKey).toBeNull();
    history.setAnchor(ANCHOR);
    expect(history.customerKey).toBe('end-user');
    expect(history.listVariables).toMatchObject({ customerId: CUSTOMER, sessionId: THIS, first: 20 });
    expect(history.bar('en-US').listing).toBe(true);
    expect(history.receiveList(list([A, B], true))).toBe(true);
    expect(history.receiveList(undefined)).toBe(false);
    expect(history.bar('en-US')).toEqual({
      listing: false,
      failed: false,
      note: '',
      countText: 'Earlier conversations: 2+',
      canLoadEarlier: true,
      canListMore: true
    });
  });

  it('keeps the list when the same customer is read again, and lists nothing when switched off', () => {
    const history = listed();
    const asked = history.listVariables;
    history.setAnchor({ ...ANCHOR, name: 'MS-0009 renamed' });
    expect(history.listVariables).toBe(asked);
    expect(history.customer.name).toBe('MS-0009 renamed');
    expect(history.setEnabled(false)).toBe(true);
    expect(history.customerKey).toBeNull();
    expect(history.setEnabled('false')).toBe(false);
    expect(history.setPageSize(5)).toBe(true);
    expect(history.setPageSize('5')).toBe(false);
    history.setEnabled(true);
    expect(history.listVariables.first).toBe(5);
  });

  it('says why there is no history', () => {
    const none = new HistoryController(LABELS);
    none.setAnchor(ANCHOR);
    none.receiveList(list([]));
    expect(none.bar('en-US').note).toBe('No earlier conversations with this customer.');
    const noCustomer = new HistoryController(LABELS);
    noCustomer.setAnchor({ ...ANCHOR, customer: null });
    expect(noCustomer.bar('en-US').note).toMatch(/^This session has no messaging end user/);
    noCustomer.setAnchor({ ...ANCHOR, objectApiName: 'VoiceCall', customer: null });
    expect(noCustomer.bar('en-US').note).toMatch(/^This call has no caller/);
    noCustomer.setAnchor({ ...ANCHOR, customer: null, customerKnown: false });
    expect(noCustomer.bar('en-US').note).toBe('');
  });

  it('loads an expanded conversation through the entry wire, one at a time, oldest entries first', () => {
    const history = listed();
    expect(history.entriesWanted).toBe(false);
    history.toggle(A);
    history.toggle(B);
    expect(history.entriesWanted).toBe(true);
    expect(history.entryVariables.conversationId).toBe(A);
    expect(history.receiveEntries(entries(A, 2))).toEqual({ command: null, changed: true });
    expect(history.receiveEntries(entries(A, 2)).changed).toBe(false);
    expect(history.entryVariables.conversationId).toBe(B);
    history.receiveEntries(entries(B, 1));
    expect(history.expandedSessions).toEqual([A, B]);
    const all = history.allEntries(CURRENT);
    expect(all.map((e) => e.message)).toEqual([
      'said in 0002',
      'said in 0001',
      'said in 0001',
      'answer 1',
      'question 2'
    ]);
    expect(history.allEntries(CURRENT)).toBe(all);
    expect(history.earlierShown().map((s) => s.session.id)).toEqual([B, A]);
  });

  it('hides a conversation again without loading it twice; ignores an unknown id', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries(entries(A, 2));
    history.toggle(A);
    expect(history.expandedSessions).toEqual([]);
    expect(history.allEntries(CURRENT)).toBe(CURRENT);
    history.toggle(A);
    expect(history.earlierShown()[0].entries).toHaveLength(2);
    history.toggle('0Mw5g000000NopeAAA');
    expect(history.expandedSessions).toEqual([A]);
  });

  it('counts the listed conversations on its bar, and offers Load earlier and List more only when they do something', () => {
    const history = new HistoryController(LABELS);
    history.setAnchor(ANCHOR);
    expect(history.bar('en-US')).toMatchObject({ countText: '', canLoadEarlier: false, canListMore: false });
    history.receiveList(list([A, B], true));
    expect(history.bar('en-US')).toMatchObject({
      listing: false,
      failed: false,
      countText: expect.stringContaining('2+'),
      canLoadEarlier: true,
      canListMore: true
    });
    const complete = listed();
    expect(complete.bar('en-US').countText).toContain('2');
    expect(complete.bar('en-US').countText).not.toContain('+');
    expect(complete.bar('en-US')).toMatchObject({ canLoadEarlier: true, canListMore: false });
    complete.toggle(A);
    expect(complete.bar('en-US').canLoadEarlier).toBe(true);
    complete.toggle(B);
    expect(complete.bar('en-US').canLoadEarlier).toBe(false);
  });

  it('names the earlier conversation an expanded entry belongs to, and none for other entries', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries(entries(A, 2));
    history.toggle(B);
    history.receiveEntries(entries(B, 1));
    const [first, second] = earlierEntryIds(A, 2);
    const [inB] = earlierEntryIds(B, 1);
    expect(history.sessionOfEntry(first)).toBe(A);
    expect(history.sessionOfEntry(second)).toBe(A);
    expect(history.sessionOfEntry(inB)).toBe(B);
    expect(history.sessionOfEntry(CURRENT[0].id)).toBeNull();
    history.toggle(A);
    expect(history.sessionOfEntry(first)).toBeNull();
  });

  it('"Load earlier" expands the newest conversation not shown yet, then lists more', () => {
    const history = new HistoryController(LABELS);
    history.setAnchor(ANCHOR);
    history.receiveList(list([A], true));
    history.loadEarlier();
    expect(history.expandedSessions).toEqual([A]);
    const asked = history.listVariables;
    history.loadEarlier();
    expect(history.listVariables).not.toBe(asked);
    expect(history.listVariables.after).toBe('c1');
  });

  it('draws a bookend per conversation, oldest first, each followed by its shown entries', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries(entries(A, 2));
    const displayed = history.allEntries(CURRENT);
    const rows = history.timeline(displayed, current(), false);
    const describe = (row) => (row.bookend ? `[${row.bookend.title}|${row.bookend.load}]` : row.message);
    expect(rows.map(describe)).toEqual([
      '[Earlier conversation MS-0002|collapsed]',
      '[Earlier conversation MS-0001|loaded]',
      'said in 0001',
      'said in 0001',
      '[This conversation MS-0009|loaded]',
      'answer 1',
      'question 2'
    ]);
    expect(rows[4].bookend.facts).toContain('2 entries');
    expect(history.timeline(displayed, current(), false)).toBe(rows);
    expect(history.timeline(displayed, current({ complete: false }), false)[4].bookend.facts).not.toContain(
      'entries'
    );
    expect(history.timeline(displayed, current(), true).map(describe)[0]).toBe(
      '[This conversation MS-0009|loaded]'
    );
  });

  it('shows only the displayed entries and no bookend without history', () => {
    const history = listed();
    const rows = history.timeline([CURRENT[1]], current(), false);
    expect(rows.filter((row) => !row.bookend).map((row) => row.id)).toEqual([CURRENT[1].id]);
    const none = new HistoryController(LABELS);
    expect(none.timeline(CURRENT, current(), false)).toBe(CURRENT);
  });

  it('names the earlier conversation a search match is in', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries(entries(A, 1));
    const [match] = history.earlierShown()[0].entries;
    expect(history.matchSessionText(match.id, 'en-US', 'UTC')).toMatch(
      /^Match in: Earlier conversation MS-0001 \(/
    );
    expect(history.matchSessionText(CURRENT[0].id, 'en-US', 'UTC')).toBe('');
    expect(history.matchSessionText(null, 'en-US', 'UTC')).toBe('');
  });

  it('retries a failed conversation when it is shown again, and forgets everything on reset', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries({ data: undefined, errors: [{ message: 'boom' }] });
    expect(history.timeline(CURRENT, current(), false)[1].bookend.load).toBe('error');
    history.toggle(A);
    history.toggle(A);
    expect(history.timeline(CURRENT, current(), false)[1].bookend.load).toBe('loading');
    history.reset();
    expect([history.customerKey, history.entriesWanted, history.expandedSessions]).toEqual([null, false, []]);
    expect(history.state.sessions).toEqual([]);
  });
});

describe('HistoryController: the list follows the customer', () => {
  it('is on with 20 conversations a page until the App Builder says otherwise', () => {
    const history = new HistoryController(LABELS);
    expect([history.enabled, history.pageSize]).toEqual([true, 20]);
    history.setEnabled(false);
    history.setPageSize(3);
    expect([history.enabled, history.pageSize]).toEqual([false, 3]);
  });

  it('starts a new list for another record, another customer or another kind of customer, and none without one', () => {
    const history = listed();
    history.setAnchor({ ...ANCHOR, recordId: '0Mw5g000000Othr1AAA' });
    expect(history.listVariables).toMatchObject({ sessionId: '0Mw5g000000Othr1AAA', customerId: CUSTOMER });
    expect(history.state.sessions).toEqual([]);
    history.setAnchor({ ...ANCHOR, customer: { key: 'end-user', value: '0PA5g000000Cust2AAA' } });
    expect(history.listVariables).toMatchObject({ sessionId: THIS, customerId: '0PA5g000000Cust2AAA' });
    history.setAnchor({
      ...ANCHOR,
      objectApiName: 'VoiceCall',
      customer: { key: 'caller', value: CUSTOMER }
    });
    expect(history.customerKey).toBe('caller');
    history.setAnchor(null);
    expect([history.customerKey, history.listVariables, history.customer]).toEqual([null, undefined, null]);
  });

  it('says nothing on its bar before the session record is read, or while the list loads', () => {
    const history = new HistoryController(LABELS);
    expect(history.bar('en-US')).toEqual({
      listing: false,
      failed: false,
      note: '',
      countText: '',
      canLoadEarlier: false,
      canListMore: false
    });
    history.setAnchor(ANCHOR);
    expect(history.bar('en-US')).toMatchObject({ listing: true, note: '', canLoadEarlier: false });
  });

  it('counts a complete list without "+", and keeps its count while listing more', () => {
    const history = new HistoryController(LABELS);
    history.setAnchor(ANCHOR);
    history.receiveList(list([A], true));
    expect(history.bar('en-US').countText).toBe('Earlier conversations: 1+');
    history.listMore();
    expect(history.bar('en-US')).toMatchObject({
      listing: false,
      countText: 'Earlier conversations: 1+',
      canLoadEarlier: false,
      canListMore: false
    });
    const second = list([B]);
    second.data.uiapi.query.MessagingSession.pageInfo.endCursor = 'c2';
    history.receiveList(second);
    expect(history.bar('en-US').countText).toBe('Earlier conversations: 2');
  });

  it('says when the list failed, and asks again on retry', () => {
    const history = new HistoryController(LABELS);
    history.setAnchor(ANCHOR);
    history.receiveList({ data: undefined, errors: [{ message: 'boom' }] });
    expect(history.bar('en-US')).toMatchObject({ failed: true, listing: false, countText: '' });
    expect(history.linkedSession(A)).toBe('absent');
    const asked = history.listVariables;
    history.retry();
    expect(history.listVariables).not.toBe(asked);
    expect(history.listVariables).toEqual(asked);
  });
});

describe('HistoryController: expanding earlier conversations', () => {
  it('reports a finished load of the only expanded conversation as a change', () => {
    const history = listed();
    history.toggle(A);
    const asked = history.entryVariables;
    expect(history.receiveEntries(entries(A, 2))).toEqual({ command: null, changed: true });
    expect(history.entryVariables).toBe(asked);
  });

  it('keeps the entry wire on a conversation until its last page, and shows only what has loaded', () => {
    const history = listed();
    history.toggle(A);
    history.toggle(B);
    expect(history.earlierShown().map(({ session }) => session.id)).toEqual([A]);
    expect(history.linkedSession(B)).toBe('loading');
    const first = entries(A, 2);
    Object.assign(first.data.uiapi.query.ConversationEntry, {
      pageInfo: { hasNextPage: true, endCursor: 'next' },
      totalCount: 5
    });
    history.receiveEntries(first);
    expect(history.entryVariables).toMatchObject({ conversationId: A, after: 'next' });
    expect(history.linkedSession(A)).toBe('partial');
  });

  it('collapses one of two expanded conversations, keeping the other', () => {
    const history = listed();
    history.toggle(A);
    history.toggle(B);
    history.toggle(A);
    expect(history.expandedSessions).toEqual([B]);
  });

  it('forgets a failed load when the conversation is asked for again behind another one', () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries({ data: undefined, errors: [{ message: 'boom' }] });
    expect(history.linkedSession(A)).toBe('error');
    history.toggle(B);
    history.toggle(A);
    history.toggle(A);
    expect(history.entryVariables.conversationId).toBe(B);
    expect(history.linkedSession(A)).toBe('loading');
    expect(history.earlierShown().map(({ session }) => session.id)).toEqual([B]);
  });

  it('fails the loading conversation when its refresh fails, then loads the next one', () => {
    const history = listed();
    history.toggle(A);
    history.toggle(B);
    history.refreshFailed(new Error('offline'));
    expect(history.linkedSession(A)).toBe('error');
    expect(history.entryVariables.conversationId).toBe(B);
    history.refreshSettled();
    expect(history.linkedSession(B)).toBe('loading');
  });

  it("puts the earlier entries before each new list of this conversation's entries", () => {
    const history = listed();
    history.toggle(A);
    history.receiveEntries(entries(A, 1));
    const first = history.allEntries(CURRENT);
    const fewer = CURRENT.slice(1);
    const next = history.allEntries(fewer);
    expect(next).not.toBe(first);
    expect(next.map((e) => e.message)).toEqual(['said in 0001', 'question 2']);
  });
});
