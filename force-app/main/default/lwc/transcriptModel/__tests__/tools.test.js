/** TranscriptTools: the filter and search state of the agent tools; toolShortcut: their keyboard shortcuts. */
import { TranscriptTools, isKnownActorType, toolShortcut } from '../tools';
import { LABELS } from 'c/transcriptLabels';
import { conversation } from '../../../../../../jest/modelFixtures';

const ENTRIES = conversation(10);
const source = (fields = {}) => ({
  entries: ENTRIES,
  hideEventsOnLoad: false,
  newestFirst: false,
  ...fields
});
const ids = (entries) => entries.map((entry) => entry.id);

describe('TranscriptTools filter', () => {
  it('shows every entry in time order, or newest first, until something is hidden', () => {
    const tools = new TranscriptTools(LABELS);
    expect(ids(tools.displayed(source()))).toEqual(ids(ENTRIES));
    expect(ids(tools.displayed(source({ newestFirst: true })))).toEqual(ids(ENTRIES).reverse());
  });

  it('hides and shows an actor type again', () => {
    const tools = new TranscriptTools(LABELS);
    tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, source());
    expect(tools.hiddenActorKinds).toEqual(['EndUser']);
    expect(ids(tools.displayed(source()))).toEqual(['e1', 'e3', 'e5', 'e7', 'e9', 'e10']);
    tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, source());
    expect(tools.hiddenActorKinds).toEqual([]);
    expect(tools.displayed(source())).toHaveLength(10);
  });

  it('shows one of two hidden actor types again, keeping the other hidden', () => {
    const tools = new TranscriptTools(LABELS);
    tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, source());
    tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, source());
    expect(tools.hiddenActorKinds).toEqual(['EndUser', 'Agent']);
    tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, source());
    expect(tools.hiddenActorKinds).toEqual(['Agent']);
    expect(ids(tools.displayed(source()))).toEqual(['e2', 'e4', 'e5', 'e6', 'e8', 'e10']);
  });

  it('ignores an actor type the menu does not offer', () => {
    const tools = new TranscriptTools(LABELS);
    tools.changeFilter({ kind: 'actor', actorKind: 'Nobody' }, source());
    expect(tools.hiddenActorKinds).toEqual([]);
    expect(isKnownActorType('Bot')).toBe(true);
    expect(isKnownActorType('Unknown')).toBe(false);
  });

  it('starts with events hidden when the App Builder says so, and toggles them', () => {
    const tools = new TranscriptTools(LABELS);
    const hidden = source({ hideEventsOnLoad: true });
    expect(tools.showEvents(true)).toBe(false);
    expect(ids(tools.displayed(hidden))).not.toContain('e5');
    tools.changeFilter({ kind: 'events' }, hidden);
    expect(tools.showEvents(true)).toBe(true);
    expect(ids(tools.displayed(hidden))).toContain('e5');
    tools.changeFilter({ kind: 'events' }, hidden);
    expect(ids(tools.displayed(hidden))).not.toContain('e5');
  });

  it('shows everything again on reset, events included even when hidden on load', () => {
    const tools = new TranscriptTools(LABELS);
    tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, source({ hideEventsOnLoad: true }));
    tools.changeFilter({ kind: 'reset' }, source({ hideEventsOnLoad: true }));
    expect(tools.displayed(source({ hideEventsOnLoad: true }))).toHaveLength(10);
    expect(tools.filter(true)).toEqual({ hiddenActorKinds: new Set(), showEvents: true });
  });

  it('filters once per change of entries or filter', () => {
    const tools = new TranscriptTools(LABELS);
    tools.changeFilter({ kind: 'actor', actorKind: 'EndUser' }, source());
    const first = tools.displayed(source());
    expect(tools.displayed(source())).toBe(first);
    expect(tools.displayed(source({ entries: ENTRIES.slice(0, 4) }))).not.toBe(first);
  });
});

