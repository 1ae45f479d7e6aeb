import {
  actorDisplayName,
  actorIcon,
  entryTypeLabel,
  statusLabel,
  fillTemplate,
  eventIcon,
  entryCountText
} from '../display';
import { normalizeEntry } from '../normalize';
import { ENTRY_TYPES, ACTOR_TYPES } from '../types';
import { LABELS } from 'c/transcriptLabels';

const entry = (fields) =>
  normalizeEntry({ Id: 'x', EntryType: { value: 'Text' }, HasAttachments: { value: false }, ...fields });

describe('display rules', () => {
  it('gives each of the 12 entry types its own label', () => {
    const labels = ENTRY_TYPES.map((type) => entryTypeLabel(type, LABELS));
    expect(new Set(labels).size).toBe(12);
    labels.forEach((label) => expect(label).not.toMatch(/^Event:/));
  });

  it('shows an unknown entry type by its raw value and a missing one as Event', () => {
    expect(entryTypeLabel('ChatbotHandedOff', LABELS)).toBe('Event: ChatbotHandedOff');
    expect(entryTypeLabel('', LABELS)).toBe('Event');
  });

  it('gives each actor type its own icon and unknown a neutral one', () => {
    const icons = [...ACTOR_TYPES, 'Unknown'].map((kind) => actorIcon(kind));
    expect(new Set(icons).size).toBe(6);
    expect(actorIcon('Unknown')).toBe('standard:avatar');
  });

  it('uses ActorName, else the raw unknown type, else the type label', () => {
    expect(
      actorDisplayName(entry({ ActorType: { value: 'Agent' }, ActorName: { value: 'Ann' } }), LABELS)
    ).toBe('Ann');
    expect(actorDisplayName(entry({ ActorType: { value: 'EndUser' } }), LABELS)).toBe('Customer');
    expect(actorDisplayName(entry({ ActorType: { value: 'AiAgent' } }), LABELS)).toBe('AiAgent');
    expect(actorDisplayName(entry({ ActorType: null }), LABELS)).toBe('Participant');
  });

  it('labels every status, with the code on errors', () => {
    expect(['Pending', 'Sent', 'Delivered', 'Read'].map((s) => statusLabel(s, null, LABELS))).toEqual([
      'Pending',
      'Sent',
      'Delivered',
      'Read'
    ]);
    expect(statusLabel('Error', '1404', LABELS)).toBe('Error: 1404');
    expect(statusLabel('Error', null, LABELS)).toBe('Error');
    expect(statusLabel('Queued', null, LABELS)).toBe('Queued');
    expect(statusLabel(null, null, LABELS)).toBeNull();
  });

  it('has an icon for every event type and a fallback', () => {
    ENTRY_TYPES.forEach((type) => expect(eventIcon(type)).toMatch(/^utility:/));
    expect(eventIcon('New')).toBe('utility:event');
  });

  it('fills templates as text', () => {
    expect(fillTemplate('said {0} at {1}', '<b>x</b>', '9:58')).toBe('said <b>x</b> at 9:58');
    expect(fillTemplate('{0} {2}', 'a')).toBe('a {2}');
  });

  it('counts entries in the user locale, singular for one', () => {
    expect(entryCountText(1, 'en-US', LABELS)).toBe('1 entry');
    expect(entryCountText(0, 'en-US', LABELS)).toBe('0 entries');
    expect(entryCountText(7512, 'en-US', LABELS)).toBe('7,512 entries');
    expect(entryCountText(7512, 'de-DE', LABELS)).toBe('7.512 entries');
  });
});
