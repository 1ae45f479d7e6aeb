import { createElement } from 'lwc';
import TranscriptEntry from 'c/transcriptEntry';
import { entry } from '../../../../../../jest/modelFixtures';

const row = (overrides = {}) =>
  entry('0Ed000000000001AAA', {
    seq: 1,
    actorType: 'EndUser',
    actorKind: 'EndUser',
    actorName: 'Carla Customer',
    layout: 'inbound',
    message: 'Where is my order?',
    entryTime: Date.UTC(2026, 0, 5, 10, 0),
    ...overrides
  });

const flush = () => Promise.resolve();

/** The icon names drawn in the row's action buttons, in order. */
const actionIcons = (element) =>
  Array.from(element.shadowRoot.querySelectorAll('.transcript-entry-actions button')).map(
    (button) => button.querySelector('lightning-icon')?.iconName ?? null
  );

function pointer(canHover) {
  window.matchMedia = jest.fn((query) => ({
    matches: query === '(hover: hover)' ? canHover : false,
    media: query,
    addEventListener() {},
    removeEventListener() {}
  }));
}

describe.each([
  ['a message', row()],
  ['an event', row({ entryType: 'ChatbotEstablished', actorKind: 'System', layout: 'event', message: null })]
])('action buttons of %s', (kind, value) => {
  const expected = value.message === null ? ['utility:link'] : ['utility:copy', 'utility:link'];
  let element;

  function mount() {
    element = createElement('c-transcript-entry', { is: TranscriptEntry });
    element.entry = value;
    element.timeText = '10:00 AM';
    document.body.appendChild(element);
    return flush();
  }

  afterEach(() => {
    element?.remove();
    delete window.matchMedia;
  });

  it('shows their icons from the start where the pointer cannot hover (touch screens)', async () => {
    pointer(false);
    await mount();
    expect(actionIcons(element)).toEqual(expected);
  });

  it('draws their icons when the row is first hovered, where the pointer can hover', async () => {
    pointer(true);
    await mount();
    // The buttons are there (named for screen readers) while their icons wait for the row's hover.
    expect(actionIcons(element)).toEqual(expected.map(() => null));
    element.dispatchEvent(new CustomEvent('mouseenter'));
    await flush();
    expect(actionIcons(element)).toEqual(expected);
  });

  it('draws their icons when an action gets keyboard focus', async () => {
    pointer(true);
    await mount();
    element.shadowRoot
      .querySelector('.transcript-copy-link')
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await flush();
    expect(actionIcons(element)).toEqual(expected);
  });
});

describe('c-transcript-entry shapes', () => {
  let element;

  function mount(value) {
    element = createElement('c-transcript-entry', { is: TranscriptEntry });
    element.entry = value;
    element.timeText = '10:00 AM';
    element.timeIso = '2026-01-05T10:00:00.000Z';
    document.body.appendChild(element);
    return flush();
  }

  /** The visible texts of the row's name/meta line, in order (the action buttons' names left out). */
  const lineTexts = () =>
    Array.from(
      element.shadowRoot.querySelectorAll(
        '.transcript-actor, .transcript-actor-type, .transcript-event-label, .transcript-system-text, time, .transcript-duration, .transcript-status, .transcript-source'
      )
    ).map((node) => node.textContent.trim());

  afterEach(() => element?.remove());

  it('writes a message as a bubble: its text, then name, type, time, duration, status and source', async () => {
    await mount(
      row({
        clientDuration: 12000,
        messageStatus: 'Read',
        source: 'live',
        actorKind: 'Agent',
        layout: 'outbound'
      })
    );
    expect(element.shadowRoot.querySelector('.slds-chat-message .slds-chat-message__text').textContent).toBe(
      'Where is my order?'
    );
    expect(element.shadowRoot.querySelector('.slds-chat-event')).toBeNull();
    expect(lineTexts()).toEqual(['Carla Customer', '(Agent)', '10:00 AM', 'Duration 0:12', 'Read', 'Live']);
    expect(element.shadowRoot.querySelector('.slds-chat-message__meta').getAttribute('aria-label')).toBe(
      'said Carla Customer at 10:00 AM'
    );
  });

  it('writes an event as one line with the same meta parts, and its own text under it', async () => {
    await mount(
      row({
        entryType: 'EndUserOptedOut',
        layout: 'event',
        message: 'STOP',
        clientDuration: 12000,
        messageStatus: 'Read',
        source: 'live'
      })
    );
    expect(element.shadowRoot.querySelector('.slds-chat-message')).toBeNull();
    expect(lineTexts()).toEqual([
      'Carla Customer',
      'Customer opted out of messages',
      '10:00 AM',
      'Duration 0:12',
      'Live'
    ]);
    expect(element.shadowRoot.querySelector('.transcript-event-line').hasAttribute('aria-label')).toBe(false);
    expect(element.shadowRoot.querySelector('.slds-chat-event__agent-message').textContent).toBe('STOP');
    expect(element.shadowRoot.querySelector('.transcript-attachment')).toBeNull();
  });

  it('writes a system message as an event line whose text is the event', async () => {
    await mount(row({ actorKind: 'System', actorType: 'System', actorName: null, layout: 'event' }));
    expect(lineTexts()).toEqual(['System', 'Where is my order?', '10:00 AM']);
    expect(element.shadowRoot.querySelector('.transcript-actor').classList).toContain('slds-assistive-text');
    expect(element.shadowRoot.querySelector('.slds-chat-event__agent-message')).toBeNull();
  });

  it('redraws in the other shape when the entry it shows changes kind', async () => {
    await mount(row());
    element.entry = row({ entryType: 'ChatbotEstablished', layout: 'event', message: null });
    await flush();
    expect(element.shadowRoot.querySelector('.slds-chat-message')).toBeNull();
    expect(element.shadowRoot.querySelector('.slds-chat-event .transcript-event-label')).not.toBeNull();
  });

  it('is accessible in both shapes', async () => {
    await mount(row({ messageStatus: 'Error', messageStatusCode: '4001', hasAttachments: true }));
    await expect(element).toBeAccessible();
    element.entry = row({ entryType: 'EndUserOptedOut', layout: 'event', message: 'STOP' });
    await flush();
    await expect(element).toBeAccessible();
  });
});
