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
