/**
 * The customer's earlier conversations, through the real `@wire(graphql)` against the strict jest
 * stand-in (jest/mocks/graphql.js): one small list query once the session record names the customer,
 * collapsed bookends above this session, an earlier conversation's entries only when the agent expands
 * it, search across what is loaded, and nothing of one record on the next.
 */
import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { __reset as resetToolkit } from 'lightning/conversationToolkitApi';

const sessionEnded = require('./data/sessionEnded.json');

const CUSTOMER = '0PA5g000000Cust1AAA';
const THIS = sessionEnded.id;
const OLD = '0Mw5g000000Old01AAA';
const MID = '0Mw5g000000Mid01AAA';
const NEW = '0Mw5g000000New01AAA';
const OTHER_RECORD = '0Mw5g000000OthrAAA';

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
async function settle(rounds = 30) {
  for (let i = 0; i < rounds; i++) await flushPromises();
}
const squash = (text) => text.replace(/\s+/g, ' ').trim();

function record(id, fields) {
  return {
    ...sessionEnded,
    id,
    fields: {
      ...sessionEnded.fields,
      Name: { value: fields.name, displayValue: null },
      MessagingEndUserId: { value: fields.customer ?? null, displayValue: null }
    }
  };
}

function session(id, name, start, status = 'Ended', customer = CUSTOMER) {
  return {
    __object: 'MessagingSession',
    Id: id,
    Name: { value: name },
    MessagingEndUserId: { value: customer },
    Status: { value: status, displayValue: status },
    ChannelType: { value: 'EmbeddedMessaging', displayValue: 'Embedded Messaging' },
    ChannelName: { value: 'Acme Chat' },
    MessagingChannel: { MasterLabel: { value: 'Acme Chat' }, PlatformType: { value: 'Standard' } },
    StartTime: { value: start },
    EndTime: { value: new Date(Date.parse(start) + 5 * 60_000).toISOString() }
  };
}

function entry(conversationId, i, text) {
  return {
    Id: `0dw${conversationId.slice(3, 12)}${String(i).padStart(6, '0')}`,
    ConversationId: { value: conversationId },
    Seq: { value: i },
    EntryType: { value: 'Text', displayValue: 'Text' },
    ActorType: { value: i % 2 ? 'EndUser' : 'Agent', displayValue: i % 2 ? 'End User' : 'Agent' },
    ActorName: { value: i % 2 ? 'Carla Customer' : 'Alex Agent' },
    Message: { value: text },
    EntryTime: { value: new Date(Date.parse('2024-05-14T16:00:00Z') + i * 1000).toISOString() }
  };
}

const SESSIONS = [
  session(OLD, 'MS-0001', '2024-01-10T10:00:00.000Z'),
  session(NEW, 'MS-0003', '2024-04-01T10:00:00.000Z', 'Error'),
  session(MID, 'MS-0002', '2024-03-01T10:00:00.000Z'),
  session('0Mw5g000000Else1AAA', 'MS-9999', '2024-04-02T10:00:00.000Z', 'Ended', '0PA5g000000OtherAAA')
];
const ENTRIES = {
  [THIS]: [entry(THIS, 1, 'Hello again'), entry(THIS, 2, 'Welcome back')],
  [OLD]: [entry(OLD, 1, 'My parcel is late'), entry(OLD, 2, 'Sorry, refund issued')],
  [MID]: [entry(MID, 1, 'Parcel damaged'), entry(MID, 2, 'Replacement sent')],
  [NEW]: [entry(NEW, 1, 'Where is my parcel?')]
};

function mount(props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: THIS, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  return element;
}

async function open(props = {}, fields = { name: 'MS-0004', customer: CUSTOMER }) {
  graphql.serve(ENTRIES, SESSIONS);
  const element = mount(props);
  getRecord.emit(record(props.recordId ?? THIS, fields));
  await settle();
  return element;
}

const logOf = (element) => element.shadowRoot.querySelector('c-transcript-log');
const rowsOf = (element) =>
  Array.from(logOf(element)?.shadowRoot.querySelectorAll('li.slds-chat-listitem') ?? []);
const bookendOf = (item) => item.querySelector('c-transcript-session-bookend');

/** Every row as a person reads it: "— title —" for a divider, the message text otherwise. */
function timeline(element) {
  return rowsOf(element).map((item) => {
    const bookend = bookendOf(item);
    if (bookend) {
      return `— ${squash(bookend.shadowRoot.querySelector('.transcript-bookend__title').textContent)} —`;
    }
    const part = item.querySelector('c-transcript-entry');
    return squash(part.shadowRoot.querySelector('.transcript-text')?.textContent ?? '');
  });
}

function bookendFacts(element, name) {
  const item = rowsOf(element).find((row) => bookendOf(row)?.shadowRoot.textContent.includes(name));
  return squash(bookendOf(item).shadowRoot.querySelector('.transcript-bookend__facts')?.textContent ?? '');
}

