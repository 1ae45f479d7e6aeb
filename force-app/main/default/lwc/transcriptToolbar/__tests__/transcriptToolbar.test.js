/**
 * The toolbar on its own: what it shows for the state it is given, and the events it raises. It holds
 * no transcript state, so every control must end in an event the container acts on.
 */
import { createElement } from 'lwc';
import TranscriptToolbar from 'c/transcriptToolbar';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(props = {}) {
  const element = createElement('c-transcript-toolbar', { is: TranscriptToolbar });
  Object.assign(element, { shownCount: 40, totalCount: 40, showEvents: true, ...props });
  document.body.appendChild(element);
  await flush();
  return element;
}

function record(element, names) {
  const events = [];
  for (const name of names) {
    element.addEventListener(name, (event) =>
      events.push({ name, detail: event.detail, bubbles: event.bubbles })
    );
  }
  return events;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const status = (element) => $(element, '.transcript-search-status').textContent;

describe('c-transcript-toolbar', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('says nothing before a search, "n of m" during one, and "No matches" when there are none', async () => {
    const element = await mount();
    expect(status(element)).toBe('');
    element.searchTerm = 'order';
    element.matchCount = 1234;
    element.matchIndex = 2;
    await flush();
    expect(status(element)).toBe('3 of 1,234');
    element.matchCount = 0;
    element.matchIndex = -1;
    await flush();
    expect(status(element)).toBe('No matches');
    expect($(element, '.transcript-search-next').disabled).toBe(true);
    expect($(element, '.transcript-search-previous').disabled).toBe(true);
  });

  it('raises searchchange on typing, and searchstep on Enter, Shift+Enter and the arrows', async () => {
    const element = await mount({ searchTerm: 'x', matchCount: 3, matchIndex: 0 });
    const events = record(element, ['searchchange', 'searchstep']);
    const input = $(element, 'lightning-input.transcript-search');
    input.dispatchEvent(new CustomEvent('change', { detail: { value: 'refund' } }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    $(element, '.transcript-search-next').click();
    $(element, '.transcript-search-previous').click();
    expect(events.map((e) => [e.name, e.detail])).toEqual([
      ['searchchange', { term: 'refund' }],
      ['searchstep', { direction: 1 }],
      ['searchstep', { direction: -1 }],
      ['searchstep', { direction: 1 }],
      ['searchstep', { direction: -1 }]
    ]);
    expect(events.every((e) => e.bubbles === false)).toBe(true);
  });

  it('clears the search on Escape in the search box, and lets Escape go on when there is none', async () => {
    const element = await mount({ searchTerm: 'refund', matchCount: 3, matchIndex: 0 });
    const events = record(element, ['searchchange']);
    const input = $(element, 'lightning-input.transcript-search');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(escape);
    expect(events.map((e) => e.detail)).toEqual([{ term: '' }]);
    expect(escape.defaultPrevented).toBe(true);

    element.searchTerm = '';
    await flush();
    const outside = jest.fn();
    element.shadowRoot.addEventListener('keydown', outside);
    const again = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(again);
    expect(events).toHaveLength(1);
    expect(again.defaultPrevented).toBe(false);
    expect(outside).toHaveBeenCalledTimes(1);
  });

  it('shows the filter state in the menu items and raises filterchange for each choice', async () => {
    const element = await mount({ hiddenActorKinds: ['Bot'], showEvents: false });
    const items = Array.from(
      element.shadowRoot.querySelectorAll('.transcript-filter-menu lightning-menu-item')
    );
    expect(items.map((i) => [i.label, i.checked])).toEqual([
      ['Agent', true],
      ['Bot', false],
      ['Customer', true],
      ['Supervisor', true],
      ['System', true],
      ['Show events', false],
      ['Show all entries', undefined]
    ]);
    const events = record(element, ['filterchange']);
    const menu = $(element, 'lightning-button-menu.transcript-filter-menu');
    for (const value of ['actor:Bot', 'actor:Nobody', 'events', 'reset']) {
      menu.dispatchEvent(new CustomEvent('select', { detail: { value } }));
    }
    // One detail shape per event name; an actor type the menu does not offer raises nothing.
    expect(events.map((e) => e.detail)).toEqual([
      { kind: 'actor', actorKind: 'Bot' },
      { kind: 'events' },
      { kind: 'reset' }
    ]);
  });

  it('offers the export scope with counts and raises exportscope and exportaction', async () => {
    const element = await mount({ shownCount: 12, totalCount: 1500, exportScope: 'all' });
    const items = Array.from(
      element.shadowRoot.querySelectorAll('.transcript-export-menu lightning-menu-item')
    );
    expect(items.slice(0, 2).map((i) => [i.label, i.checked])).toEqual([
      ['Entries shown (12)', false],
      ['All entries (1,500)', true]
    ]);
    const events = record(element, ['exportscope', 'exportaction']);
    const menu = $(element, 'lightning-button-menu.transcript-export-menu');
    for (const value of ['scope:shown', 'copy', 'txt', 'csv', 'json', 'print', 'bogus']) {
      menu.dispatchEvent(new CustomEvent('select', { detail: { value } }));
    }
    expect(events.map((e) => [e.name, e.detail])).toEqual([
      ['exportscope', { scope: 'shown' }],
      ['exportaction', { action: 'copy' }],
      ['exportaction', { action: 'txt' }],
      ['exportaction', { action: 'csv' }],
      ['exportaction', { action: 'json' }],
      ['exportaction', { action: 'print' }]
    ]);
  });

  it('offers "This session only" while earlier conversations are loaded, and raises its scope', async () => {
    const scopes = (element) =>
      Array.from(element.shadowRoot.querySelectorAll('.transcript-export-menu lightning-menu-item'))
        .filter((i) => i.value.startsWith('scope:'))
        .map((i) => [i.label, i.checked]);
    const without = await mount({ shownCount: 12, totalCount: 40 });
    expect(scopes(without)).toEqual([
      ['Entries shown (12)', true],
      ['All entries (40)', false]
    ]);

    const element = await mount({
      shownCount: 12,
      totalCount: 1500,
      sessionCount: 21,
      exportScope: 'session'
    });
    expect(scopes(element)).toEqual([
      ['Entries shown (12)', false],
      ['All entries (1,500)', false],
      ['This session only (21)', true]
    ]);
    const events = record(element, ['exportscope']);
    $(element, 'lightning-button-menu.transcript-export-menu').dispatchEvent(
      new CustomEvent('select', { detail: { value: 'scope:session' } })
    );
    expect(events.map((e) => e.detail)).toEqual([{ scope: 'session' }]);
  });

  it('toggles relative time and jumps to the first or latest entry', async () => {
    const element = await mount({ relativeTime: false });
    const events = record(element, ['timemode', 'jump']);
    $(element, '.transcript-time-toggle').click();
    $(element, '.transcript-jump-first').click();
    $(element, '.transcript-jump-latest').click();
    expect(events.map((e) => [e.name, e.detail])).toEqual([
      ['timemode', { relative: true }],
      ['jump', { edge: 'first' }],
      ['jump', { edge: 'last' }]
    ]);
    expect($(element, '.transcript-time-toggle').alternativeText).toBe('Show relative times');
  });

  it('is a labelled group and accessible', async () => {
    const element = await mount({ searchTerm: 'order', matchCount: 3, matchIndex: 0 });
    const group = $(element, '.transcript-toolbar');
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Transcript tools');
    await expect(element).toBeAccessible();
  });
});
