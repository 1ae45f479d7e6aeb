import { createElement } from 'lwc';
import ConversationTranscript from 'c/conversationTranscript';
import { graphql } from 'lightning/graphql';
import { getRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import {
  __mock as toolkitLog,
  __reset as resetToolkit,
  __setError,
  __setLog,
  __setMissing,
  __setThrow
} from 'lightning/conversationToolkitApi';

const sessionActive = require('./data/sessionActive.json');
const sessionEnded = require('./data/sessionEnded.json');
const voiceCallRecord = require('./data/voiceCallRecord.json');
const liveLog = require('./data/liveLog.json');
const openFirstEntry = require('./data/openFirstEntry.json');
const standardChat = require('./data/standardChat.json');
const enhancedBlank = require('./data/enhancedBlank.json');
const empty = require('./data/empty.json');

const MS_ID = sessionActive.id;
const VC_ID = voiceCallRecord.id;
const LABEL = {
  open: 'This session is still open',
  enhanced: "Message text isn't stored in Conversation Entry for this channel",
  enhancedWhere:
    'To read the full transcript, an admin can add the standard Enhanced Conversation component to the Messaging Session record page in Lightning App Builder.',
  voiceWhere:
    'To read the call transcript, an admin can add the standard Enhanced Conversation component to the Voice Call record page in Lightning App Builder',
  endedEmpty: 'No conversation entries for this session',
  refresh: 'Refresh transcript',
  genericEmpty: 'No entries yet'
};

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));
const edgesOf = (page) => page.uiapi.query.ConversationEntry.edges;
const squash = (text) => text.replace(/\s+/g, ' ').trim();

function mount(props = {}) {
  const element = createElement('c-conversation-transcript', { is: ConversationTranscript });
  Object.assign(element, { recordId: MS_ID, objectApiName: 'MessagingSession', ...props });
  document.body.appendChild(element);
  return element;
}

const header = (element) => element.shadowRoot.querySelector('c-transcript-session-header');
const noticeHost = (element) => element.shadowRoot.querySelector('c-transcript-notice');

/** The header's facts as a person reads them: "Label: value". */
function headerFacts(element) {
  const root = header(element)?.shadowRoot;
  if (!root) return [];
  const labels = Array.from(root.querySelectorAll('dt')).map((n) => squash(n.textContent));
  const values = Array.from(root.querySelectorAll('dd')).map((n) => squash(n.textContent));
  return labels.map((label, i) => `${label} ${values[i]}`);
}

/** The visible notice text, or '' when none is shown. */
function noticeText(element) {
  const box = noticeHost(element)?.shadowRoot.querySelector('.transcript-notice');
  return box ? squash(box.textContent) : '';
}

function refreshButton(element) {
  return header(element).shadowRoot.querySelector('lightning-button-icon');
}

function listItems(element) {
  const log = element.shadowRoot.querySelector('c-transcript-log');
  return log ? Array.from(log.shadowRoot.querySelectorAll('li.slds-chat-listitem')) : [];
}

function messageTexts(element) {
  return listItems(element)
    .map((item) => item.querySelector('c-transcript-entry').shadowRoot)
    .map((root) => root.querySelector('.transcript-text'))
    .filter(Boolean)
    .map((node) => node.textContent);
}

const spies = [];
/** Counts the GraphQL requests the transcript makes from now on (restored after each test). */
function spyRequests() {
  const spy = jest.spyOn(graphql.prototype, 'update');
  spies.push(spy);
  return spy;
}

function genericEmpty(element) {
  return element.shadowRoot.querySelector('.transcript-empty');
}

