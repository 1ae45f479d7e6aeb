/**
 * TranscriptState: the rules that tie the model's parts together (a new record, the session record, the
 * console's live log, new entries, search scrolling, exports) and the wires' inputs they produce.
 */
import { TranscriptState } from '../transcriptState';
import { LABELS } from 'c/transcriptLabels';
import {
  componentProps,
  earlierEntries,
  earlierEntryIds,
  entry,
  historyList,
  wireAnswer,
  wireNode
} from '../../../../../../jest/modelFixtures';

const DATA = '../../conversationTranscript/__tests__/data';
const sessionActive = require(`${DATA}/sessionActive.json`);
const sessionEnded = require(`${DATA}/sessionEnded.json`);
const RECORD = sessionActive.id;
const CUSTOMER = '0PA5g000000Cust1AAA';
const withCustomer = (record) => ({
  ...record,
  fields: { ...record.fields, MessagingEndUserId: { value: CUSTOMER, displayValue: null } }
});
const EARLIER = '0Mw5g000000A0001AAA';
const OTHER = '0Mw5g000000A0002AAA';
/** The first entry of the earlier conversation EARLIER (earlierEntries' Id scheme). */
const [EARLIER_ENTRY] = earlierEntryIds(EARLIER, 1);
const QUERIES = {
  entries: 'entries',
  history: { 'end-user': 'messaging', caller: 'caller', phone: 'phone' }
};

const node = (i) => wireNode(RECORD, i, { message: (n) => (n % 2 ? `question ${n}` : `answer ${n}`) });
const answer = (count) => wireAnswer(count, node);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(hash = '') {
  const props = componentProps(RECORD);
  const changed = jest.fn();
  const liveLog = { available: true, entries: [] };
  const loadLiveLog = jest.fn(() => Promise.resolve(liveLog));
  const state = new TranscriptState({
    labels: LABELS,
    options: props,
    queries: QUERIES,
    errorMessage: () => '',
    loadLiveLog,
    changed
  });
  state.setRecord({ recordId: RECORD, objectApiName: 'MessagingSession' }, hash);
  state.settle();
  const view = () => state.settle().view;
  return { state, changed, loadLiveLog, liveLog, view };
}

