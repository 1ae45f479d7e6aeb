import { normalizePage } from '../normalize';
import {
  allMessagesBlank,
  isSessionEndTransition,
  readSessionRecord,
  sessionFacts,
  sessionFieldsFor,
  sessionNotice,
  sessionObjectOf,
  sessionPhaseOf,
  OPEN_SESSION_STATUSES
} from '../session';
import { LABELS } from 'c/transcriptLabels';

const DATA = '../../conversationTranscript/__tests__/data';
const sessionActive = require(`${DATA}/sessionActive.json`);
const sessionEnded = require(`${DATA}/sessionEnded.json`);
const voiceCallRecord = require(`${DATA}/voiceCallRecord.json`);
const standardChat = require(`${DATA}/standardChat.json`);
const openFirstEntry = require(`${DATA}/openFirstEntry.json`);
const enhancedBlank = require(`${DATA}/enhancedBlank.json`);

const messagingMeta = require('../../../../../../scripts/platform/describe/MessagingSession.json');

const entriesOf = (data) => normalizePage(data).entries;

describe('sessionObjectOf / sessionFieldsFor', () => {
  it('uses the page object, else the record id key prefix', () => {
    expect(sessionObjectOf('VoiceCall', '0Mw000000000001AAA')).toBe('VoiceCall');
    expect(sessionObjectOf(undefined, '0Mw000000000001AAA')).toBe('MessagingSession');
    expect(sessionObjectOf(undefined, '0LQ000000000001AAA')).toBe('VoiceCall');
    expect(sessionObjectOf('Case', '500000000000001AAA')).toBeNull();
  });

  it('asks only for optional fields of the page object', () => {
    expect(sessionFieldsFor('MessagingSession')).toContain('MessagingSession.MessagingChannel.MasterLabel');
    expect(sessionFieldsFor('VoiceCall')).toContain('VoiceCall.CallDurationInSeconds');
    expect(sessionFieldsFor(null)).toBeUndefined();
  });
});

describe('session phase', () => {
  it('classifies every MessagingSession Status picklist value of the describe', () => {
    const values = messagingMeta.fields.find((f) => f.name === 'Status').picklistValues.map((p) => p.value);
    const phases = Object.fromEntries(values.map((v) => [v, sessionPhaseOf(v)]));
    expect(phases).toEqual({
      Active: 'open',
      Ended: 'ended',
      Waiting: 'open',
      New: 'open',
      Consent: 'open',
      Inactive: 'open',
      Error: 'ended',
      Paused: 'open'
    });
    expect(OPEN_SESSION_STATUSES).toEqual(expect.arrayContaining(['Active', 'Waiting', 'New']));
  });

  it('treats an unknown or missing status as unknown, not open', () => {
    expect(sessionPhaseOf('Transferring')).toBe('unknown');
    expect(sessionPhaseOf(null)).toBe('unknown');
  });

  it('sees the end only on a change from a known non-ended phase to ended', () => {
    expect(isSessionEndTransition('open', 'ended')).toBe(true);
    expect(isSessionEndTransition('unknown', 'ended')).toBe(true);
    expect(isSessionEndTransition(null, 'ended')).toBe(false);
    expect(isSessionEndTransition('ended', 'ended')).toBe(false);
    expect(isSessionEndTransition('open', 'open')).toBe(false);
  });
});

