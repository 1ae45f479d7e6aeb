// The printed lines, slice by slice as the printout is built: who said what, when, and a day heading
// above the first entry of each day only, also where a day starts in an earlier slice.
import { bookendRow, normalizeEntry } from 'c/transcriptModel';
import { PrintLines } from '../printout';

const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2024, 4, 14, 16, 0, 0);

function entry(i, fields = {}) {
  return normalizeEntry({
    Id: `0dw${String(i).padStart(15, '0')}`,
    Seq: { value: i + 1 },
    EntryType: { value: 'Text' },
    ActorType: { value: i % 2 ? 'Agent' : 'EndUser' },
    ActorName: { value: i % 2 ? 'Jason Dewar' : 'Andy Martinez' },
    Message: { value: `message ${i + 1}` },
    EntryTime: { value: new Date(START + i * 60000).toISOString() },
    HasAttachments: { value: false },
    ...fields
  });
}

const settings = { locale: 'en-US', timeZone: 'UTC', now: START + 10 * DAY };

describe('printed lines', () => {
  it('say who said what, when, in order', () => {
    const list = [entry(0), entry(1)];
    const rows = new PrintLines(list, settings).slice(0, 2);
    expect(rows.map((row) => [row.time, row.name, row.text])).toEqual([
      ['4:00 PM', 'Andy Martinez (Customer)', 'message 1'],
      ['4:01 PM', 'Jason Dewar (Agent)', 'message 2']
    ]);
    expect(rows[0].className).toBe('print-row print-row_inbound');
    expect(rows[1].className).toBe('print-row print-row_outbound');
  });

  it('put a day heading above the first entry of each day, across slices', () => {
    const list = [
      entry(0),
      entry(1),
      entry(2, { EntryTime: { value: new Date(START + DAY).toISOString() } }),
      entry(3, { EntryTime: { value: new Date(START + DAY + 60000).toISOString() } })
    ];
    const lines = new PrintLines(list, settings);
    const days = [...lines.slice(0, 1), ...lines.slice(1, 3), ...lines.slice(3, 4)].map((row) => row.day);
    expect(days).toEqual(['Tuesday, May 14, 2024', null, 'Wednesday, May 15, 2024', null]);
  });

  it('name the event and a failed delivery', () => {
    const list = [
      entry(0, { EntryType: { value: 'ChatbotEstablished' }, ActorType: { value: 'Chatbot' } }),
      entry(1, { MessageStatus: { value: 'Error' } })
    ];
    const rows = new PrintLines(list, settings).slice(0, 2);
    expect(rows[0].className).toBe('print-row print-row_event');
    expect(rows[0].text).toMatch(/message 1/);
    expect(rows[0].text).not.toBe('message 1');
    expect(rows[1].text).toMatch(/^message 2 \(.+\)$/);
  });

  it('print a session divider as its name and facts, and start the day of the next session anew', () => {
    const divider = (sessionId, title) =>
      bookendRow({
        sessionId,
        title,
        facts: `Messaging · ${title} facts`,
        current: false,
        expanded: true,
        load: 'loaded',
        failed: false
      });
    const list = [divider('0Mw1', 'MS-1'), entry(0), divider('0Mw2', 'MS-2'), entry(1)];
    const rows = new PrintLines(list, settings).slice(0, 4);
    expect(rows.map((row) => [row.className, row.day, row.time, row.name, row.text])).toEqual([
      ['print-row print-row_bookend', null, '', 'MS-1', 'Messaging · MS-1 facts'],
      [
        'print-row print-row_inbound',
        'Tuesday, May 14, 2024',
        '4:00 PM',
        'Andy Martinez (Customer)',
        'message 1'
      ],
      ['print-row print-row_bookend', null, '', 'MS-2', 'Messaging · MS-2 facts'],
      ['print-row print-row_outbound', 'Tuesday, May 14, 2024', '4:01 PM', 'Jason Dewar (Agent)', 'message 2']
    ]);
  });
});
