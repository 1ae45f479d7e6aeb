import { liveActorKind, normalizeLiveLog } from '../liveLog';
import { entrySourceMarker, liveCount, mergeLiveEntries } from '../liveMerge';
import { normalizePage } from '../normalize';
import { LABELS } from 'c/transcriptLabels';

const DATA = '../../conversationTranscript/__tests__/data';
const liveLog = require(`${DATA}/liveLog.json`);
const standardChat = require(`${DATA}/standardChat.json`);
const openFirstEntry = require(`${DATA}/openFirstEntry.json`);
const enhancedBlank = require(`${DATA}/enhancedBlank.json`);

const entriesOf = (data) => normalizePage(data).entries;

describe('normalizeLiveLog', () => {
  it('reads the documented { messages: [{ content, name, type, timestamp }] } and drops the repeat', () => {
    const rows = normalizeLiveLog(liveLog);
    expect(liveLog.messages).toHaveLength(6);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.message)).toEqual([...new Set(liveLog.messages.map((m) => m.content))]);
    expect(rows[2]).toMatchObject({
      actorKind: 'EndUser',
      actorName: 'Crystal Minh',
      layout: 'inbound',
      source: 'live',
      entryTime: Date.parse(liveLog.messages[2].timestamp)
    });
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('reads an entries list with identifiers, sender roles and epoch timestamps', () => {
    const rows = normalizeLiveLog({
      conversationEntries: [
        {
          identifier: 'a1',
          messageText: 'Hello',
          sender: { role: 'EndUser' },
          clientTimestamp: 1715705880000
        },
        {
          identifier: 'a1',
          messageText: 'Hello',
          sender: { role: 'EndUser' },
          clientTimestamp: 1715705880000
        },
        {
          identifier: 'a2',
          entryType: 'PARTICIPANT_CHANGED',
          sender: { role: 'System' },
          clientTimestamp: 1715705881000
        }
      ]
    });
    expect(rows.map((r) => [r.id, r.layout, r.messageIdentifier])).toEqual([
      ['live-a1', 'inbound', 'a1'],
      ['live-a2', 'event', 'a2']
    ]);
  });

  it('never throws on junk', () => {
    for (const junk of [undefined, null, 'x', 42, {}, { messages: 'no' }, { messages: [null, 1, {}] }]) {
      expect(normalizeLiveLog(junk)).toEqual([]);
    }
  });

  it('maps console sender types to actor kinds', () => {
    expect(
      ['AGENT', 'END_USER', 'Chatbot', 'Supervisor', 'SYSTEM', 'robot', null].map(liveActorKind)
    ).toEqual(['Agent', 'EndUser', 'Bot', 'Supervisor', 'System', 'Unknown', 'Unknown']);
  });
});

describe('mergeLiveEntries', () => {
  it('keeps the same message once: a ConversationEntry row and its live copy become one row', () => {
    const entries = entriesOf(openFirstEntry);
    const merged = mergeLiveEntries(entries, normalizeLiveLog(liveLog));
    expect(merged.map((r) => r.message)).toEqual([
      'Hi!',
      'How can I help you?',
      'Hi! I need to return an item, can you help me with that?',
      'sure, may I have your name please?',
      'Crystal Minh'
    ]);
    expect(merged[0]).toBe(entries[0]);
    expect(merged.slice(1).every((r) => r.source === 'live')).toBe(true);
    expect(liveCount(merged)).toBe(4);
  });

  it('adds nothing when every live message is already a ConversationEntry', () => {
    const entries = entriesOf(standardChat);
    const merged = mergeLiveEntries(entries, normalizeLiveLog(liveLog));
    expect(merged).toHaveLength(entries.length);
    expect(liveCount(merged)).toBe(0);
  });

  it('matches by MessageIdentifier first', () => {
    const entries = entriesOf(openFirstEntry);
    const live = normalizeLiveLog({
      conversationEntries: [
        {
          identifier: entries[0].messageIdentifier,
          messageText: 'edited',
          sender: { role: 'Agent' },
          clientTimestamp: 1
        }
      ]
    });
    expect(mergeLiveEntries(entries, live)).toEqual(entries);
  });

  it('fills a blank (enhanced) entry with the live text at the same moment and marks it', () => {
    const entries = entriesOf(enhancedBlank);
    const first = entries[0];
    const live = normalizeLiveLog({
      messages: [
        {
          content: 'Hello from the console',
          name: first.actorName,
          type: 'AGENT',
          timestamp: new Date(first.entryTime + 300).toISOString()
        }
      ]
    });
    const merged = mergeLiveEntries(entries, live);
    expect(merged).toHaveLength(entries.length);
    expect(merged[0]).toMatchObject({ id: first.id, message: 'Hello from the console', source: 'both' });
    expect(entrySourceMarker(merged[0], LABELS)).toEqual({
      text: 'Live',
      title: LABELS.Session_Live_Both_Title
    });
    expect(entrySourceMarker(merged[1], LABELS)).toBeNull();
  });

  it('returns the entries untouched when there is no live log', () => {
    const entries = entriesOf(standardChat);
    expect(mergeLiveEntries(entries, [])).toBe(entries);
  });
});