describe('readSessionRecord', () => {
  it('reads a MessagingSession getRecord record, including the spanning channel fields', () => {
    expect(readSessionRecord(sessionActive)).toEqual({
      objectApiName: 'MessagingSession',
      recordId: sessionActive.id,
      status: 'Active',
      statusLabel: 'Active',
      phase: 'open',
      channelName: 'Acme Support Chat',
      channelTypeLabel: 'Embedded Messaging',
      platformType: 'Enhanced',
      start: Date.parse('2024-05-14T16:58:00.000Z'),
      end: null,
      durationMs: null
    });
  });

  it('computes an ended session duration from start and end', () => {
    const session = readSessionRecord(sessionEnded);
    expect(session.phase).toBe('ended');
    expect(session.durationMs).toBe(
      Date.parse('2024-05-14T17:15:16.000Z') - Date.parse('2024-05-14T16:58:00.000Z')
    );
  });

  it('reads a voice call and prefers CallDurationInSeconds', () => {
    const session = readSessionRecord(voiceCallRecord);
    expect(session).toMatchObject({
      objectApiName: 'VoiceCall',
      channelTypeLabel: 'Inbound',
      durationMs: 307000
    });
  });

  it('falls back to the call start and end when the duration is hidden', () => {
    const record = JSON.parse(JSON.stringify(voiceCallRecord));
    delete record.fields.CallDurationInSeconds;
    expect(readSessionRecord(record).durationMs).toBe(307000);
  });

  it('leaves out fields the user cannot see (absent from optionalFields answers)', () => {
    const record = JSON.parse(JSON.stringify(sessionActive));
    delete record.fields.MessagingChannel;
    delete record.fields.Status;
    const session = readSessionRecord(record);
    expect(session.channelName).toBe('Acme Support Chat'); // ChannelName fallback
    expect(session.status).toBeNull();
    expect(session.phase).toBe('unknown');
  });

  it('returns null for anything else', () => {
    expect(readSessionRecord(null)).toBeNull();
    expect(readSessionRecord({ apiName: 'Case', id: '500000000000001AAA', fields: {} })).toBeNull();
  });
});

describe('sessionFacts', () => {
  it('shows channel, status, start and duration in the locale and time zone', () => {
    const facts = sessionFacts(readSessionRecord(sessionEnded), 'en-US', 'America/Los_Angeles', LABELS);
    expect(facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Channel: Acme Support Chat (Embedded Messaging)',
      'Status: Ended',
      'Started: May 14, 2024, 9:58 AM',
      'Duration: 17:16'
    ]);
  });

  it('formats the start in another locale and time zone', () => {
    const facts = sessionFacts(readSessionRecord(sessionActive), 'de-DE', 'Europe/Berlin', LABELS);
    expect(facts.find((f) => f.key === 'start').value).toBe('14. Mai 2024, 18:58');
    expect(facts.find((f) => f.key === 'duration')).toBeUndefined();
  });

  it('shows a voice call type and total duration', () => {
    const facts = sessionFacts(readSessionRecord(voiceCallRecord), 'en-US', 'America/Los_Angeles', LABELS);
    expect(facts.map((f) => `${f.label}: ${f.value}`)).toEqual([
      'Call type: Inbound',
      'Started: May 14, 2024, 9:00 AM',
      'Duration: 5:07'
    ]);
  });
});

describe('sessionNotice', () => {
  const notice = (record, data, loadStatus = 'complete') =>
    sessionNotice(
      { session: record && readSessionRecord(record), entries: data ? entriesOf(data) : [], loadStatus },
      LABELS
    );

  it('says entries are created when an open session ends', () => {
    const result = notice(sessionActive, openFirstEntry);
    expect(result.kind).toBe('open');
    expect(result.body).toBe(LABELS.Session_Notice_Open_Body);
  });

  it('explains blank messages and where the transcript lives, on messaging and voice', () => {
    expect(notice(sessionEnded, enhancedBlank)).toEqual({
      kind: 'enhanced-blank',
      title: LABELS.Session_Notice_Enhanced_Title,
      body: LABELS.Session_Notice_Enhanced_Body,
      where: LABELS.Session_Notice_Enhanced_Where
    });
    expect(notice(voiceCallRecord, enhancedBlank).where).toBe(LABELS.Session_Notice_Voice_Where);
  });

  it('explains an ended session without rows', () => {
    expect(notice(sessionEnded, null).kind).toBe('ended-empty');
    expect(notice(voiceCallRecord, null).body).toBe(LABELS.Session_Notice_Voice_Empty_Body);
  });

  it('says nothing for an ended session with text, while loading, or without a session', () => {
    expect(notice(sessionEnded, standardChat)).toBeNull();
    expect(notice(sessionEnded, null, 'loading')).toBeNull();
    expect(notice(null, null)).toBeNull();
  });

  it('counts only message rows for "every message blank"', () => {
    expect(allMessagesBlank(entriesOf(enhancedBlank))).toBe(true);
    expect(allMessagesBlank(entriesOf(standardChat))).toBe(false);
    expect(allMessagesBlank([])).toBe(false);
  });
});
