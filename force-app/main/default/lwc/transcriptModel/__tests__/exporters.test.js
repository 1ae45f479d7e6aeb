import { toPlainText, toCsv, toJson, exportFileName, CSV_HEADERS } from '../exporters';
import { normalizeEntry, normalizePage } from '../normalize';
import { LABELS } from 'c/transcriptLabels';
import standardChat from '../../conversationTranscript/__tests__/data/standardChat.json';

const OPTIONS = { labels: LABELS, locale: 'en-US', timeZone: 'UTC' };
const BOM = '\uFEFF';
const AT = '2024-05-14T16:58:00.000Z';

// Some ICU versions put a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (text) => text.replace(/[\u202f\u00a0]/g, ' ');

const entry = (fields) =>
  normalizeEntry({
    Id: '0dw000000000001AAA',
    Seq: { value: 1 },
    EntryType: { value: 'Text' },
    ActorType: { value: 'Agent' },
    ActorName: { value: 'Jason Dewar' },
    HasAttachments: { value: false },
    EntryTime: { value: AT },
    ...fields
  });

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF records) to check the output reads back. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const csvRows = (entries) => parseCsv(toCsv(entries).slice(1));
const column = (name) => CSV_HEADERS.indexOf(name);

describe('toCsv', () => {
  it('starts with a BOM and the header row in API-name order', () => {
    const csv = toCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(
      BOM +
        'Id,Seq,EntryType,ActorType,ActorName,ActorId,Message,MessageStatus,MessageStatusCode,' +
        'MessageIdentifier,HasAttachments,EntryTime,EntryEndTime,ClientTimestamp,ClientDuration,' +
        'ServerReceivedTimestamp,MessageSendTime,MessageDeliverTime,MessageReadTime,Session\r\n'
    );
  });

  it('writes every field, times as ISO-8601 UTC with milliseconds, nulls as empty cells', () => {
    const full = entry({
      ActorId: { value: '0055g00000AgentAAA' },
      Message: { value: 'Hi!' },
      MessageStatus: { value: 'Error' },
      MessageStatusCode: { value: '1404' },
      MessageIdentifier: { value: 'msg-1' },
      HasAttachments: { value: true },
      EntryTime: { value: '2024-05-14T16:58:00.000Z' },
      EntryTimeMilliSecs: { value: 123 },
      EntryEndTime: { value: '2024-05-14T16:59:00Z' },
      ClientTimestamp: { value: '2024-05-14T16:57:59.5Z' },
      ClientDuration: { value: 1500 },
      ServerReceivedTimestamp: { value: '2024-05-14T16:58:00.200Z' },
      MessageSendTime: { value: '2024-05-14T16:58:01.000Z' },
      MessageDeliverTime: { value: '2024-05-14T16:58:02.000Z' },
      MessageReadTime: { value: '2024-05-14T16:58:03.000Z' }
    });
    const empty = normalizeEntry({ Id: '0dw000000000002AAA' });
    const csv = toCsv([full, empty]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '0dw000000000001AAA,1,Text,Agent,Jason Dewar,0055g00000AgentAAA,Hi!,Error,1404,msg-1,true,' +
        '2024-05-14T16:58:00.123Z,2024-05-14T16:59:00.000Z,2024-05-14T16:57:59.500Z,1500,' +
        '2024-05-14T16:58:00.200Z,2024-05-14T16:58:01.000Z,2024-05-14T16:58:02.000Z,2024-05-14T16:58:03.000Z,'
    );
    expect(lines[2]).toBe('0dw000000000002AAA,,,,,,,,,,false' + ','.repeat(9));
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
    csvRows([full, empty]).forEach((row) => expect(row).toHaveLength(CSV_HEADERS.length));
  });

  it('quotes fields with commas, quotes, CR and LF, doubling quotes', () => {
    const messages = [
      'one, two',
      'she said "hi"',
      'line 1\nline 2',
      'line 1\r\nline 2',
      'carriage\rreturn',
      'plain'
    ];
    const entries = messages.map((text, i) =>
      entry({ Id: `0dw00000000000${i}AAA`, Message: { value: text } })
    );
    const lines = toCsv(entries);
    expect(lines).toContain(',"one, two",');
    expect(lines).toContain(',"she said ""hi""",');
    expect(lines).toContain(',"line 1\nline 2",');
    expect(lines).toContain(',"line 1\r\nline 2",');
    expect(lines).toContain(',"carriage\rreturn",');
    expect(lines).toContain(',plain,');
    const rows = csvRows(entries);
    expect(rows).toHaveLength(messages.length + 1);
    expect(rows.slice(1).map((row) => row[column('Message')])).toEqual(messages);
  });

  it('keeps accents, emoji and surrogate pairs intact', () => {
    const text = 'Crème brûlée, naïve café 👋🏽 👨‍👩‍👧 𝄞 — 日本語';
    const csv = toCsv([entry({ ActorName: { value: 'Zoë Ångström' }, Message: { value: text } })]);
    expect(csv.startsWith(BOM)).toBe(true);
    const [, row] = csvRows([entry({ ActorName: { value: 'Zoë Ångström' }, Message: { value: text } })]);
    expect(row[column('ActorName')]).toBe('Zoë Ångström');
    expect(row[column('Message')]).toBe(text);
    expect(csv).toContain(`"${text}"`);
    expect(csv.isWellFormed()).toBe(true);
  });

  it('guards against formula injection with a leading apostrophe', () => {
    const dangerous = ['=1+1', '+1 555 0100', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '=HYPERLINK("x","y")'];
    const entries = dangerous.map((text, i) => entry({ Id: `id${i}`, Message: { value: text } }));
    const rows = csvRows(entries).slice(1);
    expect(rows.map((row) => row[column('Message')])).toEqual(dangerous.map((text) => `'${text}`));
    expect(toCsv(entries)).toContain(',"\'=HYPERLINK(""x"",""y"")",');
    // Other text fields are guarded too; safe text and our own numbers are left alone.
    const [, row] = csvRows([
      entry({ ActorName: { value: '=cmd|calc' }, Message: { value: 'a = b' }, ClientDuration: { value: -5 } })
    ]);
    expect(row[column('ActorName')]).toBe("'=cmd|calc");
    expect(row[column('Message')]).toBe('a = b');
    expect(row[column('ClientDuration')]).toBe('-5');
  });

  it('guards formulas behind leading white space and in full-width characters', () => {
    const dangerous = [
      ' =1+1',
      '\u00a0\u00a0@SUM(A1)',
      '\n-2+3',
      '\u3000+1',
      '＝1+1',
      '＋1',
      '－2',
      '＠SUM(A1)',
      ' ＝A1'
    ];
    const safe = ['  a = b', 'x=1', '\u00a0hello', 'Ｘ＝1'];
    const entries = [...dangerous, ...safe].map((text, i) =>
      entry({ Id: `id${i}`, Message: { value: text } })
    );
    const cells = csvRows(entries)
      .slice(1)
      .map((row) => row[column('Message')]);
    expect(cells).toEqual([...dangerous.map((text) => `'${text}`), ...safe]);
  });

  it('exports the standard chat fixture, one row per entry, in order', () => {
    const { entries } = normalizePage(standardChat);
    const rows = csvRows(entries);
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    expect(rows).toHaveLength(entries.length + 1);
    expect(rows.slice(1).map((row) => row[column('Id')])).toEqual(entries.map((e) => e.id));
    expect(rows[3][column('Message')]).toBe('Hi! I need to return an item, can you help me with that?');
    expect(rows[1][column('EntryTime')]).toBe('2024-05-14T16:58:00.000Z');
    expect(rows[2][column('EntryTime')]).toBe('2024-05-14T16:58:37.113Z');
  });
});