describe('normalizeLiveLog: each field name the console may use', () => {
  const T = Date.parse('2024-05-14T16:58:00.000Z');

  it('reads the Messaging Object Model names: identifier, text, role, name and time in each spelling', () => {
    const rows = normalizeLiveLog({
      entries: [
        {
          id: 'm-1',
          text: 'Hello',
          role: 'Agent',
          senderName: 'Jason Dewar',
          serverReceivedTimestamp: T,
          messageType: 'Message'
        },
        {
          messageId: 'm-2',
          message: 'Hi, I need help',
          senderType: 'EndUser',
          sender: { displayName: 'Crystal Minh' },
          transcriptedTimestamp: '2024-05-14T16:58:01.000Z',
          entryType: 'Text'
        },
        {
          entryId: 'm-3',
          messageText: 'Let me look that up',
          actorType: 'Chatbot',
          sender: { name: 'Astro' },
          clientTimestamp: String(T + 2_000)
        },
        {
          identifier: 'm-4',
          content: 'I am here to help too',
          type: 'Supervisor',
          actorName: 'Sam Rivera',
          timestamp: T + 3_000
        },
        { id: 'm-5', role: 'System', messageType: 'PARTICIPANT_CHANGED', clientTimestamp: T + 4_000 }
      ]
    });
    expect(rows.map((r) => [r.id, r.message, r.actorKind, r.actorName, r.entryTime, r.entryType])).toEqual([
      ['live-m-1', 'Hello', 'Agent', 'Jason Dewar', T, 'Text'],
      ['live-m-2', 'Hi, I need help', 'EndUser', 'Crystal Minh', T + 1_000, 'Text'],
      ['live-m-3', 'Let me look that up', 'Bot', 'Astro', T + 2_000, 'Text'],
      ['live-m-4', 'I am here to help too', 'Supervisor', 'Sam Rivera', T + 3_000, 'Text'],
      ['live-m-5', null, 'System', null, T + 4_000, 'PARTICIPANT_CHANGED']
    ]);
    expect(rows[0]).toEqual({
      id: 'live-m-1',
      seq: null,
      entryType: 'Text',
      actorType: 'Agent',
      actorKind: 'Agent',
      actorName: 'Jason Dewar',
      actorId: null,
      layout: 'outbound',
      message: 'Hello',
      messageStatus: null,
      messageStatusCode: null,
      messageIdentifier: 'm-1',
      hasAttachments: false,
      entryTime: T,
      entryEndTime: null,
      clientTimestamp: T,
      clientDuration: null,
      serverReceivedTimestamp: T,
      messageSendTime: null,
      messageDeliverTime: null,
      messageReadTime: null,
      source: 'live'
    });
  });

  it('passes over blank texts to the next name, and keeps a row with a time but no text', () => {
    const rows = normalizeLiveLog({
      messages: [
        { identifier: 'a', content: '   ', messageText: 'Real text', type: 'AGENT', timestamp: T },
        { identifier: 'b', content: '', type: 'AGENT', timestamp: T + 1_000 }
      ]
    });
    expect(rows.map((r) => [r.id, r.message])).toEqual([
      ['live-a', 'Real text'],
      ['live-b', null]
    ]);
  });

  it('reads a numeric identifier as text and passes over one that is not a finite number', () => {
    const rows = normalizeLiveLog({
      entries: [
        { identifier: 4711, messageText: 'Hello', role: 'Agent', clientTimestamp: T },
        { identifier: Number.NaN, id: 'm-2', messageText: 'Bye', role: 'Agent', clientTimestamp: T + 1_000 }
      ]
    });
    expect(rows.map((r) => [r.id, r.messageIdentifier])).toEqual([
      ['live-4711', '4711'],
      ['live-m-2', 'm-2']
    ]);
  });

  it('passes over a zero, unreadable or non-text time to the next time name', () => {
    const times = [0, -1_000, '', '0', '   ', 'yesterday', '1970-01-01T00:00:00.000Z', true, T * 1e6];
    const rows = normalizeLiveLog({
      messages: times.map((timestamp, i) => ({
        identifier: `m-${i}`,
        content: `text ${i}`,
        type: 'AGENT',
        timestamp,
        clientTimestamp: T + i
      }))
    });
    expect(rows.map((r) => r.entryTime)).toEqual(times.map((_, i) => T + i));
  });

  it('skips an item with neither text nor a usable time', () => {
    expect(
      normalizeLiveLog({ messages: [{ identifier: 'x', type: 'AGENT', content: ' ', timestamp: 0 }] })
    ).toEqual([]);
  });

  it('reads the sender role whatever its case and surrounding spaces', () => {
    expect([' AGENT ', 'end_user', 'Customer', 'visitor', 'BOT', 'rep'].map(liveActorKind)).toEqual([
      'Agent',
      'EndUser',
      'EndUser',
      'EndUser',
      'Bot',
      'Agent'
    ]);
  });

  it('keeps an unknown role as the actor type, and a known one as its kind', () => {
    const rows = normalizeLiveLog({
      messages: [
        { identifier: 'a', content: 'Hi', type: 'AGENT', timestamp: T },
        { identifier: 'b', content: 'Watching', type: 'Observer', timestamp: T + 1_000 },
        { identifier: 'c', content: 'No role', timestamp: T + 2_000 }
      ]
    });
    expect(rows.map((r) => [r.actorType, r.actorKind, r.layout])).toEqual([
      ['Agent', 'Agent', 'outbound'],
      ['Observer', 'Unknown', 'outbound'],
      ['', 'Unknown', 'outbound']
    ]);
  });

  it('takes message, text, messaging component and attachment types in any case as text; others are events', () => {
    const types = ['Message', 'TEXT', 'MESSAGING_COMPONENT', 'Attachment', 'PARTICIPANT_CHANGED'];
    const rows = normalizeLiveLog({
      entries: types.map((entryType, i) => ({
        identifier: `m-${i}`,
        messageText: 'x',
        role: 'Agent',
        entryType,
        clientTimestamp: T + i
      }))
    });
    expect(rows.map((r) => [r.entryType, r.layout])).toEqual([
      ['Text', 'outbound'],
      ['Text', 'outbound'],
      ['Text', 'outbound'],
      ['Text', 'outbound'],
      ['PARTICIPANT_CHANGED', 'event']
    ]);
  });
});

