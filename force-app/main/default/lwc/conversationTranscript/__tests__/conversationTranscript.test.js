import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { classifyError } from 'c/transcriptModel';
import { recordFigure } from '../../../../../../jest/figures';

const standardChat = require('./data/standardChat.json');
const allEntryTypes = require('./data/allEntryTypes.json');
const pageOne = require('./data/pageOne.json');
const pageTwo = require('./data/pageTwo.json');
const shuffled = require('./data/shuffled.json');
const enhancedBlank = require('./data/enhancedBlank.json');
const empty = require('./data/empty.json');
const accessFieldHidden = require('./data/accessFieldHidden.json');
const accessFieldsHidden = require('./data/accessFieldsHidden.json');
const accessObjectHidden = require('./data/accessObjectHidden.json');
const accessUnsupported = require('./data/accessUnsupported.json');
const accessUnsupportedUiApi = require('./data/accessUnsupportedUiApi.json');
const accessInsufficient = require('./data/accessInsufficient.json');
const errorsUnsupported = accessUnsupported.errors;

const RECORD_ID = '0Mw5g000000TestCAI';

// Figures for the npm test summary: every fault these tests inject (GraphQL errors or malformed pages).
const faultKinds = [];
beforeAll(() => {
  const emitErrors = graphql.emitErrors.bind(graphql);
  jest.spyOn(graphql, 'emitErrors').mockImplementation((errors, ...rest) => {
    faultKinds.push(classifyError(errors).kind);
    return emitErrors(errors, ...rest);
  });
});
afterAll(() => recordFigure('jest-faults', { injected: faultKinds.length, kinds: faultKinds }));

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Delivers a whole wire value, e.g. UI API's `{ data: {}, errors: [...] }` (the stub's emit wraps `data`). */
const emitResponse = (response) => Object.getPrototypeOf(graphql).emit(response);
/** The text the error panel shows as its message. */
const shownMessage = (element) =>
  element.shadowRoot.querySelector('c-error-panel').shadowRoot.querySelector('.error-message').textContent;
const edgesOf = (page) => page.uiapi.query.ConversationEntry.edges;

function mount(props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: RECORD_ID, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  return element;
}

/** Every rendered list item of the log, in DOM order. */
function listItems(element) {
  const log = element.shadowRoot.querySelector('c-transcript-log');
  return log ? Array.from(log.shadowRoot.querySelectorAll('li.slds-chat-listitem')) : [];
}

function partOf(item) {
  return item.querySelector('c-transcript-entry');
}

function textOf(item) {
  const part = partOf(item);
  return part.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
}

function messageTexts(element) {
  return listItems(element)
    .map((item) => partOf(item).shadowRoot.querySelector('.transcript-text'))
    .filter(Boolean)
    .map((node) => node.textContent);
}