describe('toPlainText', () => {
  it('writes a message as [time] Actor (Actor type): text', () => {
    expect(plain(toPlainText([entry({ Message: { value: 'Hi!' } })], OPTIONS))).toBe(
      '[May 14, 2024, 4:58 PM] Jason Dewar (Agent): Hi!\n'
    );
  });

  it("uses the user's locale and time zone, with the date", () => {
    const text = toPlainText([entry({ Message: { value: 'Hallo' } })], {
      ...OPTIONS,
      locale: 'de-DE',
      timeZone: 'Asia/Tokyo'
    });
    expect(plain(text)).toBe('[15. Mai 2024, 1:58] Jason Dewar (Agent): Hallo\n');
  });

  it('writes an event as [time] Actor — event label, with its text when there is one', () => {
    const escalated = entry({
      EntryType: { value: 'BotEscalated' },
      ActorType: { value: 'Bot' },
      ActorName: null
    });
    const optedOut = entry({
      EntryType: { value: 'EndUserOptedOut' },
      ActorType: { value: 'EndUser' },
      ActorName: { value: 'Crystal Minh' },
      Message: { value: 'STOP' }
    });
    const lines = plain(toPlainText([escalated, optedOut], OPTIONS)).split('\n');
    expect(lines).toEqual([
      `[May 14, 2024, 4:58 PM] Bot \u2014 ${LABELS.Entry_BotEscalated}`,
      `[May 14, 2024, 4:58 PM] Crystal Minh \u2014 ${LABELS.Entry_EndUserOptedOut}: STOP`,
      ''
    ]);
  });

  it('writes a system message with its type once', () => {
    const system = entry({
      ActorType: { value: 'System' },
      ActorName: null,
      Message: { value: 'Account pulled up.' }
    });
    expect(plain(toPlainText([system], OPTIONS))).toBe(
      '[May 14, 2024, 4:58 PM] System: Account pulled up.\n'
    );
  });

  it('shows the blank-message label in brackets for a blank message', () => {
    const blank = entry({ ActorType: { value: 'EndUser' }, ActorName: null, Message: { value: '   ' } });
    expect(plain(toPlainText([blank], OPTIONS))).toBe(
      `[May 14, 2024, 4:58 PM] Customer: [${LABELS.Transcript_Blank_Message}]\n`
    );
    expect(LABELS.Transcript_Blank_Message).toBe('Message text not stored for this channel');
  });

  it('indents the following lines of a multi-line message', () => {
    const multi = entry({ Message: { value: 'first\nsecond\r\nthird\rfourth' } });
    expect(plain(toPlainText([multi], OPTIONS))).toBe(
      '[May 14, 2024, 4:58 PM] Jason Dewar (Agent): first\n    second\n    third\n    fourth\n'
    );
  });

  it('marks attachments, shows an unknown actor type as is and leaves out a missing time', () => {
    const attached = entry({ HasAttachments: { value: true }, Message: null, EntryTime: null });
    const unknown = entry({
      ActorType: { value: 'AiAgent' },
      ActorName: { value: 'Ava' },
      Message: { value: 'ok' }
    });
    expect(plain(toPlainText([attached, unknown], OPTIONS)).split('\n')).toEqual([
      `Jason Dewar (Agent): [${LABELS.Transcript_Blank_Message}] [${LABELS.Transcript_Attachment}]`,
      '[May 14, 2024, 4:58 PM] Ava (AiAgent): ok',
      ''
    ]);
  });

  it('shows DEL as its visible symbol and keeps balanced isolates inside a name', () => {
    const lines = toPlainText(
      [
        entry({ Message: { value: 'a\u007fb' } }),
        entry({ ActorName: { value: 'x\u2066y\u2069z' }, Message: { value: 'm' } })
      ],
      OPTIONS
    ).split('\n');
    expect(lines[0]).toMatch(/: a\u2421b$/);
    expect(lines[1]).toMatch(/\] \u2068x\u2066y\u2069z\u2069 \(Agent\): m$/);
  });

  it('names a blank actor type by the generic label, and marks an attachment of an event without text', () => {
    const blankType = entry({
      ActorType: { value: '' },
      ActorName: { value: 'Ava' },
      Message: { value: 'ok' }
    });
    const escalated = entry({ EntryType: { value: 'BotEscalated' }, HasAttachments: { value: true } });
    expect(plain(toPlainText([blankType, escalated], OPTIONS)).split('\n')).toEqual([
      '[May 14, 2024, 4:58 PM] Ava (Participant): ok',
      `[May 14, 2024, 4:58 PM] Jason Dewar — Bot escalated the conversation: [${LABELS.Transcript_Attachment}]`,
      ''
    ]);
  });

  it('writes the standard chat fixture one line per entry', () => {
    const { entries } = normalizePage(standardChat);
    const lines = plain(toPlainText(entries, OPTIONS)).split('\n');
    expect(lines).toHaveLength(entries.length + 1);
    expect(lines[entries.length]).toBe('');
    expect(lines[0]).toBe('[May 14, 2024, 4:58 PM] Jason Dewar (Agent): Hi!');
    expect(lines[2]).toBe(
      '[May 14, 2024, 4:59 PM] Crystal Minh (Customer): Hi! I need to return an item, can you help me with that?'
    );
    expect(lines[6]).toBe('[May 14, 2024, 5:01 PM] System: Account has been pulled up for Crystal Minh.');
    expect(toPlainText([], OPTIONS)).toBe('');
  });
});

