/** ExportPlan: which entries an export writes, the session column, and what each export action produces. */
import { ExportPlan, exportScopeOf, entryCopyText } from '../exportPlan';
import { LABELS } from 'c/transcriptLabels';
import { conversation, entry } from '../../../../../../jest/modelFixtures';

const RECORD = '0Mw5g000000This1AAA';
const EARLIER = { id: '0Mw5g000000Earl1AAA', name: 'MS-0001' };
const earlierEntries = conversation(2, 'old');
const current = conversation(4);
const source = (fields = {}) => ({
  all: [...earlierEntries, ...current],
  current,
  displayed: current.slice(0, 1),
  earlier: [{ session: EARLIER, entries: earlierEntries }],
  currentSession: { id: RECORD, name: 'MS-0002', current: true },
  ...fields
});
const CONTEXT = {
  recordId: RECORD,
  now: Date.parse('2024-05-14T12:00:00Z'),
  locale: 'en-US',
  timeZone: 'UTC'
};
const ids = (entries) => entries.map((e) => e.id);

describe('ExportPlan', () => {
  it('writes what the filter shows by default, every loaded entry, or this session only', () => {
    const plan = new ExportPlan(LABELS);
    expect(plan.scope).toBe('shown');
    expect(ids(plan.entries(source()))).toEqual(['e1']);
    plan.setScope('all');
    expect(ids(plan.entries(source()))).toEqual(['old1', 'old2', 'e1', 'e2', 'e3', 'e4']);
    plan.setScope('session');
    expect(ids(plan.entries(source()))).toEqual(['e1', 'e2', 'e3', 'e4']);
    plan.setScope('everything');
    expect(plan.scope).toBe('shown');
    expect(exportScopeOf('all')).toBe('all');
  });

  it('offers the session count only while earlier conversations are shown', () => {
    const plan = new ExportPlan(LABELS);
    expect(plan.sessionCount(source())).toBe(4);
    expect(plan.sessionCount(source({ earlier: [] }))).toBeNull();
  });

  it('names the conversation of each exported entry in the session column', () => {
    const sessionOf = new ExportPlan(LABELS).sessionOf(source());
    expect(sessionOf(earlierEntries[0])).toEqual({ id: EARLIER.id, name: 'MS-0001', current: false });
    expect(sessionOf(current[3])).toEqual({ id: RECORD, name: 'MS-0002', current: true });
  });

  it('copies plain text and downloads .txt, .csv and .json files named after the record and day', () => {
    const plan = new ExportPlan(LABELS);
    plan.setScope('all');
    const copy = plan.job('copy', source(), CONTEXT);
    expect(copy.kind).toBe('copy');
    expect(copy.status(true)).toBe('Copied 6 entries to the clipboard.');
    expect(copy.text.trimEnd().split('\n')).toHaveLength(6);
    expect(copy.text).toContain('question 2');
    const txt = plan.job('txt', source(), CONTEXT);
    expect(txt).toMatchObject({
      kind: 'download',
      fileName: `conversation-${RECORD}-2024-05-14.txt`,
      mimeType: 'text/plain'
    });
    expect(txt.content).toBe(copy.text);
    expect(txt.status(true)).toBe(`Downloading conversation-${RECORD}-2024-05-14.txt.`);
    const csv = plan.job('csv', source(), CONTEXT);
    expect(csv).toMatchObject({
      fileName: `conversation-${RECORD}-2024-05-14.csv`,
      mimeType: 'application/octet-stream'
    });
    const sessionColumn = csv.content
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((row) => row.split(',').pop());
    expect(sessionColumn).toEqual(['MS-0001', 'MS-0001', 'MS-0002', 'MS-0002', 'MS-0002', 'MS-0002']);
    const jsonJob = plan.job('json', source(), CONTEXT);
    expect(jsonJob).toMatchObject({
      kind: 'download',
      fileName: `conversation-${RECORD}-2024-05-14.json`,
      mimeType: 'application/json'
    });
    const json = JSON.parse(jsonJob.content);
    expect(json.entries.map((e) => e.session.id)).toEqual([
      EARLIER.id,
      EARLIER.id,
      RECORD,
      RECORD,
      RECORD,
      RECORD
    ]);
    expect(plan.job('print', source(), CONTEXT)).toEqual({ kind: 'print' });
  });

  it('says what was copied or downloaded, and when the clipboard refused', () => {
    const plan = new ExportPlan(LABELS);
    expect(plan.copiedText(true, 1200, 'en-US')).toBe('Copied 1,200 entries to the clipboard.');
    expect(plan.copiedText(false, 3, 'en-US')).toMatch(/^Couldn't copy/);
  });

  it('copies a link to one entry or its text (the type label when it has no message)', () => {
    const plan = new ExportPlan(LABELS);
    const url = 'https://acme.lightning.force.com/lightning/r/MessagingSession/X/view';
    const link = plan.entryJob('copy-link', entry('0dw1'), url);
    expect(link.kind).toBe('copy');
    expect(link.text).toBe(`${url}#transcript-entry-0dw1`);
    expect(link.status(true)).toBe('Link to the entry copied.');
    const text = plan.entryJob('copy-text', entry('0dw1', { message: 'Hello' }), url);
    expect(text.text).toBe('Hello');
    expect(text.status(true)).toBe('Entry text copied.');
    expect(text.status(false)).toMatch(/^Couldn't copy/);
    const event = entry('0dw2', { entryType: 'BotEscalated', layout: 'event', message: null });
    expect(plan.entryJob('copy-text', event, url).text).toBe(entryCopyText(event, LABELS));
    expect(entryCopyText(event, LABELS)).toBe('Bot escalated the conversation');
  });
});