describe('c-conversation-transcript', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('data', () => {
    it('shows every entry oldest first, with the real message texts in order', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const expected = edgesOf(standardChat).map((e) => e.node.Message.value);
      expect(messageTexts(element)).toEqual(expected);
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
    });

    it('aligns end users inbound, agents outbound and system entries as events', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const layoutOfActor = { EndUser: 'inbound', Agent: 'outbound', System: 'event' };
      const expected = edgesOf(standardChat).map((e) => layoutOfActor[e.node.ActorType.value]);
      // The fixture has all three, so a log that drops or mislays any kind fails here.
      expect(new Set(expected)).toEqual(new Set(['inbound', 'outbound', 'event']));
      const shown = listItems(element).map((item) =>
        ['inbound', 'outbound', 'event'].filter((layout) =>
          item.classList.contains(`slds-chat-listitem_${layout}`)
        )
      );
      expect(shown).toEqual(expected.map((layout) => [layout]));
    });

    it('labels each message meta "said NAME at TIME" in the user time zone', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const first = partOf(listItems(element)[0]);
      const meta = first.shadowRoot.querySelector('.slds-chat-message__meta');
      // 2024-05-14T16:58:00Z in America/Los_Angeles (the jest i18n default) is 9:58 AM.
      expect(meta.getAttribute('aria-label')).toBe('said Jason Dewar at 9:58 AM');
    });

    it('shows each message status as text in its meta line and the status code of an undelivered one', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const statuses = listItems(element)
        .map((item) => partOf(item).shadowRoot.querySelector('.slds-chat-message__meta .transcript-status'))
        .filter(Boolean);
      expect(statuses.map((status) => status.textContent)).toEqual(
        expect.arrayContaining(['Read', 'Delivered', 'Sent', 'Error: 1404'])
      );
      const error = statuses.find((status) => status.textContent === 'Error: 1404');
      expect(error.classList).toContain('transcript-status_error');
      expect(error.querySelector('lightning-icon').iconName).toBe('utility:error');
      expect(
        listItems(element).some((item) => partOf(item).shadowRoot.querySelector('lightning-badge'))
      ).toBe(false);
      const failure = listItems(element)
        .map((item) =>
          partOf(item).shadowRoot.querySelector('.slds-chat-message__text_delivery-failure-reason')
        )
        .filter(Boolean);
      expect(failure).toHaveLength(1);
      expect(failure[0].textContent).toContain('This message was not delivered.');
    });

    it('flags attachments with accessible text', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const flags = listItems(element)
        .map((item) => partOf(item).shadowRoot.querySelector('.transcript-attachment'))
        .filter(Boolean);
      const withAttachments = edgesOf(standardChat).filter((e) => e.node.HasAttachments.value);
      expect(flags).toHaveLength(withAttachments.length);
      expect(flags[0].alternativeText.toLowerCase()).toContain('attachment');
    });

    it('shows the entry count in the card header', async () => {
      const element = mount();
      graphql.emit(standardChat);
      await flushPromises();

      const count = element.shadowRoot.querySelector('.transcript-count');
      expect(count.textContent).toBe(`${edgesOf(standardChat).length} entries`);
      // The count is of the entries the log shows.
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
    });

    it('gives every entry type a human label, an unknown type its raw value, and every actor type an icon', async () => {
      const element = mount();
      graphql.emit(allEntryTypes);
      await flushPromises();

      const texts = listItems(element).map(textOf);
      for (const label of [
        'Bot joined the conversation',
        'Bot escalated the conversation',
        'Customer opted in to messages',
        'Customer opted out of messages',
        'An admin opted the customer in to messages',
        'An admin opted the customer out of messages',
        'Bot could not join the conversation',
        'Bot closed the idle session',
        'Bot ended the chat',
        'Bot ended the chat because no transfer is configured',
        'Conversation control was lost',
        'Event: ChatbotHandedOffToAgentforce'
      ]) {
        expect(texts.some((t) => t.includes(label))).toBe(true);
      }
      const icons = listItems(element)
        .map((item) => partOf(item).shadowRoot.querySelector('lightning-avatar'))
        .filter(Boolean)
        .map((avatar) => avatar.fallbackIconName);
      expect(new Set(icons)).toEqual(
        new Set([
          'standard:bot',
          'standard:person_account',
          'standard:user',
          'standard:employee',
          'standard:avatar'
        ])
      );
      // The system message is an event row whose line is its text; "System" is for screen readers only.
      const system = listItems(element).find((li) =>
        textOf(li).includes('Session transferred to Widget Support')
      );
      expect(system.classList).toContain('slds-chat-listitem_event');
      const actor = partOf(system).shadowRoot.querySelector('.transcript-actor');
      expect(actor.textContent).toBe('System');
      expect(actor.classList).toContain('slds-assistive-text');
      expect(partOf(system).shadowRoot.querySelector('.transcript-system-text').textContent).toContain(
        'Session transferred to Widget Support'
      );
    });

    it('shows an unknown actor type by its raw name with a neutral icon', async () => {
      const element = mount();
      graphql.emit(allEntryTypes);
      await flushPromises();

      const item = listItems(element).find((li) => textOf(li).includes('Summary drafted.'));
      const part = partOf(item);
      expect(part.shadowRoot.querySelector('lightning-avatar').fallbackIconName).toBe('standard:avatar');
      expect(part.shadowRoot.querySelector('.transcript-actor').textContent).toBe('Agentforce');
      const noActor = listItems(element).find((li) => textOf(li).includes('Entry with no actor type'));
      expect(partOf(noActor).shadowRoot.querySelector('.transcript-actor').textContent).toBe('Participant');
    });

    it('orders shuffled entries by Seq, then received time, then Id, with a missing Seq last', async () => {
      const element = mount();
      graphql.emit(shuffled);
      await flushPromises();

      const bySeq = [...edgesOf(shuffled)]
        .map((e) => e.node)
        .sort((a, b) => {
          const sa = a.Seq.value ?? Infinity;
          const sb = b.Seq.value ?? Infinity;
          return (
            sa - sb ||
            Date.parse(a.ServerReceivedTimestamp.value) - Date.parse(b.ServerReceivedTimestamp.value)
          );
        })
        .map((n) => n.Message.value);
      const shown = listItems(element).map((item) => {
        const text = partOf(item).shadowRoot.querySelector('.transcript-text');
        return text.textContent;
      });
      expect(shown).toEqual(bySeq);
      expect(shown).not.toEqual(edgesOf(shuffled).map((e) => e.node.Message.value));
    });

    it('explains blank messages instead of showing empty bubbles', async () => {
      const element = mount();
      graphql.emit(enhancedBlank);
      await flushPromises();

      const items = listItems(element);
      expect(items).toHaveLength(edgesOf(enhancedBlank).length);
      items.forEach((item) => {
        expect(textOf(item)).toContain('Message text not stored for this channel');
      });
    });
  });

  describe('pagination', () => {
    it('requests the first page by conversation id with variables, never query text', async () => {
      mount();
      await flushPromises();
      const config = graphql.getLastConfig();
      expect(config.variables).toEqual({
        conversationId: RECORD_ID,
        first: 2000,
        after: null,
        upperBound: 50000
      });
    });

    it('requests the next page after endCursor and merges both pages', async () => {
      const element = mount();
      graphql.emit(pageOne);
      await flushPromises();

      expect(graphql.getLastConfig().variables).toEqual({
        conversationId: RECORD_ID,
        first: 2000,
        after: pageOne.uiapi.query.ConversationEntry.pageInfo.endCursor,
        upperBound: 50000
      });
      const progress = element.shadowRoot.querySelector('.transcript-progress');
      expect(progress.textContent).toContain(
        `Loaded ${edgesOf(pageOne).length} of ${pageOne.uiapi.query.ConversationEntry.totalCount} entries`
      );

      graphql.emit(pageTwo);
      await flushPromises();

      const expected = [...edgesOf(pageOne), ...edgesOf(pageTwo)].map((e) => e.node.Message.value);
      expect(messageTexts(element)).toEqual(expected);
      expect(element.shadowRoot.querySelector('.transcript-progress')).toBeNull();
    });

    it('keeps loaded pages when a later page fails, and retries from the failed cursor', async () => {
      const element = mount();
      graphql.emit(pageOne);
      await flushPromises();
      const refresh = jest.fn(() => Promise.resolve());
      graphql.emitErrors([{ message: 'Request timed out' }], undefined, refresh);
      await flushPromises();

      expect(messageTexts(element)).toHaveLength(edgesOf(pageOne).length);
      const panel = element.shadowRoot.querySelector('c-error-panel');
      expect(panel.heading).toBe("Some entries couldn't be loaded");
      expect(panel.friendlyMessage).toBe('The request timed out. Try again.');

      panel.dispatchEvent(new CustomEvent('retry'));
      await flushPromises();
      expect(refresh).toHaveBeenCalledTimes(1);

      graphql.emit(pageTwo);
      await flushPromises();
      const expected = [...edgesOf(pageOne), ...edgesOf(pageTwo)].map((e) => e.node.Message.value);
      expect(messageTexts(element)).toEqual(expected);
      expect(element.shadowRoot.querySelector('c-error-panel')).toBeNull();
    });

    it('stops loading further pages when the user cancels', async () => {
      const element = mount();
      graphql.emit(pageOne);
      await flushPromises();

      element.shadowRoot
        .querySelector('.transcript-progress lightning-button')
        .dispatchEvent(new CustomEvent('click'));
      await flushPromises();
      graphql.emit(pageTwo);
      await flushPromises();

      expect(messageTexts(element)).toHaveLength(edgesOf(pageOne).length);
      expect(element.shadowRoot.querySelector('.transcript-cancelled').textContent).toContain(
        `${edgesOf(pageOne).length} entries`
      );
    });
  });

  describe('states', () => {
    it('shows a spinner until data arrives', async () => {
      const element = mount();
      await flushPromises();
      const spinner = element.shadowRoot.querySelector('lightning-spinner');
      expect(spinner).not.toBeNull();
      expect(spinner.alternativeText).toBe('Loading conversation entries');
    });

    it('explains an empty conversation', async () => {
      const element = mount();
      graphql.emit(empty);
      await flushPromises();

      const emptyState = element.shadowRoot.querySelector('.transcript-empty');
      expect(emptyState.textContent).toContain('No entries yet');
      expect(emptyState.textContent).toContain('Entries are created when the session ends');
      expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
    });

    it.each([
      ['a hidden field (FLS)', accessFieldHidden, "You can't see the field Message on Conversation Entry."],
      [
        'two hidden fields',
        accessFieldsHidden,
        "You can't see these fields on Conversation Entry: ActorName, Message."
      ],
      [
        'no ConversationEntry in the schema',
        accessObjectHidden,
        'Conversation Transcript Viewer permission set'
      ],
      [
        'an unsupported object',
        accessUnsupported,
        "Conversation Entry isn't supported by the User Interface API"
      ]
    ])(
      'shows the specific message for %s, from the real response shape { data: {}, errors }',
      async (_name, response, text) => {
        const element = mount();
        emitResponse(response);
        await flushPromises();

        const panel = element.shadowRoot.querySelector('c-error-panel');
        expect(panel.friendlyMessage).toContain(text);
        expect(shownMessage(element)).toBe(panel.friendlyMessage);
        expect(panel.errors).toEqual(response.errors);
        expect(panel.heading).toBe("The transcript couldn't be loaded");
        expect(listItems(element)).toHaveLength(0);
      }
    );

    it.each([
      ['INSUFFICIENT_ACCESS (HTTP 403)', accessInsufficient, 'Access Conversation Entries user permission'],
      ['INVALID_TYPE (HTTP 400)', accessUnsupportedUiApi, "isn't supported by the User Interface API"],
      ['an errors array', accessObjectHidden.errors, 'Access Conversation Entries user permission']
    ])('shows the specific message for %s delivered as the wire error', async (_name, errors, text) => {
      const element = mount();
      graphql.emitErrors(errors);
      await flushPromises();
      expect(shownMessage(element)).toContain(text);
      expect(shownMessage(element)).toContain('Conversation Transcript Viewer permission set');
    });

    it('shows a field name from the error as text, never as markup', async () => {
      const element = mount();
      const response = JSON.parse(JSON.stringify(accessFieldHidden));
      response.errors[0].message = response.errors[0].message.replace(/Message/g, 'Message__c');
      emitResponse(response);
      await flushPromises();
      expect(shownMessage(element)).toContain('the field Message__c on Conversation Entry');
      const panel = element.shadowRoot.querySelector('c-error-panel');
      expect(panel.shadowRoot.querySelector('.error-message').children).toHaveLength(0);
    });

    it('says how many entries could not be read instead of dropping them silently', async () => {
      const element = mount();
      const broken = JSON.parse(JSON.stringify(standardChat));
      broken.uiapi.query.ConversationEntry.edges.push({ node: null }, { node: { Seq: { value: 99 } } });
      graphql.emit(broken);
      await flushPromises();

      expect(element.shadowRoot.querySelector('.transcript-unreadable').textContent).toContain(
        '2 entries could not be read'
      );
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
    });

    it('reports a malformed response as an error', async () => {
      const element = mount();
      graphql.emit({ uiapi: { query: {} } });
      await flushPromises();
      const panel = element.shadowRoot.querySelector('c-error-panel');
      expect(panel.friendlyMessage).toBe("Salesforce returned a response the transcript couldn't read.");
    });
  });

  describe('accessibility', () => {
    it('is accessible with data', async () => {
      const element = mount();
      graphql.emit(allEntryTypes);
      await flushPromises();
      // Checked with every entry type on screen, not an empty log.
      expect(listItems(element)).toHaveLength(edgesOf(allEntryTypes).length);
      await expect(element).toBeAccessible();
    });

    it('is accessible when empty', async () => {
      const element = mount();
      graphql.emit(empty);
      await flushPromises();
      await expect(element).toBeAccessible();
    });

    it('is accessible with an error', async () => {
      const element = mount();
      graphql.emitErrors(errorsUnsupported);
      await flushPromises();
      await expect(element).toBeAccessible();
    });
  });
});

describe('c-conversation-transcript App Builder properties', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('uses the card title and height set in App Builder', async () => {
    const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
    Object.assign(element, { recordId: '0Mw5g000000TestCAI', cardTitle: 'Chat history', height: 300 });
    document.body.appendChild(element);
    await Promise.resolve();
    graphql.emit(standardChat);
    await Promise.resolve();
    await Promise.resolve();

    expect(element.shadowRoot.querySelector('lightning-card').title).toBe('Chat history');
    expect(element.shadowRoot.querySelector('c-transcript-log').maxHeight).toBe('300px');
  });

  it('grows with the content when the height is 0, and defaults the title', async () => {
    const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
    Object.assign(element, { recordId: '0Mw5g000000TestCAI', cardTitle: '  ', height: 0 });
    document.body.appendChild(element);
    graphql.emit(standardChat);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(element.shadowRoot.querySelector('lightning-card').title).toBe('Conversation Transcript');
    expect(element.shadowRoot.querySelector('c-transcript-log').maxHeight).toBe('');
  });
});
