/** TranscriptView: what the container's template shows, derived from the parts and the component's properties. */
import { TranscriptState } from '../transcriptState';
import { TranscriptView } from '../transcriptView';
import { LABELS } from 'c/transcriptLabels';
import {
  componentProps,
  earlierEntries,
  historyList,
  wireAnswer,
  wireNode
} from '../../../../../../jest/modelFixtures';

const DATA = '../../conversationTranscript/__tests__/data';
const sessionActive = require(`${DATA}/sessionActive.json`);
const RECORD = sessionActive.id;
const CUSTOMER = '0PA5g000000Cust1AAA';
const EARLIER = '0Mw5g000000A0001AAA';
const withCustomer = (record) => ({
  ...record,
  fields: { ...record.fields, MessagingEndUserId: { value: CUSTOMER, displayValue: null } }
});

const node = (i, actor) => wireNode(RECORD, i, { actor });
const answer = (count) => wireAnswer(count, node);

function setUp(options = {}) {
  const props = componentProps(RECORD, options);
  const state = new TranscriptState({
    labels: LABELS,
    options: props,
    queries: { entries: 'entries', history: { 'end-user': 'messaging', caller: 'caller', phone: 'phone' } },
    errorMessage: (errors) => `friendly: ${errors.length}`,
    loadLiveLog: () => Promise.resolve({ available: false, entries: [] }),
    changed: () => undefined
  });
  state.setRecord({ recordId: props.recordId, objectApiName: props.objectApiName }, '');
  return { state, parts: state.parts, props, view: state.settle().view };
}

/** A session page whose customer has one earlier conversation (EARLIER), listed, with `count` entries here. */
function withHistory(count, pageOptions = {}) {
  const set = setUp(pageOptions);
  set.state.receiveEntries(count === null ? undefined : answer(count));
  set.state.receiveSession(withCustomer(sessionActive), undefined);
  set.state.receiveHistoryList(historyList([EARLIER], CUSTOMER));
  return { ...set, view: set.state.settle().view };
}

const bookends = (rows) => rows.filter((row) => row.bookend).map((row) => [row.id, row.bookend.facts]);

