import { actorTypeLabel, entryCountText, entryTypeLabel, fillTemplate, statusLabel } from '../display';
import { LABELS } from 'c/transcriptLabels';

// What a row shows when a label is missing, or when a raw value from the record looks like a label name.
describe('display rules at their edges', () => {
  it('shows the raw value, never "undefined", when a record value has no label of its own', () => {
    // The labels named after record values (actor types, entry types, statuses) are missing; the fixed
    // ones (Entry_Unknown, Status_Error, …) are there, as a LabelSet always has them.
    const fixed = new Set(['Entry_Unknown', 'Entry_Missing_Type', 'Status_Error', 'Status_Error_Code']);
    const none = Object.fromEntries(
      Object.entries(LABELS).filter(([name]) => fixed.has(name) || !/^(Actor|Entry|Status)_/.test(name))
    );
    expect(entryCountText(1, 'en-US', none)).toBe(LABELS.Transcript_Entry_Count_One);
    expect(entryTypeLabel('', none)).toBe(LABELS.Entry_Missing_Type);
    expect(entryTypeLabel('Text', none)).toBe('Text');
    expect(entryTypeLabel('ChatbotHandedOff', none)).toBe('Event: ChatbotHandedOff');
    expect(actorTypeLabel('Supervisor', none)).toBe('Supervisor');
    expect(statusLabel('Error', '1404', none)).toBe(fillTemplate(LABELS.Status_Error_Code, '1404'));
    expect(statusLabel('Error', null, none)).toBe(LABELS.Status_Error);
    expect(statusLabel('Delivered', null, none)).toBe('Delivered');
    expect(statusLabel(null, null, LABELS)).toBeNull();
    expect(statusLabel(null, '1404', LABELS)).toBeNull();
  });

  it('shows each known status and entry type in the language of its labels', () => {
    const french = { Status_Sent: 'Envoyé', Status_Read: 'Lu', Entry_Text: 'Texte' };
    expect(statusLabel('Sent', null, french)).toBe('Envoyé');
    expect(statusLabel('Read', null, french)).toBe('Lu');
    expect(entryTypeLabel('Text', french)).toBe('Texte');
  });

  it('labels each actor type with its own label', () => {
    expect(actorTypeLabel('Agent', LABELS)).toBe(LABELS.Actor_Agent);
    expect(actorTypeLabel('EndUser', LABELS)).toBe('Customer');
  });

  it('shows an unknown entry type or status raw even when it matches the name of another label', () => {
    // Entry_Actions, Entry_Unknown, Status_Label and Status_Error_Code are labels, but not of an entry type
    // or a status: a record's raw value must not pick them up.
    expect(entryTypeLabel('Actions', LABELS)).toBe('Event: Actions');
    expect(entryTypeLabel('Unknown', LABELS)).toBe('Event: Unknown');
    expect(statusLabel('Label', null, LABELS)).toBe('Label');
    expect(statusLabel('Error_Code', null, LABELS)).toBe('Error_Code');
  });

  it('fills placeholders with more than one digit, and every occurrence', () => {
    const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    expect(fillTemplate('{10}-{1}-{10}', ...values)).toBe('k-b-k');
    expect(fillTemplate('{x} {0}', 'a')).toBe('{x} a');
  });
});
