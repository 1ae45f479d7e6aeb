/**
 * The data path as a record page drives it: `@wire(graphql)` with reactive variables against the strict
 * jest stand-in of `lightning/graphql` (jest/mocks/graphql.js: UI API's paging rules, LDS's emissions),
 * `@wire(getRecord)` for the session, and the console live log. What a person sees: every entry past
 * 4,000, an honest count, a clear note when entries may be missing, and nothing of one record on another.
 */
import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { __reset as resetToolkit, __setLog } from 'lightning/conversationToolkitApi';

const sessionActive = require('./data/sessionActive.json');
const liveLog = require('./data/liveLog.json');
const openFirstEntry = require('./data/openFirstEntry.json');

const RECORD_A = sessionActive.id;
const RECORD_B = '0Mw5g000000OtherAAA'.slice(0, 18);

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const squash = (text) => text.replace(/\s+/g, ' ').trim();

function node(i, conversationId, text = `Message ${i} of ${conversationId}`) {
  return {
    Id: `0dw${conversationId.slice(-6)}${String(i).padStart(6, '0')}AAA`,
    ConversationId: { value: conversationId },
    Seq: { value: i },
    EntryType: { value: 'Text', displayValue: 'Text' },
    ActorType: { value: i % 2 ? 'EndUser' : 'Agent', displayValue: i % 2 ? 'End User' : 'Agent' },
    ActorName: { value: i % 2 ? 'Carla Customer' : 'Alex Agent' },
    Message: { value: text },
    EntryTime: { value: new Date(Date.UTC(2024, 4, 14, 16, 0, i)).toISOString() }
  };
}
const nodes = (count, conversationId) => Array.from({ length: count }, (_, i) => node(i + 1, conversationId));

function mount(props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: RECORD_A, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  return element;
}

/** Lets the stand-in answer every page the component asks for (each answer is one microtask away). */
async function settle(rounds = 40) {
  for (let i = 0; i < rounds; i++) await flushPromises();
}

const countText = (element) =>
  squash(element.shadowRoot.querySelector('.transcript-count')?.textContent ?? '');
const shortfall = (element) =>
  squash(element.shadowRoot.querySelector('.transcript-shortfall')?.textContent ?? '');
const progress = (element) =>
  squash(element.shadowRoot.querySelector('.transcript-progress')?.textContent ?? '');
const noticeText = (element) =>
  squash(
    element.shadowRoot.querySelector('c-transcript-notice')?.shadowRoot.querySelector('.transcript-notice')
      ?.textContent ?? ''
  );

function messageTexts(element) {
  const log = element.shadowRoot.querySelector('c-transcript-log');
  const items = log ? Array.from(log.shadowRoot.querySelectorAll('li.slds-chat-listitem')) : [];
  return items
    .map((item) => item.querySelector('c-transcript-entry').shadowRoot)
    .map((root) => root.querySelector('.transcript-text'))
    .filter(Boolean)
    .map((n) => n.textContent);
}

/** A connection answer shaped like UI API's, for hand-emitted adversarial servers. */
function connection(list, pageInfo, totalCount) {
  return {
    uiapi: {
      query: {
        ConversationEntry: {
          edges: list.map((n) => ({ node: n })),
          pageInfo,
          ...(totalCount !== undefined && { totalCount })
        }
      }
    }
  };
}