describe('normalizeLiveLog: rows without an identifier', () => {
  const T = Date.parse('2024-05-14T16:58:00.000Z');

  it('get an id from sender, time and text that is the same on every read', () => {
    const read = () =>
      normalizeLiveLog({
        messages: [
          { content: 'Hi!', name: 'Jason Dewar', type: 'AGENT', timestamp: '2024-05-14T16:58:00.400Z' },
          { content: 'Typing…', type: 'AGENT' },
          { type: 'SYSTEM', entryType: 'PARTICIPANT_CHANGED', timestamp: '2024-05-14T16:59:00.000Z' }
        ]
      });
    // FNV-1a (base 36) of 'Agent||Typing…', 'Agent|1715705880400|Hi!' and 'System|1715705940000|'.
    expect(read().map((r) => [r.id, r.messageIdentifier])).toEqual([
      ['live-1g7skph', null],
      ['live-fygwxw', null],
      ['live-yhwxjj', null]
    ]);
    expect(read().map((r) => r.id)).toEqual(['live-1g7skph', 'live-fygwxw', 'live-yhwxjj']);
  });

  it('stay apart when the same text comes at another time, or another text at the same time', () => {
    const rows = normalizeLiveLog({
      messages: [
        { content: 'OK', type: 'AGENT', timestamp: T },
        { content: 'OK', type: 'AGENT', timestamp: T + 5_000 },
        { content: 'Sure', type: 'AGENT', timestamp: T + 5_000 },
        { content: 'OK', type: 'END_USER', timestamp: T }
      ]
    });
    expect(rows.map((r) => [r.message, r.actorKind, r.entryTime])).toEqual([
      ['OK', 'Agent', T],
      ['OK', 'EndUser', T],
      ['OK', 'Agent', T + 5_000],
      ['Sure', 'Agent', T + 5_000]
    ]);
  });
});

describe('normalizeLiveLog: repeats and order', () => {
  const T = Date.parse('2024-05-14T16:58:00.000Z');

  it('keeps the first of two items with the same identifier', () => {
    const rows = normalizeLiveLog({
      entries: [
        { identifier: 'a1', messageText: 'Hello', role: 'Agent', clientTimestamp: T },
        { identifier: 'a1', messageText: 'Hello (edited)', role: 'Agent', clientTimestamp: T + 1_000 }
      ]
    });
    expect(rows.map((r) => [r.id, r.message, r.entryTime])).toEqual([['live-a1', 'Hello', T]]);
  });

  it('orders rows by time, a row without time first, and rows of the same moment by id', () => {
    const rows = normalizeLiveLog({
      entries: [
        { identifier: 'd', messageText: 'third', role: 'Agent', clientTimestamp: T + 2_000 },
        { identifier: 'c', messageText: 'second b', role: 'Agent', clientTimestamp: T + 1_000 },
        { identifier: 'b', messageText: 'second a', role: 'EndUser', clientTimestamp: T + 1_000 },
        { identifier: 'e', messageText: 'no time', role: 'Agent' },
        { identifier: 'a', messageText: 'first', role: 'EndUser', clientTimestamp: T }
      ]
    });
    expect(rows.map((r) => r.message)).toEqual(['no time', 'first', 'second a', 'second b', 'third']);
  });
});
