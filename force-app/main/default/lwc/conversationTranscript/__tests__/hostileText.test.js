/**
 * Hostile text in every text field renders as literal text: no element is ever created from entry data.
 * (The same corpus runs in real Chromium in e2e/, with a page-level trap for executed script.)
 */
import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { recordFigure } from '../../../../../../jest/figures';

const { payloads } = require('../../../../../../e2e/data/xss-payloads.json');

function pageOf(list) {
  const edges = list.map((payload, i) => ({
    node: {
      Id: `0dw${String(i).padStart(15, '0')}`,
      Seq: { value: i + 1 },
      EntryType: { value: 'Text' },
      ActorType: { value: ['EndUser', 'Agent', 'System', 'Bot'][i % 4] },
      ActorName: { value: payload },
      Message: { value: payload },
      MessageStatus: { value: i % 3 === 0 ? 'Error' : 'Sent' },
      MessageStatusCode: { value: payload },
      MessageIdentifier: { value: payload },
      HasAttachments: { value: false },
      EntryTime: { value: '2024-05-14T16:58:02.000Z' }
    }
  }));
  return {
    uiapi: { query: { ConversationEntry: { edges, pageInfo: { hasNextPage: false, endCursor: null } } } }
  };
}

const FORBIDDEN =
  'script, img, svg, iframe, a, object, embed, style, link, meta, base, form, input, video, audio, details, math';

describe('hostile text', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    delete window.__xss;
  });

  it(`renders ${payloads.length} payloads as literal text in messages, names and status codes`, async () => {
    const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
    element.recordId = '0Mw5g000000TestCAI';
    element.height = 0;
    document.body.appendChild(element);
    graphql.emit(pageOf(payloads));
    await new Promise((resolve) => setTimeout(resolve, 0));

    const log = element.shadowRoot.querySelector('c-transcript-log');
    const items = Array.from(log.shadowRoot.querySelectorAll('li[data-entry-id]'));
    expect(items).toHaveLength(payloads.length);
    items.forEach((item, i) => {
      const part = item.querySelector('c-transcript-entry');
      const root = part.shadowRoot;
      expect(root.querySelectorAll(FORBIDDEN)).toHaveLength(0);
      expect(root.querySelector('.transcript-text').textContent).toBe(payloads[i]);
      expect(root.querySelector('.transcript-actor').textContent).toBe(payloads[i]);
    });
    expect(window.__xss).toBeUndefined();
    recordFigure('jest-xss', { payloads: payloads.length });
  });
});

/** Real and hostile values in the fields the component reads (see transcriptModel/__tests__/hostileValues). */
describe('real and hostile values', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const node = (i, fields = {}) => ({
    Id: `0dw00000000000${i}AAA`,
    Seq: { value: i },
    EntryType: { value: 'Text' },
    ActorType: { value: 'EndUser' },
    ActorName: { value: 'Carla Customer' },
    Message: { value: `message ${i}` },
    EntryTime: { value: `2024-05-14T16:5${i}:02.000Z` },
    ...fields
  });
  const pageOfNodes = (nodes) => ({
    uiapi: {
      query: {
        ConversationEntry: {
          edges: nodes.map((n) => ({ node: n })),
          pageInfo: { hasNextPage: false, endCursor: null }
        }
      }
    }
  });
  const rowsOf = (element) =>
    Array.from(
      element.shadowRoot.querySelector('c-transcript-log').shadowRoot.querySelectorAll('li[data-entry-id]')
    );
  const partOf = (row) => row.querySelector('c-transcript-entry').shadowRoot;
  const toolbarOf = (element) => element.shadowRoot.querySelector('c-transcript-toolbar').shadowRoot;
  const statusMessage = (element) =>
    element.shadowRoot.querySelector('.transcript-status-message').textContent.trim();
  let clipboardWrites;

  async function mount(nodes) {
    const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
    element.recordId = '0Mw5g000000TestCAI';
    element.height = 0;
    document.body.appendChild(element);
    graphql.emit(pageOfNodes(nodes));
    await flush();
    return element;
  }

  async function exportAction(element, action) {
    toolbarOf(element)
      .querySelector('lightning-button-menu.transcript-export-menu')
      .dispatchEvent(new CustomEvent('select', { detail: { value: action } }));
    await flush();
  }

  beforeEach(() => {
    clipboardWrites = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: jest.fn((text) => Promise.resolve(clipboardWrites.push(text))) }
    });
  });

  afterEach(() => {
    jest.useRealTimers();
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows every row when one time is at the edge of the Date range; that row alone has no time', async () => {
    const element = await mount([
      node(1),
      node(2, { EntryTime: { value: '+275760-09-13T00:00:00Z' }, EntryTimeMilliSecs: { value: 999 } }),
      node(3)
    ]);
    expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
    const rows = rowsOf(element);
    expect(rows.map((row) => partOf(row).querySelector('.transcript-text').textContent)).toEqual([
      'message 1',
      'message 2',
      'message 3'
    ]);
    expect(rows.map((row) => partOf(row).querySelector('time') !== null)).toEqual([true, false, true]);

    await exportAction(element, 'copy');
    expect(clipboardWrites).toHaveLength(1);
    expect(clipboardWrites[0].trimEnd().split('\n')[1]).toBe('Carla Customer (Customer): message 2');
  });

  it('gives event rows whose EntryType is toString, constructor or __proto__ the generic event icon', async () => {
    const names = ['toString', 'constructor', '__proto__'];
    const element = await mount(names.map((name, i) => node(i + 1, { EntryType: { value: name } })));
    const icons = rowsOf(element).map((row) => partOf(row).querySelector('lightning-icon').iconName);
    expect(icons).toEqual(['utility:event', 'utility:event', 'utility:event']);
  });

  it.each([
    ["don't", 'I don’t know', ['don’t']],
    ['οδος', 'η οδός, ΟΔΟΣ', ['οδός', 'ΟΔΟΣ']]
  ])('counts and highlights "%s" alike in "%s"', async (query, message, marked) => {
    const element = await mount([node(1, { Message: { value: message } })]);
    toolbarOf(element)
      .querySelector('lightning-input.transcript-search')
      .dispatchEvent(new CustomEvent('change', { detail: { value: query } }));
    await flush();
    expect(toolbarOf(element).querySelector('.transcript-search-status').textContent).toBe(
      `1 of ${marked.length}`
    );
    const marks = Array.from(partOf(rowsOf(element)[0]).querySelectorAll('.transcript-match'));
    expect(marks.map((mark) => mark.textContent)).toEqual(marked);
  });

  it('clears "Copied…" by itself after a few seconds', async () => {
    const element = await mount([node(1), node(2)]);
    jest.useFakeTimers();
    exportAction(element, 'copy');
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(statusMessage(element)).toBe('Copied 2 entries to the clipboard.');
    jest.advanceTimersByTime(4000);
    await Promise.resolve();
    expect(statusMessage(element)).toBe('Copied 2 entries to the clipboard.');
    jest.advanceTimersByTime(1500);
    await Promise.resolve();
    expect(statusMessage(element)).toBe('');
  });
});