describe('TranscriptTools search', () => {
  it('finds matches over the displayed entries in display order, the first one current', () => {
    const tools = new TranscriptTools(LABELS);
    const first = tools.search('question', source({ newestFirst: true }));
    expect(first.entryId).toBe('e8');
    expect([...tools.matches(source({ newestFirst: true }))].map((match) => match.entryId)).toEqual([
      'e8',
      'e6',
      'e4',
      'e2'
    ]);
    expect(tools.searchTerm).toBe('question');
    expect(tools.matchIndex).toBe(0);
  });

  it('starts with no search term and no current match', () => {
    const tools = new TranscriptTools(LABELS);
    expect([tools.searchTerm, tools.matchIndex]).toEqual(['', -1]);
    expect(tools.matches(source())).toHaveLength(0);
    expect(tools.currentMatch(source())).toBeNull();
  });

  it('searches once per change of term or displayed entries', () => {
    const tools = new TranscriptTools(LABELS);
    tools.search('question', source());
    const first = tools.matches(source());
    expect(first).toHaveLength(4);
    expect(tools.matches(source())).toBe(first);
    tools.search('answer', source());
    const answers = tools.matches(source());
    expect(answers).not.toBe(first);
    expect(tools.matches(source())).toBe(answers);
    const fewer = tools.matches(source({ entries: ENTRIES.slice(0, 4) }));
    expect(fewer).not.toBe(answers);
    expect(fewer.length).toBeLessThan(answers.length);
  });

  it('steps through matches and wraps around', () => {
    const tools = new TranscriptTools(LABELS);
    tools.search('question', source());
    expect(tools.step(1, source()).entryId).toBe('e4');
    expect(tools.step(-1, source()).entryId).toBe('e2');
    expect(tools.step(-1, source()).entryId).toBe('e8');
    expect(tools.step(1, source()).entryId).toBe('e2');
  });

  it('has no match (and no current one) for a blank or absent term', () => {
    const tools = new TranscriptTools(LABELS);
    expect(tools.search('   ', source())).toBeNull();
    expect(tools.matchIndex).toBe(-1);
    expect(tools.search('nowhere to be found', source())).toBeNull();
    expect(tools.currentMatch(source())).toBeNull();
  });

  it('restarts at the first match when the filter changes, and searches only what is shown', () => {
    const tools = new TranscriptTools(LABELS);
    tools.search('answer', source());
    tools.step(1, source());
    tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, source());
    expect(tools.matchIndex).toBe(-1);
    tools.changeFilter({ kind: 'reset' }, source());
    expect(tools.matchIndex).toBe(0);
  });

  it('keeps the current match inside the matches when the entries shrink', () => {
    const tools = new TranscriptTools(LABELS);
    tools.search('question', source());
    tools.step(1, source());
    tools.step(1, source());
    expect(tools.matchIndex).toBe(2);
    tools.clampMatch(source());
    expect(tools.matchIndex).toBe(2);
    const fewer = source({ entries: ENTRIES.slice(0, 4) });
    tools.clampMatch(fewer);
    expect(tools.matchIndex).toBe(0);
    tools.clampMatch(source({ entries: [] }));
    expect(tools.matchIndex).toBe(-1);
  });

  it('forgets filter and search on reset', () => {
    const tools = new TranscriptTools(LABELS);
    tools.search('question', source());
    tools.changeFilter({ kind: 'actor', actorKind: 'Agent' }, source());
    tools.reset();
    expect([tools.searchTerm, tools.matchIndex, tools.hiddenActorKinds]).toEqual(['', -1, []]);
    expect(tools.showEvents(true)).toBe(false);
  });
});

describe('toolShortcut', () => {
  const press = (key, fields = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    typing: false,
    ...fields
  });

  it('finds with Ctrl+F, Cmd+F and "/" outside a text field; prints with Ctrl+P and Cmd+P', () => {
    expect(toolShortcut(press('f', { ctrlKey: true }))).toBe('find');
    expect(toolShortcut(press('F', { metaKey: true }))).toBe('find');
    expect(toolShortcut(press('/'))).toBe('find');
    expect(toolShortcut(press('f', { ctrlKey: true, typing: true }))).toBe('find');
    expect(toolShortcut(press('p', { ctrlKey: true }))).toBe('print');
    expect(toolShortcut(press('P', { metaKey: true }))).toBe('print');
  });

  it('leaves typing, Alt combinations and plain letters alone', () => {
    expect(toolShortcut(press('/', { typing: true }))).toBeNull();
    expect(toolShortcut(press('f', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(toolShortcut(press('p', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(toolShortcut(press('f'))).toBeNull();
    expect(toolShortcut(press('p'))).toBeNull();
    expect(toolShortcut(press('x', { ctrlKey: true }))).toBeNull();
    expect(toolShortcut(press('c', { metaKey: true }))).toBeNull();
  });
});
