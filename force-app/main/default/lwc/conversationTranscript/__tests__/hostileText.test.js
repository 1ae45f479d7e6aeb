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
      const part = item.querySelector('c-transcript-message, c-transcript-event');
      const root = part.shadowRoot;
      expect(root.querySelectorAll(FORBIDDEN)).toHaveLength(0);
      expect(root.querySelector('.transcript-text').textContent).toBe(payloads[i]);
      expect(root.querySelector('.transcript-actor').textContent).toBe(payloads[i]);
    });
    expect(window.__xss).toBeUndefined();
    recordFigure('jest-xss', { payloads: payloads.length });
  });
});