async function toggle(element, name) {
  const item = rowsOf(element).find((row) => bookendOf(row)?.shadowRoot.textContent.includes(name));
  bookendOf(item).shadowRoot.querySelector('button.transcript-bookend__toggle').click();
  await settle();
}

const historyBar = (element) =>
  squash(element.shadowRoot.querySelector('.transcript-history')?.textContent ?? '');
const entryRequests = () =>
  graphql.requests.filter((v) => 'conversationId' in v).map((v) => v.conversationId);
const listRequests = () => graphql.requests.filter((v) => 'customerId' in v);

describe('c-conversation-transcript: earlier conversations with the same customer', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    graphql.stopServing();
    resetToolkit();
    window.location.hash = '';
  });

  it('lists them with one small query by the session’s MessagingEndUserId, newest first, and loads no earlier entry', async () => {
    const element = await open();

    expect(listRequests()).toEqual([{ customerId: CUSTOMER, sessionId: THIS, first: 20, after: null }]);
    expect(entryRequests()).toEqual([THIS]);
    expect(timeline(element)).toEqual([
      '— Earlier conversation MS-0001 —',
      '— Earlier conversation MS-0002 —',
      '— Earlier conversation MS-0003 —',
      '— This conversation MS-0004 —',
      'Hello again',
      'Welcome back'
    ]);
    expect(bookendFacts(element, 'MS-0003')).toBe('Acme Chat · Apr 1, 2024, 3:00 AM · 5:00 long · Error');
    expect(historyBar(element)).toContain('Earlier conversations: 3');
    await expect(element).toBeAccessible();
  });

  it('loads an earlier conversation’s entries only when expanded, with its divider and entry count', async () => {
    const element = await open();

    await toggle(element, 'MS-0002');

    expect(entryRequests()).toEqual([THIS, MID]);
    expect(timeline(element)).toEqual([
      '— Earlier conversation MS-0001 —',
      '— Earlier conversation MS-0002 —',
      'Parcel damaged',
      'Replacement sent',
      '— Earlier conversation MS-0003 —',
      '— This conversation MS-0004 —',
      'Hello again',
      'Welcome back'
    ]);
    expect(bookendFacts(element, 'MS-0002')).toContain('2 entries');

    await toggle(element, 'MS-0002');
    expect(timeline(element)).not.toContain('Parcel damaged');
    await toggle(element, 'MS-0002');
    // Shown again from what was loaded: no second request.
    expect(entryRequests()).toEqual([THIS, MID]);
    expect(timeline(element)).toContain('Parcel damaged');
  });

  describe('links to entries of earlier conversations', () => {
    const replacement = entry(MID, 2, 'Replacement sent');
    const targetRow = (element) =>
      rowsOf(element).find((item) => item.classList.contains('transcript-row_target'));
    const missing = (element) => element.shadowRoot.querySelector('.transcript-link-missing');

    it('a link to an entry of a collapsed conversation expands it and shows the entry', async () => {
      window.location.hash = `#transcript-entry-${replacement.Id}/${MID}`;
      const element = await open();

      expect(entryRequests()).toEqual([THIS, MID]);
      expect(timeline(element)).toContain('Replacement sent');
      expect(targetRow(element)?.dataset.entryId).toBe(replacement.Id);
      expect(missing(element)).toBeNull();
    });

    it('copies a link to an earlier entry that names its conversation, and the link opens it', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: jest.fn(() => Promise.resolve()) }
      });
      const element = await open();
      await toggle(element, 'MS-0002');
      const row = rowsOf(element).find((item) => item.dataset.entryId === replacement.Id);
      const part = row.querySelector('c-transcript-entry');
      part.shadowRoot.querySelector('.transcript-copy-link').click();
      await settle();
      const link = navigator.clipboard.writeText.mock.calls[0][0];
      expect(link).toBe(`${window.location.href.split('#')[0]}#transcript-entry-${replacement.Id}/${MID}`);

      document.body.removeChild(element);
      window.location.hash = new URL(link).hash;
      const reopened = await open();
      expect(targetRow(reopened)?.dataset.entryId).toBe(replacement.Id);
    });

    it('says the entry was not found when the named conversation is not this customer’s, and loads nothing more', async () => {
      window.location.hash = `#transcript-entry-${replacement.Id}/0Mw5g000000Else1AAA`;
      const element = await open();

      expect(entryRequests()).toEqual([THIS]);
      expect(targetRow(element)).toBeUndefined();
      expect(squash(missing(element)?.textContent ?? '')).not.toBe('');
    });
  });

  it('"Load earlier conversation" expands the newest one not shown yet, then the next, one request each', async () => {
    const element = await open();
    const earlier = () => element.shadowRoot.querySelector('lightning-button.transcript-history-earlier');

    earlier().click();
    await settle();
    earlier().click();
    await settle();

    expect(entryRequests()).toEqual([THIS, NEW, MID]);
    expect(timeline(element)).toEqual([
      '— Earlier conversation MS-0001 —',
      '— Earlier conversation MS-0002 —',
      'Parcel damaged',
      'Replacement sent',
      '— Earlier conversation MS-0003 —',
      'Where is my parcel?',
      '— This conversation MS-0004 —',
      'Hello again',
      'Welcome back'
    ]);
  });

  it('searches across the loaded conversations and says which one the match is in', async () => {
    const element = await open();
    await toggle(element, 'MS-0001');
    const toolbar = element.shadowRoot.querySelector('c-transcript-toolbar');
    toolbar.shadowRoot
      .querySelector('lightning-input.transcript-search')
      .dispatchEvent(new CustomEvent('change', { detail: { value: 'refund' } }));
    await settle(3);

    expect(squash(toolbar.shadowRoot.querySelector('.transcript-search-status').textContent)).toContain('1');
    expect(squash(element.shadowRoot.querySelector('.transcript-match-session').textContent)).toBe(
      'Match in: Earlier conversation MS-0001 (Acme Chat · Jan 10, 2024, 2:00 AM · 5:00 long · Ended)'
    );
  });

  it('pages the list by the App Builder limit and lists more with the cursor', async () => {
    const element = await open({ historyLimit: 2 });

    expect(timeline(element).filter((row) => row.startsWith('—'))).toHaveLength(3);
    element.shadowRoot.querySelector('lightning-button.transcript-history-more').click();
    await settle();

    const pages = listRequests();
    expect(pages.map((v) => [v.first, v.after === null])).toEqual([
      [2, true],
      [2, false]
    ]);
    expect(timeline(element).filter((row) => row.startsWith('—'))).toEqual([
      '— Earlier conversation MS-0001 —',
      '— Earlier conversation MS-0002 —',
      '— Earlier conversation MS-0003 —',
      '— This conversation MS-0004 —'
    ]);
  });

  it('asks nothing and shows no bookend when the App Builder property turns it off', async () => {
    const element = await open({ showHistory: false });

    expect(listRequests()).toEqual([]);
    expect(timeline(element)).toEqual(['Hello again', 'Welcome back']);
  });

  it('says so when the session has no end user to find earlier conversations by', async () => {
    const element = await open({}, { name: 'MS-0004', customer: null });

    expect(listRequests()).toEqual([]);
    expect(historyBar(element)).toBe(
      'This session has no messaging end user, so earlier conversations cannot be found.'
    );
  });

  it('exports each entry with its conversation, and "This session only" leaves the earlier ones out', async () => {
    const blobs = [];
    URL.createObjectURL = jest.fn((blob) => `blob:test/${blobs.push(blob)}`);
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const read = (blob) =>
      new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(Buffer.from(reader.result).toString('utf8'));
        reader.readAsArrayBuffer(blob);
      });
    const element = await open();
    await toggle(element, 'MS-0002');
    const menu = element.shadowRoot
      .querySelector('c-transcript-toolbar')
      .shadowRoot.querySelector('lightning-button-menu.transcript-export-menu');
    const select = async (value) => {
      menu.dispatchEvent(new CustomEvent('select', { detail: { value } }));
      await settle(3);
    };

    await select('scope:all');
    await select('csv');
    await select('json');
    await select('scope:session');
    await select('csv');
    click.mockRestore();

    const csvSessions = (text) =>
      text
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',').at(-1));
    const [all, json, only] = await Promise.all(blobs.map(read));
    expect(all.split('\r\n')[0].split(',').at(-1)).toBe('Session');
    expect(csvSessions(all)).toEqual(['MS-0002', 'MS-0002', 'MS-0004', 'MS-0004']);
    expect(JSON.parse(json).entries.map((e) => e.session)).toEqual([
      { id: MID, name: 'MS-0002', current: false },
      { id: MID, name: 'MS-0002', current: false },
      { id: THIS, name: 'MS-0004', current: true },
      { id: THIS, name: 'MS-0004', current: true }
    ]);
    expect(csvSessions(only)).toEqual(['MS-0004', 'MS-0004']);
  });

  it('clears the history of one record before the next record shows', async () => {
    const element = await open();
    await toggle(element, 'MS-0001');
    expect(timeline(element)).toContain('My parcel is late');

    element.recordId = OTHER_RECORD;
    await settle(2);
    expect(timeline(element)).not.toContain('My parcel is late');
    expect(historyBar(element)).toBe('');

    getRecord.emit(record(OTHER_RECORD, { name: 'MS-0100', customer: '0PA5g000000NobodyAA' }));
    await settle();
    expect(historyBar(element)).toBe('No earlier conversations with this customer.');
    expect(rowsOf(element).some((row) => bookendOf(row))).toBe(false);
  });
});