describe('toCsv: the Session column', () => {
  it("writes the Name of each entry's conversation, else its id, guarded like any record text", () => {
    const { entries } = normalizePage(standardChat);
    const earlier = { id: '0Mw5g000000Old01AAA', name: '=MS-0001', current: false };
    const unnamed = { id: '0Mw5g000000This1AAA', name: null, current: true };
    const rows = parseCsv(
      toCsv(entries.slice(0, 2), (e) => (e.id === entries[0].id ? earlier : unnamed)).slice(1)
    );
    expect(rows.slice(1).map((row) => row[column('Session')])).toEqual(["'=MS-0001", '0Mw5g000000This1AAA']);
    expect(csvRows(entries.slice(0, 1))[1][column('Session')]).toBe('');
  });
});

describe('toJson', () => {
  it('round-trips the fixture: same ids and order, times as ISO strings', () => {
    const { entries } = normalizePage(standardChat);
    const json = toJson(entries);
    expect(json.startsWith('{\n  "exportedFormat": 1,\n  "entries": [\n    {')).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['exportedFormat', 'entries']);
    expect(parsed.exportedFormat).toBe(1);
    expect(parsed.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(parsed.entries.map((e) => e.seq)).toEqual(entries.map((e) => e.seq));
    expect(parsed.entries[1].entryTime).toBe('2024-05-14T16:58:37.113Z');
    expect(Date.parse(parsed.entries[1].entryTime)).toBe(entries[1].entryTime);
    expect(parsed.entries[0]).toMatchObject({
      id: '0dw5g0000000001AAA',
      entryType: 'Text',
      actorType: 'Agent',
      actorKind: 'Agent',
      actorName: 'Jason Dewar',
      layout: 'outbound',
      message: 'Hi!',
      messageStatus: 'Read',
      messageStatusCode: null,
      hasAttachments: false,
      messageReadTime: '2024-05-14T16:58:00.000Z'
    });
    expect(Object.keys(parsed.entries[0]).sort()).toEqual([...Object.keys(entries[0]), 'session'].sort());
  });

  it('names the conversation of each entry: an earlier one by Name, this one, or null when not known', () => {
    const { entries } = normalizePage(standardChat);
    const earlier = { id: '0Mw5g000000Old01AAA', name: 'MS-0001', current: false };
    const current = { id: '0Mw5g000000This1AAA', name: 'MS-0004', current: true };
    const sessionOf = (e) => (e.id === entries[0].id ? earlier : current);
    const parsed = JSON.parse(toJson(entries, sessionOf));
    expect(parsed.entries.map((e) => e.session)).toEqual(
      entries.map((e, i) => (i === 0 ? earlier : current))
    );
    expect(JSON.parse(toJson(entries)).entries[0].session).toBeNull();
  });

  it('keeps null times null and writes an empty list', () => {
    const parsed = JSON.parse(toJson([normalizeEntry({ Id: 'a', Message: { value: 'é 👋 "q"\n' } })]));
    expect(parsed.entries[0].entryTime).toBeNull();
    expect(parsed.entries[0].message).toBe('é 👋 "q"\n');
    expect(JSON.parse(toJson([]))).toEqual({ exportedFormat: 1, entries: [] });
  });

  it('writes a time that is not a number as null instead of failing the export', () => {
    const base = normalizeEntry({ Id: 'a', Message: { value: 'hi' } });
    const parsed = JSON.parse(toJson([{ ...base, entryTime: Number.NaN, messageReadTime: Infinity }]));
    expect([parsed.entries[0].entryTime, parsed.entries[0].messageReadTime]).toEqual([null, null]);
  });
});