describe('TranscriptState', () => {
  it('asks for the first page of the record, and for nothing else until the session record is read', () => {
    const { state } = setUp();
    expect(state.wires).toEqual({
      entryVariables: expect.objectContaining({ conversationId: RECORD, after: null }),
      historyQuery: undefined,
      historyVariables: undefined,
      historyEntriesQuery: undefined,
      historyEntryVariables: undefined
    });
  });

  it('starts the history list and asks for the live log once the session record arrives', () => {
    const { state, loadLiveLog } = setUp();
    state.receiveSession(withCustomer(sessionActive), undefined);
    expect(state.wires.historyQuery).toBe('messaging');
    expect(state.wires.historyVariables).toMatchObject({ customerId: CUSTOMER, sessionId: RECORD });
    expect(loadLiveLog).toHaveBeenCalledWith(RECORD);
    state.receiveSession(sessionActive, undefined);
    expect(loadLiveLog).toHaveBeenCalledTimes(1);
  });

  it('shows the live log when it arrives for the current record only', async () => {
    const { state, changed, liveLog, view } = setUp();
    liveLog.entries = [
      entry('live-1', {
        actorKind: 'EndUser',
        actorType: 'EndUser',
        layout: 'inbound',
        message: 'typed just now',
        source: 'live'
      })
    ];
    state.receiveSession(sessionActive, undefined);
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(view().entries.map((entry) => entry.message)).toEqual(['typed just now']);
    expect(view().liveEntryCount).toBe(1);
    state.refresh();
    state.setRecord({ recordId: '0Mw5g000000OthrAAA' }, '');
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(view().entries).toEqual([]);
  });

  it('reads the entries again when the session ends, and on refresh', () => {
    const { state, loadLiveLog } = setUp();
    state.receiveEntries(answer(2));
    state.receiveSession(sessionActive, undefined);
    const first = state.wires.entryVariables;
    state.receiveSession(sessionEnded, undefined);
    const reloaded = state.wires.entryVariables;
    expect(reloaded).not.toBe(first);
    expect(reloaded).toEqual(first);
    state.refresh();
    expect(state.wires.entryVariables).not.toBe(reloaded);
    expect(loadLiveLog).toHaveBeenCalledTimes(1);
  });

  it('asks for a failed page again on retry', () => {
    const { state, view } = setUp();
    const asked = state.wires.entryVariables;
    state.receiveEntries({ data: undefined, errors: [{ message: 'boom' }] });
    expect(view().load.hasError).toBe(true);
    state.retry();
    expect(state.wires.entryVariables).not.toBe(asked);
    expect(view().load.isLoading).toBe(true);
  });

  it('forgets everything of the previous record on a new one, and nothing when the record is the same', () => {
    const { state, view } = setUp();
    state.receiveEntries(answer(4));
    state.search('question', view());
    state.parts.tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, view().source);
    expect(state.setRecord({ recordId: RECORD }, '')).toBe(false);
    expect(view().countText).toBe('2 of 4 entries shown');
    expect(state.setRecord({ recordId: '0Mw5g000000OthrAAA' }, '')).toBe(true);
    expect(state.recordRef).toEqual({ recordId: '0Mw5g000000OthrAAA', objectApiName: 'MessagingSession' });
    expect(view().entries).toEqual([]);
    expect([view().tools.searchTerm, view().tools.hiddenActorKinds]).toEqual(['', []]);
    expect(state.wires.entryVariables.conversationId).toBe('0Mw5g000000OthrAAA');
    expect(state.takeMatchScroll(view())).toBeNull();
  });

  it('says when loading moved on, and keeps the current match inside the matches then', () => {
    const { state, view } = setUp();
    expect(state.settle().loadChanged).toBe(false);
    state.receiveEntries(answer(6));
    expect(state.settle().loadChanged).toBe(true);
    expect(state.settle().loadChanged).toBe(false);
  });

  it('scrolls to a new search match after the render, once; stepping scrolls at once when it can', () => {
    const { state, view } = setUp();
    state.receiveEntries(answer(6));
    state.search('question', view());
    expect(state.takeMatchScroll(view()).entryId).toBe(node(1).Id);
    expect(state.takeMatchScroll(view())).toBeNull();
    const scrolled = [];
    state.step(1, view(), (id) => scrolled.push(id) > 0);
    expect(scrolled).toEqual([node(3).Id]);
    expect(state.takeMatchScroll(view())).toBeNull();
    state.step(1, view(), () => false);
    expect(state.takeMatchScroll(view()).entryId).toBe(node(5).Id);
  });

  it('asks the log to scroll to a new search match at once, else after the render', () => {
    const { state, view } = setUp();
    state.receiveEntries(answer(6));
    const scrolled = [];
    state.search('question', view(), (id) => scrolled.push(id) > 0);
    expect(scrolled).toEqual([node(1).Id]);
    expect(state.takeMatchScroll(view())).toBeNull();
    state.search('answer', view(), () => false);
    expect(state.takeMatchScroll(view()).entryId).toBe(node(2).Id);
    state.search('nowhere', view(), (id) => scrolled.push(id) > 0);
    expect(scrolled).toEqual([node(1).Id]);
    expect(state.takeMatchScroll(view())).toBeNull();
  });

  it('reveals a linked entry: shows it past the filter, then asks the log to scroll to it', () => {
    const { state, view } = setUp(`#transcript-entry-${node(2).Id}`);
    state.parts.tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, view().source);
    expect(state.linkStep(view())).toBe('none');
    state.receiveEntries(answer(3));
    state.settle();
    expect(state.linkStep(view())).toBe('clear-filter');
    expect(view().tools.hiddenActorKinds).toEqual([]);
    expect(state.linkStep(view())).toBe('scroll');
  });

  describe('a link to an entry of an earlier conversation', () => {
    /** This conversation loaded (3 entries) and its session record read, so the list is asked for. */
    function linked(sessionId = EARLIER) {
      const setup = setUp(`#transcript-entry-${EARLIER_ENTRY}/${sessionId}`);
      setup.state.receiveEntries(answer(3));
      setup.state.settle();
      return setup;
    }

    it('waits for the session record and the list, then expands the conversation and scrolls to the entry', () => {
      const { state, view } = linked();
      expect(state.linkStep(view())).toBe('none');
      state.receiveSession(withCustomer(sessionActive), undefined);
      expect(state.linkStep(view())).toBe('none');
      state.receiveHistoryList(historyList([OTHER, EARLIER], CUSTOMER));
      expect(state.wires.historyEntryVariables).toBeUndefined();
      expect(state.linkStep(view())).toBe('load-session');
      expect(state.wires.historyEntryVariables).toMatchObject({ conversationId: EARLIER });
      expect(state.linkStep(view())).toBe('none');
      state.receiveHistoryEntries(earlierEntries(EARLIER, 2));
      state.settle();
      expect(view().allEntries.map((e) => e.id)).toContain(EARLIER_ENTRY);
      expect(state.linkStep(view())).toBe('scroll');
      expect(state.parts.link.notFound).toBe(false);
    });

    it('asks for more of the list while the conversation is not listed and more is there', () => {
      const { state, view } = linked();
      state.receiveSession(withCustomer(sessionActive), undefined);
      state.receiveHistoryList(historyList([OTHER], CUSTOMER, true));
      const first = state.wires.historyVariables;
      expect(state.linkStep(view())).toBe('load-session');
      expect(state.wires.historyVariables).not.toBe(first);
      expect(state.wires.historyVariables).toMatchObject({ after: 'c1' });
    });

    it('ends in "not found" when the whole list is read without the conversation', () => {
      const { state, view } = linked();
      state.receiveSession(withCustomer(sessionActive), undefined);
      state.receiveHistoryList(historyList([OTHER], CUSTOMER));
      expect(state.linkStep(view())).toBe('stopped');
      expect(state.parts.link.notFound).toBe(true);
      expect(state.wires.historyEntryVariables).toBeUndefined();
    });

    it('ends in "not found" when the session record names no customer (no list to look in)', () => {
      const { state, view } = linked();
      state.receiveSession(sessionActive, undefined);
      expect(state.linkStep(view())).toBe('stopped');
      expect(state.parts.link.notFound).toBe(true);
    });

    it('looks in this conversation when the link names this record', () => {
      const { state, view } = setUp(`#transcript-entry-${node(2).Id}/${RECORD}`);
      state.receiveEntries(answer(3));
      state.settle();
      expect(state.linkStep(view())).toBe('scroll');
      expect(state.wires.historyQuery).toBeUndefined();
    });

    it('ends in "not found" once this conversation is loaded without the entry the link names in it', () => {
      const { state, view } = setUp(`#transcript-entry-${EARLIER_ENTRY}/${RECORD}`);
      state.receiveEntries(answer(3));
      state.settle();
      expect(state.linkStep(view())).toBe('stopped');
      expect(state.parts.link.notFound).toBe(true);
    });
  });

  it('exports with the record and time in the file name, and copies one entry', () => {
    const { state, view } = setUp();
    state.receiveEntries(answer(2));
    const job = state.exportJob('csv', view(), Date.parse('2024-05-14T12:00:00Z'));
    expect(job).toMatchObject({ kind: 'download', fileName: `conversation-${RECORD}-2024-05-14.csv` });
    expect(job.status(true)).toBe(`Downloading conversation-${RECORD}-2024-05-14.csv.`);
    const copy = state.entryJob('copy-text', node(2).Id, view(), 'https://x');
    expect(copy.text).toBe('answer 2');
    expect(copy.status(true)).toBe('Entry text copied.');
    expect(state.entryJob('copy-text', 'not-loaded', view(), 'https://x')).toBeNull();
  });

  describe('answers, refreshes and the session record', () => {
    const withRefresh = (count, refresh) => ({ ...answer(count), refresh });

    it('has no record before the page gives one, and moves on when only the object changes', () => {
      const state = new TranscriptState({
        labels: LABELS,
        options: componentProps(RECORD),
        queries: QUERIES,
        errorMessage: () => '',
        loadLiveLog: () => Promise.resolve({ available: false, entries: [] }),
        changed: () => undefined
      });
      expect(state.recordRef).toEqual({ recordId: undefined, objectApiName: undefined });
      expect(state.setRecord({ recordId: RECORD }, '')).toBe(true);
      expect(state.setRecord({ objectApiName: 'MessagingSession' }, '')).toBe(true);
      expect(state.setRecord({ objectApiName: 'MessagingSession' }, '')).toBe(false);
    });

    it('says whether an entry answer changed anything', () => {
      const { state } = setUp();
      expect(state.receiveEntries(undefined)).toBe(false);
      expect(state.receiveEntries(answer(2))).toBe(true);
      expect(state.receiveEntries({ data: undefined, errors: undefined })).toBe(false);
      const other = wireAnswer(1, (i) => wireNode('0Mw5g000000OthrAAA', i));
      expect(state.receiveEntries(other)).toBe(false);
    });

    it('steps through no matches without scrolling', () => {
      const { state, view } = setUp();
      state.receiveEntries(answer(2));
      const scrollTo = jest.fn(() => true);
      state.step(1, view(), scrollTo);
      expect(scrollTo).not.toHaveBeenCalled();
      expect(state.takeMatchScroll(view())).toBeNull();
    });

    it("refreshes the cached first page on the agent's refresh, and shows the outcome when it settles", async () => {
      const { state, changed, view, liveLog } = setUp();
      liveLog.available = false;
      const refresh = jest.fn(() => Promise.resolve());
      state.receiveEntries(withRefresh(2, refresh));
      state.refresh();
      expect(refresh).toHaveBeenCalledTimes(1);
      expect(view().load.isLoading).toBe(true);
      await flush();
      expect(changed).toHaveBeenCalledTimes(1);
      expect(view().entries).toHaveLength(2);
    });

    it('shows a failed refresh as a failed load', async () => {
      const { state, changed, view, liveLog } = setUp();
      liveLog.available = false;
      state.receiveEntries(withRefresh(2, () => Promise.reject(new Error('offline'))));
      state.refresh();
      await flush();
      expect(changed).toHaveBeenCalledTimes(1);
      expect(view().load.hasError).toBe(true);
    });

    it('asks the console for the live log again on refresh while the session is open', () => {
      const { state, loadLiveLog } = setUp();
      state.receiveSession(sessionActive, undefined);
      expect(loadLiveLog).toHaveBeenCalledTimes(1);
      state.refresh();
      expect(loadLiveLog).toHaveBeenCalledTimes(2);
    });

    it('keeps the customer and the live log as they are while getRecord has no answer, or answers for another record', () => {
      const { state, loadLiveLog } = setUp();
      state.receiveSession(withCustomer(sessionActive), undefined);
      const listAsked = state.wires.historyVariables;
      expect(state.receiveSession(undefined, undefined)).toBe(true);
      expect(state.wires.historyVariables).toBe(listAsked);
      expect(state.receiveSession({ ...sessionActive, id: '0Mw5g000000OthrAAA' }, undefined)).toBe(false);
      expect(state.wires.historyVariables).toBe(listAsked);
      expect(loadLiveLog).toHaveBeenCalledTimes(1);
    });
  });
});
