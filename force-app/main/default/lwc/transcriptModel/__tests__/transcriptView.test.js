/** TranscriptView: what the container's template shows, derived from the parts and the component's properties. */
import { TranscriptState } from '../transcriptState';
import { LABELS } from 'c/transcriptLabels';
import { componentProps, wireAnswer, wireNode } from '../../../../../../jest/modelFixtures';

const DATA = '../../conversationTranscript/__tests__/data';
const sessionActive = require(`${DATA}/sessionActive.json`);
const RECORD = sessionActive.id;

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
  return { parts: state.parts, props, view: state.settle().view };
}

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
});