describe('exportFileName', () => {
  const NOW = Date.parse('2024-05-14T16:58:00Z');

  it('names the file after the record and the day', () => {
    expect(exportFileName('0Mw5g0000000001AAA', 'csv', NOW)).toBe(
      'conversation-0Mw5g0000000001AAA-2024-05-14.csv'
    );
    expect(exportFileName('0Mw5g0000000001AAA', 'txt', NOW)).toBe(
      'conversation-0Mw5g0000000001AAA-2024-05-14.txt'
    );
    expect(exportFileName('0Mw5g0000000001AAA', 'json', NOW)).toBe(
      'conversation-0Mw5g0000000001AAA-2024-05-14.json'
    );
  });

  it('sanitizes the record id and leaves out a missing one', () => {
    expect(exportFileName('../a b/c:d*é👋_x-1', 'csv', NOW)).toBe(
      'conversation-___a_b_c_d____x-1-2024-05-14.csv'
    );
    expect(exportFileName(null, 'txt', NOW)).toBe('conversation-2024-05-14.txt');
    expect(exportFileName('', 'json', NOW)).toBe('conversation-2024-05-14.json');
    expect(exportFileName(' 0Mw5g0000000001AAA ', 'csv', NOW)).toBe(
      'conversation-0Mw5g0000000001AAA-2024-05-14.csv'
    );
    expect(exportFileName('a'.repeat(70), 'csv', NOW)).toBe(`conversation-${'a'.repeat(64)}-2024-05-14.csv`);
  });

  it('uses the day in the given time zone (UTC by default) and survives a bad clock', () => {
    const lateUtc = Date.parse('2024-05-14T23:30:00Z');
    expect(exportFileName('x', 'csv', lateUtc)).toBe('conversation-x-2024-05-14.csv');
    expect(exportFileName('x', 'csv', lateUtc, 'Asia/Tokyo')).toBe('conversation-x-2024-05-15.csv');
    expect(exportFileName('x', 'csv', Number.NaN)).toBe('conversation-x.csv');
    expect(exportFileName('x', 'csv', 8.64e15 + 1)).toBe('conversation-x.csv');
  });
});