describe('TranscriptView', () => {
  it('shows the toolbar and the spinner while the first page loads, and the card title', () => {
    const { view, props } = setUp();
    expect(view.load.isLoading).toBe(true);
    expect(view.showToolbar).toBe(true);
    expect(view.heading).toBe('Conversation Transcript');
    props.cardTitle = 'Chat';
    expect(view.heading).toBe('Chat');
    expect(setUp({ hideToolbar: true }).view.showToolbar).toBe(false);
  });

  it('counts the entries, and the shown ones while a filter hides some', () => {
    const { view, parts } = setUp();
    parts.pager.receive(answer(4));
    expect(view.countText).toBe('4 entries');
    parts.tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, view.source);
    expect(view.countText).toBe('2 of 4 entries shown');
    expect(view.displayedForLog.map((entry) => entry.message)).toEqual(['message 2', 'message 4']);
    parts.tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, view.source);
    expect(view.filterHidesAll).toBe(true);
  });

  it('reads the component properties when asked (newest first, height)', () => {
    const { view, parts, props } = setUp();
    parts.pager.receive(answer(3));
    expect(view.displayedEntries.map((entry) => entry.message)).toEqual([
      'message 1',
      'message 2',
      'message 3'
    ]);
    props.newestFirst = true;
    expect(view.displayedEntries.map((entry) => entry.message)).toEqual([
      'message 3',
      'message 2',
      'message 1'
    ]);
    props.height = 0;
    expect(view.logMaxHeight).toBe('');
    props.relativeTime = true;
    expect(view.timeMode).toBe('relative');
  });

  it('styles the status line only while it shows a message', () => {
    const { view, props } = setUp();
    expect(view.statusClass).toBe('slds-text-body_small transcript-status-message');
    props.statusMessage = 'Copied';
    expect(view.statusClass).toBe(
      'slds-text-body_small transcript-status-message transcript-status-message_shown'
    );
  });

  it("describes a failed load's errors with the container's formatter", () => {
    const { view, parts } = setUp();
    parts.pager.receive({ data: undefined, errors: [{ message: 'a' }, { message: 'b' }] });
    expect(view.load.hasError).toBe(true);
    expect(view.errorMessage).toBe('friendly: 2');
  });

  it('gives the empty state way to the session notice, and shows the session header on session pages', () => {
    const { view, parts, props } = setUp();
    parts.pager.receive(answer(0));
    expect(view.load.isEmpty).toBe(true);
    expect(view.showEmptyState).toBe(true);
    parts.sessions.receive(sessionActive, undefined, props);
    expect(view.sessionNotice).not.toBeNull();
    expect(view.showEmptyState).toBe(false);
    expect(view.showSessionHeader).toBe(true);
    expect(setUp({ objectApiName: 'Account', recordId: '001000000000001AAA' }).view.showSessionHeader).toBe(
      false
    );
  });

  it('shows the history bar once the session record names the customer, unless history is off', () => {
    const { view, parts, props } = setUp();
    expect(view.showHistoryBar).toBe(false);
    const { anchor } = parts.sessions.receive(sessionActive, undefined, props);
    parts.history.setAnchor(anchor);
    expect(view.showHistoryBar).toBe(true);
    props.showHistory = false;
    expect(view.showHistoryBar).toBe(false);
  });

  it('exports what the filter shows, this conversation named after the customer anchor', () => {
    const { view, parts } = setUp();
    parts.pager.receive(answer(2));
    expect(view.exportSessionCount).toBeNull();
    expect(view.exportSource.currentSession).toEqual({ id: RECORD, name: null, current: true });
    expect(parts.exports.entries(view.exportSource)).toBe(view.displayedEntries);
  });

  it('falls back to the default heading when the card title is only spaces, and keeps a title as typed', () => {
    const { view, props } = setUp({ cardTitle: '   ' });
    expect(view.heading).toBe('Conversation Transcript');
    props.cardTitle = ' Chat ';
    expect(view.heading).toBe(' Chat ');
  });

  it("leads each conversation with its bookend, counting this one's entries once all pages are read", () => {
    const { view } = withHistory(2);
    expect(bookends(view.displayedForLog)).toEqual([
      [`session-${EARLIER}`, 'Mar 1, 2024, 10:00 AM · 7:30 long · Ended'],
      [`session-${RECORD}`, 'Acme Support Chat · May 14, 2024, 4:58 PM · 2 entries · Active']
    ]);
    expect(view.displayedForLog.filter((row) => !row.bookend).map((row) => row.message)).toEqual([
      'message 1',
      'message 2'
    ]);

    const partial = setUp();
    partial.state.receiveEntries({
      data: {
        uiapi: {
          query: {
            ConversationEntry: {
              ...answer(2).data.uiapi.query.ConversationEntry,
              pageInfo: { hasNextPage: true, endCursor: 'next' }
            }
          }
        }
      }
    });
    partial.state.receiveSession(withCustomer(sessionActive), undefined);
    partial.state.receiveHistoryList(historyList([EARLIER], CUSTOMER));
    const { view: reading } = partial.state.settle();
    expect(reading.transcript.status).not.toBe('complete');
    expect(bookends(reading.displayedForLog)[1]).toEqual([
      `session-${RECORD}`,
      'Acme Support Chat · May 14, 2024, 4:58 PM · Active'
    ]);
  });

  it('shows the log for entries, or for the bookends of a customer with history, not while loading or empty', () => {
    const loading = setUp();
    expect(loading.view.showLog).toBe(false);
    loading.parts.pager.receive(answer(1));
    expect(loading.view.showLog).toBe(true);

    const empty = setUp();
    empty.parts.pager.receive(answer(0));
    expect(empty.view.showLog).toBe(false);

    const { view: historyOnly } = withHistory(0);
    expect(historyOnly.load.hasEntries).toBe(false);
    expect(historyOnly.showLog).toBe(true);
  });

  it('hides the toolbar in the empty and error states, and says a filter hides all only when there are entries', () => {
    const empty = setUp();
    empty.parts.pager.receive(answer(0));
    expect(empty.view.load.isEmpty).toBe(true);
    expect(empty.view.showToolbar).toBe(false);
    expect(empty.view.filterHidesAll).toBe(false);

    const failed = setUp();
    failed.parts.pager.receive({ data: undefined, errors: [{ message: 'boom' }] });
    expect(failed.view.showToolbar).toBe(false);

    const shown = setUp();
    shown.parts.pager.receive(answer(2));
    expect(shown.view.showToolbar).toBe(true);
    expect(shown.view.filterHidesAll).toBe(false);
  });

  it('shows events and counts search matches through the tools, naming the earlier conversation of a match', () => {
    const { state, view, parts } = withHistory(2, { hideEventsOnLoad: true });
    expect(view.tools).toBe(parts.tools);
    expect(view.showEvents).toBe(false);
    expect(view.currentMatch).toBeNull();
    expect(view.matchSessionText).toBe('');
    parts.tools.changeFilter({ kind: 'events', show: true }, view.source);
    expect(view.showEvents).toBe(true);

    state.search('message', view);
    expect(view.matchCount).toBe(2);
    expect(view.currentMatch).toMatchObject({ entryId: view.displayedEntries[0].id });
    expect(view.matchSessionText).toBe('');

    parts.history.toggle(EARLIER);
    state.receiveHistoryEntries(earlierEntries(EARLIER, 2));
    const expanded = state.settle().view;
    state.search('said in', expanded);
    expect(expanded.matchCount).toBe(2);
    expect(expanded.matchSessionText).toBe(
      'Match in: Earlier conversation MS-0001 (Mar 1, 2024, 10:00 AM · 7:30 long · Ended)'
    );
  });

  it('describes errors as nothing when the container gives no formatter, and hands out the link and export scope', () => {
    const { parts, props } = setUp();
    parts.pager.receive({ data: undefined, errors: [{ message: 'boom' }] });
    const bare = new TranscriptView(parts, props, LABELS);
    expect(bare.load.hasError).toBe(true);
    expect(bare.errorMessage).toBe('');
    expect(bare.link).toBe(parts.link);
    expect(bare.exportScope).toBe(parts.exports.scope);
    expect(bare.historyBar).toEqual(parts.history.bar('en-US'));
    props.recordId = undefined;
    expect(bare.exportSource.currentSession).toEqual({ id: '', name: null, current: true });
    expect(bare.timeMode).toBe('absolute');
  });
});
