import { createElement } from 'lwc';
import TranscriptMessage from 'c/transcriptMessage';
import TranscriptEvent from 'c/transcriptEvent';
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
  ['c-transcript-message', TranscriptMessage, row()],
  [
    'c-transcript-event',
    TranscriptEvent,
    row({ entryType: 'ChatbotEstablished', actorKind: 'System', layout: 'event', message: null })
  ]
])('%s action buttons', (tag, Component, value) => {
  const expected = value.message === null ? ['utility:link'] : ['utility:copy', 'utility:link'];
  let element;

  function mount() {
    element = createElement(tag, { is: Component });
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