describe('c-conversation-transcript: session context', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    spies.splice(0).forEach((spy) => spy.mockRestore());
    jest.clearAllMocks();
    resetToolkit();
  });

  describe('active messaging session', () => {
    it('shows channel, status and start in the header and says entries come when the session ends', async () => {
      const element = mount();
      getRecord.emit(sessionActive);
      graphql.emit(openFirstEntry);
      await flushPromises();

      expect(headerFacts(element)).toEqual([
        'Channel: Acme Support Chat (Embedded Messaging)',
        'Status: Active',
        'Started: May 14, 2024, 9:58 AM'
      ]);
      expect(noticeText(element)).toContain(LABEL.open);
      expect(noticeText(element)).toContain('the first message excepted');
      expect(messageTexts(element)).toEqual([edgesOf(openFirstEntry)[0].node.Message.value]);
      await expect(element).toBeAccessible();
    });

    it('asks getRecord for optional fields only, so a hidden field cannot break it', async () => {
      mount();
      await flushPromises();
      const config = getRecord.getLastConfig();
      expect(config.recordId).toBe(MS_ID);
      expect(config.fields).toBeUndefined();
      expect(config.optionalFields).toEqual(
        expect.arrayContaining(['MessagingSession.Status', 'MessagingSession.MessagingChannel.MasterLabel'])
      );
    });

    it('shows the open notice instead of the generic empty state when nothing is stored yet', async () => {
      const element = mount();
      getRecord.emit(sessionActive);
      graphql.emit(empty);
      await flushPromises();

      expect(noticeText(element)).toContain(LABEL.open);
      expect(genericEmpty(element)).toBeNull();
    });
  });

  describe('ended messaging session', () => {
    it('shows status Ended and the duration, and no lifecycle notice when messages have text', async () => {
      const element = mount();
      getRecord.emit(sessionEnded);
      graphql.emit(standardChat);
      await flushPromises();

      expect(headerFacts(element)).toEqual([
        'Channel: Acme Support Chat (Embedded Messaging)',
        'Status: Ended',
        'Started: May 14, 2024, 9:58 AM',
        'Duration: 17:16'
      ]);
      expect(noticeText(element)).toBe('');
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
      await expect(element).toBeAccessible();
    });

    it('explains blank messages (enhanced channel) and where the full transcript lives, not as an error', async () => {
      const element = mount();
      getRecord.emit(sessionEnded);
      graphql.emit(enhancedBlank);
      await flushPromises();

      const text = noticeText(element);
      expect(text).toContain(LABEL.enhanced);
      expect(text).toContain('Messaging for In-App and Web');
      expect(text).toContain(LABEL.enhancedWhere);
      const box = noticeHost(element).shadowRoot.querySelector('.transcript-notice');
      expect(box.getAttribute('role')).toBe('status');
      expect(element.shadowRoot.querySelector('c-error-panel')).toBeNull();
      expect(listItems(element)).toHaveLength(edgesOf(enhancedBlank).length);
      await expect(element).toBeAccessible();
    });

    it('explains an ended session without rows instead of "No entries yet"', async () => {
      const element = mount();
      getRecord.emit(sessionEnded);
      graphql.emit(empty);
      await flushPromises();

      const text = noticeText(element);
      expect(text).toContain(LABEL.endedEmpty);
      expect(text).toContain(LABEL.enhancedWhere);
      expect(genericEmpty(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('keeps the generic empty state when the session record cannot be read', async () => {
      const element = mount();
      getRecord.error({ status: 403, body: { message: 'insufficient access' } });
      graphql.emit(empty);
      await flushPromises();

      expect(noticeText(element)).toBe('');
      expect(squash(genericEmpty(element).textContent)).toContain(LABEL.genericEmpty);
      expect(headerFacts(element)).toEqual([]);
    });
  });

  describe('refresh', () => {
    it('reloads the entries by itself when the session changes from Active to Ended', async () => {
      const element = mount();
      getRecord.emit(sessionActive);
      graphql.emit(openFirstEntry);
      await flushPromises();
      expect(listItems(element)).toHaveLength(1);
      const requests = spyRequests();

      getRecord.emit(sessionEnded);
      await flushPromises();
      expect(requests).toHaveBeenCalledTimes(1);
      expect(requests.mock.calls[0][0].variables).toMatchObject({ conversationId: MS_ID, after: null });

      graphql.emit(standardChat);
      await flushPromises();
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
      expect(noticeText(element)).toBe('');
      expect(headerFacts(element)).toContain('Status: Ended');
    });

    it('does not reload when the first record it sees is already ended', async () => {
      mount();
      await flushPromises();
      const requests = spyRequests();
      getRecord.emit(sessionEnded);
      getRecord.emit(sessionEnded);
      await flushPromises();
      expect(requests).not.toHaveBeenCalled();
    });

    it('Refresh reloads the entries, the record and the live log', async () => {
      __setLog({ messages: [] });
      const element = mount();
      getRecord.emit(sessionActive);
      graphql.emit(openFirstEntry);
      await flushPromises();
      expect(toolkitLog).toHaveBeenCalledTimes(1);
      const requests = spyRequests();

      const button = refreshButton(element);
      expect(button.alternativeText).toBe(LABEL.refresh);
      expect(button.iconName).toBe('utility:refresh');
      button.click();
      await flushPromises();

      expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: MS_ID }]);
      expect(requests).toHaveBeenCalledTimes(1);
      expect(toolkitLog).toHaveBeenCalledTimes(2);
      graphql.emit(standardChat);
      await flushPromises();
      expect(listItems(element)).toHaveLength(edgesOf(standardChat).length);
    });
  });

  describe('live console log', () => {
    it('merges the console log with the entries: the same message once, live rows counted', async () => {
      __setLog(liveLog);
      const element = mount();
      getRecord.emit(sessionActive);
      graphql.emit(openFirstEntry);
      await flushPromises();
      await flushPromises();

      const unique = [...new Set(liveLog.messages.map((m) => m.content))];
      expect(toolkitLog).toHaveBeenCalledWith(MS_ID);
      expect(messageTexts(element)).toEqual(unique);
      const liveOnly = unique.length - 1; // the first message is also a ConversationEntry
      const live = header(element).shadowRoot.querySelector('.session-live');
      expect(squash(live.textContent)).toBe(`Includes ${liveOnly} from the live conversation log`);
      await expect(element).toBeAccessible();
    });

    it('does not ask the console once the session has ended', async () => {
      __setLog(liveLog);
      mount();
      getRecord.emit(sessionEnded);
      await flushPromises();
      expect(toolkitLog).not.toHaveBeenCalled();
    });

    it('does not ask the console on a voice call', async () => {
      __setLog(liveLog);
      mount({ recordId: VC_ID, objectApiName: 'VoiceCall' });
      getRecord.emit(voiceCallRecord);
      await flushPromises();
      expect(toolkitLog).not.toHaveBeenCalled();
    });

    const fallbacks = {
      'rejects (not a console app)': () => __setError(new Error('Conversation Toolkit is not available')),
      throws: () => __setThrow(new TypeError('boom')),
      'is missing': () => __setMissing(),
      'answers junk': () => __setLog('not a log')
    };
    for (const [name, arrange] of Object.entries(fallbacks)) {
      it(`falls back silently to ConversationEntry alone when the toolkit ${name}`, async () => {
        arrange();
        const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
        const element = mount();
        getRecord.emit(sessionActive);
        graphql.emit(openFirstEntry);
        await flushPromises();
        await flushPromises();

        expect(messageTexts(element)).toEqual([edgesOf(openFirstEntry)[0].node.Message.value]);
        expect(header(element).shadowRoot.querySelector('.session-live')).toBeNull();
        expect(element.shadowRoot.querySelector('c-error-panel')).toBeNull();
        expect(errors).not.toHaveBeenCalled();
        errors.mockRestore();
      });
    }
  });

  describe('voice call', () => {
    it('shows the call type, start and total duration', async () => {
      const element = mount({ recordId: VC_ID, objectApiName: 'VoiceCall' });
      getRecord.emit(voiceCallRecord);
      graphql.emit(standardChat);
      await flushPromises();

      expect(getRecord.getLastConfig().optionalFields).toEqual(
        expect.arrayContaining(['VoiceCall.CallDurationInSeconds', 'VoiceCall.CallType'])
      );
      expect(headerFacts(element)).toEqual([
        'Call type: Inbound',
        'Started: May 14, 2024, 9:00 AM',
        'Duration: 5:07'
      ]);
      await expect(element).toBeAccessible();
    });

    it('explains blank utterances and points to the Voice Call transcript', async () => {
      const element = mount({ recordId: VC_ID, objectApiName: 'VoiceCall' });
      getRecord.emit(voiceCallRecord);
      graphql.emit(enhancedBlank);
      await flushPromises();

      expect(noticeText(element)).toContain("The call transcript isn't stored in Conversation Entry");
      expect(noticeText(element)).toContain(LABEL.voiceWhere);
    });
  });
});