describe('c-conversation-transcript: the data path', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    graphql.stopServing();
    resetToolkit();
    jest.clearAllMocks();
  });

  it('loads every entry past 4,000 with a constant upperBound, one request per 2000 entries', async () => {
    graphql.serve({ [RECORD_A]: nodes(4100, RECORD_A) });
    const element = mount({ objectApiName: 'VoiceCall' });
    await settle();

    expect(countText(element)).toBe('4,100 entries');
    expect(graphql.requests).toHaveLength(3);
    expect(graphql.requests.map((v) => v.upperBound)).toEqual([50000, 50000, 50000]);
    expect(graphql.requests.map((v) => v.first)).toEqual([2000, 2000, 2000]);
    expect(shortfall(element)).toBe('');
    expect(element.shadowRoot.querySelector('c-error-panel')).toBeNull();
  });

  it('asks with variables only: the record id never reaches the query text', async () => {
    graphql.serve({ [RECORD_A]: nodes(3, RECORD_A) });
    mount();
    await settle(5);
    const config = graphql.getLastConfig();
    expect(config.query).not.toContain(RECORD_A);
    expect(config.query).toContain('upperBound: $upperBound');
    expect(config.variables.conversationId).toBe(RECORD_A);
  });

  it('shows no impossible total while loading ("Loaded 3 of 1 entries")', async () => {
    const element = mount({ objectApiName: 'VoiceCall' });
    graphql.emit(connection(nodes(3, RECORD_A), { hasNextPage: true, endCursor: 'c1' }, 1));
    await flushPromises();
    expect(progress(element)).not.toContain('of 1');
    graphql.emit(connection(nodes(3, RECORD_A), { hasNextPage: true, endCursor: 'c1' }, -5));
    await flushPromises();
    expect(progress(element)).not.toContain('-5');
  });

  it('says entries may be missing when the server ends paging early (more pages, no cursor)', async () => {
    const element = mount({ objectApiName: 'VoiceCall' });
    graphql.emit(connection(nodes(3, RECORD_A), { hasNextPage: true, endCursor: null }, 9));
    await flushPromises();
    expect(shortfall(element)).toBe(
      'Salesforce sent 3 of 9 entries, then stopped. Some entries may be missing: refresh to try again.'
    );
    expect(element.shadowRoot.querySelector('.transcript-progress')).toBeNull();
  });

  it('stops a server that keeps offering pages with no new entry, and says so', async () => {
    const element = mount({ objectApiName: 'VoiceCall' });
    graphql.emit(connection(nodes(3, RECORD_A), { hasNextPage: true, endCursor: 'c1' }));
    await flushPromises();
    const asked = graphql.getLastConfig().variables;
    graphql.emit(connection([], { hasNextPage: true, endCursor: 'c2' }));
    await flushPromises();
    expect(graphql.getLastConfig().variables).toBe(asked);
    expect(shortfall(element)).toContain('Loading stopped after 3 entries');
    expect(messageTexts(element)).toHaveLength(3);
  });

  it('ignores a stale first page delivered after the second page was asked', async () => {
    const element = mount({ objectApiName: 'VoiceCall' });
    const first = connection(nodes(3, RECORD_A), { hasNextPage: true, endCursor: 'c1' });
    graphql.emit(first);
    await flushPromises();
    graphql.emit(first);
    await flushPromises();
    expect(graphql.getLastConfig().variables.after).toBe('c1');
    expect(messageTexts(element)).toHaveLength(3);
    expect(progress(element)).toContain('Loaded 3');
  });

  describe('moving to another record on the same component', () => {
    it('clears entries, session, live log and notices of the first record before the second shows', async () => {
      __setLog(liveLog);
      graphql.serve({ [RECORD_A]: openFirstEntry.uiapi.query.ConversationEntry.edges.map((e) => e.node) });
      const element = mount();
      getRecord.emit(sessionActive);
      await settle(10);
      expect(messageTexts(element).length).toBeGreaterThan(1);
      expect(noticeText(element)).toContain('This session is still open');

      graphql.stopServing();
      element.recordId = RECORD_B;
      await flushPromises();
      // Nothing of A: no rows, no live log, no notice; B is loading.
      expect(messageTexts(element)).toEqual([]);
      expect(noticeText(element)).toBe('');
      expect(element.shadowRoot.querySelector('lightning-spinner')).not.toBeNull();

      // A's record and a page of A arrive late: neither is shown on B.
      getRecord.emit(sessionActive);
      graphql.emit(connection(nodes(2, RECORD_A), { hasNextPage: false, endCursor: 'x' }));
      await flushPromises();
      expect(messageTexts(element)).toEqual([]);
      expect(noticeText(element)).toBe('');

      graphql.emit(connection(nodes(2, RECORD_B), { hasNextPage: false, endCursor: 'y' }));
      await settle(5);
      expect(messageTexts(element)).toEqual([`Message 1 of ${RECORD_B}`, `Message 2 of ${RECORD_B}`]);
      expect(
        element.shadowRoot.querySelector('c-transcript-session-header').shadowRoot.textContent
      ).not.toContain('Includes');
    });

    it('clears the search and filter that pointed at the first record’s entries', async () => {
      graphql.serve({ [RECORD_A]: nodes(5, RECORD_A), [RECORD_B]: nodes(4, RECORD_B) });
      const element = mount({ objectApiName: 'VoiceCall' });
      await settle(5);
      const toolbar = element.shadowRoot.querySelector('c-transcript-toolbar');
      toolbar.dispatchEvent(new CustomEvent('searchchange', { detail: { term: 'Message 2' } }));
      toolbar.dispatchEvent(
        new CustomEvent('filterchange', { detail: { kind: 'actor', actorKind: 'Agent' } })
      );
      await flushPromises();
      expect(element.shadowRoot.querySelector('c-transcript-toolbar').searchTerm).toBe('Message 2');

      element.recordId = RECORD_B;
      await settle(5);
      const after = element.shadowRoot.querySelector('c-transcript-toolbar');
      expect(after.searchTerm).toBe('');
      expect(after.hiddenActorKinds).toEqual([]);
      expect(countText(element)).toBe('4 entries');
    });
  });

  it('is accessible while it says entries may be missing', async () => {
    const element = mount({ objectApiName: 'VoiceCall' });
    graphql.emit(connection(nodes(3, RECORD_A), { hasNextPage: false, endCursor: 'c' }, 8));
    await flushPromises();
    expect(shortfall(element)).not.toBe('');
    await expect(element).toBeAccessible();
  });
});
