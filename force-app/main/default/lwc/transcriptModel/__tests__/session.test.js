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

/** A copy of a getRecord `record` whose `fields` are changed: a field set to undefined is left out. */
function withFields(record, fields) {
  const copy = JSON.parse(JSON.stringify(record));
  for (const [name, field] of Object.entries(fields)) {
    if (field === undefined) {
      delete copy.fields[name];
    } else {
      copy.fields[name] = field;
    }
  }
  return copy;
}

describe('sessionObjectOf: the key prefix', () => {
  it('keeps the page object even when the id names another', () => {
    expect(sessionObjectOf('MessagingSession', '0LQ5g000000TestGAA')).toBe('MessagingSession');
    expect(sessionObjectOf('MessagingSession', undefined)).toBe('MessagingSession');
  });

  it('reads the prefix of a 15- or 18-character id only', () => {
    expect(sessionObjectOf(undefined, '0Mw5g000000Test')).toBe('MessagingSession');
    expect(sessionObjectOf(undefined, '0LQ5g000000TestGAA')).toBe('VoiceCall');
    expect(sessionObjectOf(undefined, '0Mw5g000000Tes')).toBeNull();
    expect(sessionObjectOf(undefined, '0Mw')).toBeNull();
    expect(sessionObjectOf(undefined, undefined)).toBeNull();
    expect(sessionObjectOf(null, null)).toBeNull();
  });
});

describe('sessionFieldsFor: the whole list', () => {
  it('asks for every MessagingSession field the header and the history bar read', () => {
    expect(sessionFieldsFor('MessagingSession')).toEqual([
      'MessagingSession.Status',
      'MessagingSession.ChannelType',
      'MessagingSession.ChannelName',
      'MessagingSession.MessagingChannel.MasterLabel',
      'MessagingSession.MessagingChannel.PlatformType',
      'MessagingSession.StartTime',
      'MessagingSession.EndTime',
      'MessagingSession.Name',
      'MessagingSession.MessagingEndUserId'
    ]);
  });

  it('asks for every VoiceCall field the header reads', () => {
    expect(sessionFieldsFor('VoiceCall')).toEqual([
      'VoiceCall.CallType',
      'VoiceCall.CallStartDateTime',
      'VoiceCall.CallEndDateTime',
      'VoiceCall.CallDurationInSeconds',
      'VoiceCall.Name',
      'VoiceCall.CallerId',
      'VoiceCall.FromPhoneNumber'
    ]);
  });
});

describe('readSessionRecord: field values', () => {
  it('prefers the channel MasterLabel to ChannelName', () => {
    const record = withFields(sessionActive, {
      ChannelName: { displayValue: null, value: 'acme_support_chat' }
    });
    expect(readSessionRecord(record).channelName).toBe('Acme Support Chat');
  });

  it('reads a blank text as no value', () => {
    const record = withFields(sessionActive, {
      MessagingChannel: undefined,
      ChannelName: { displayValue: null, value: '   ' },
      ChannelType: { displayValue: '', value: '' }
    });
    expect(readSessionRecord(record)).toMatchObject({ channelName: null, channelTypeLabel: null });
  });

  it('reads a finite number as text, and not NaN or Infinity', () => {
    const channelName = (value) =>
      readSessionRecord(
        withFields(sessionActive, { MessagingChannel: undefined, ChannelName: { displayValue: null, value } })
      ).channelName;
    expect(channelName(42)).toBe('42');
    expect(channelName(Number.NaN)).toBeNull();
    expect(channelName(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('shows the raw Status when the org gives no label for it', () => {
    const record = withFields(sessionEnded, { Status: { displayValue: null, value: 'Ended' } });
    expect(readSessionRecord(record)).toMatchObject({
      status: 'Ended',
      statusLabel: 'Ended',
      phase: 'ended'
    });
  });

  it('needs a record id, and trusts the record apiName over the id prefix', () => {
    const noId = JSON.parse(JSON.stringify(sessionActive));
    delete noId.id;
    expect(readSessionRecord(noId)).toBeNull();
    expect(readSessionRecord({ ...voiceCallRecord, id: '0Mw5g000000TestCAI' }).objectApiName).toBe(
      'VoiceCall'
    );
    expect(readSessionRecord({ ...sessionActive, apiName: undefined }).objectApiName).toBe(
      'MessagingSession'
    );
  });
});

describe('readSessionRecord: durations', () => {
  const start = Date.parse('2024-05-14T16:58:00.000Z');
  const messaging = (startValue, endValue) =>
    readSessionRecord(
      withFields(sessionEnded, {
        StartTime: { displayValue: null, value: startValue },
        EndTime: { displayValue: null, value: endValue }
      })
    );

  it('measures a session that ended the moment it started as 0, and one ending before it started as unknown', () => {
    expect(messaging('2024-05-14T16:58:00.000Z', '2024-05-14T16:58:00.000Z').durationMs).toBe(0);
    expect(messaging('2024-05-14T16:58:00.000Z', '2024-05-14T16:57:59.000Z').durationMs).toBeNull();
  });

  it('has no duration without both start and end, whatever the one known time', () => {
    expect(messaging(null, '2024-05-14T17:15:16.000Z')).toMatchObject({ start: null, durationMs: null });
    expect(messaging('2024-05-14T16:58:00.000Z', null)).toMatchObject({ start, end: null, durationMs: null });
    expect(messaging('1970-01-01T00:00:00.000Z', null)).toMatchObject({ start: 0, durationMs: null });
    expect(messaging('1969-12-31T23:59:00.000Z', null).durationMs).toBeNull();
  });

  const call = (duration) =>
    readSessionRecord(withFields(voiceCallRecord, { CallDurationInSeconds: duration })).durationMs;

  it('takes CallDurationInSeconds over the call start and end (talk time, not ring time)', () => {
    expect(call({ displayValue: null, value: 300 })).toBe(300_000);
    expect(call({ displayValue: '300', value: '300' })).toBe(300_000);
    expect(call({ displayValue: null, value: 0 })).toBe(0);
  });

  it('falls back to the call start and end when CallDurationInSeconds is empty, negative or not a number', () => {
    for (const value of [null, '', '  ', 'n/a', -5, Number.POSITIVE_INFINITY, Number.NaN, true]) {
      expect([value, call({ displayValue: null, value })]).toEqual([value, 307_000]);
    }
    expect(call(undefined)).toBe(307_000);
  });

  it('sees a call without an end as still going: phase unknown, no duration', () => {
    const record = withFields(voiceCallRecord, {
      CallEndDateTime: { displayValue: null, value: null },
      CallDurationInSeconds: { displayValue: null, value: null }
    });
    expect(readSessionRecord(record)).toMatchObject({ phase: 'unknown', end: null, durationMs: null });
  });
});

describe('sessionFacts: what is known', () => {
  it('gives nothing without a session', () => {
    expect(sessionFacts(null, 'en-US', 'UTC', LABELS)).toEqual([]);
  });

  it('keys each fact', () => {
    const keys = (record) =>
      sessionFacts(readSessionRecord(record), 'en-US', 'UTC', LABELS).map((f) => f.key);
    expect(keys(sessionEnded)).toEqual(['channel', 'status', 'start', 'duration']);
    expect(keys(voiceCallRecord)).toEqual(['callType', 'start', 'duration']);
  });

  it('shows the channel name or type alone when the other is hidden', () => {
    const channel = (fields) =>
      sessionFacts(readSessionRecord(withFields(sessionEnded, fields)), 'en-US', 'UTC', LABELS).find(
        (f) => f.key === 'channel'
      );
    expect(channel({ ChannelType: undefined })).toEqual({
      key: 'channel',
      label: LABELS.Session_Channel,
      value: 'Acme Support Chat'
    });
    expect(channel({ MessagingChannel: undefined, ChannelName: undefined }).value).toBe('Embedded Messaging');
    expect(
      channel({ MessagingChannel: undefined, ChannelName: undefined, ChannelType: undefined })
    ).toBeUndefined();
  });

  it('leaves out the call type when it is hidden', () => {
    const facts = sessionFacts(
      readSessionRecord(withFields(voiceCallRecord, { CallType: undefined })),
      'en-US',
      'UTC',
      LABELS
    );
    expect(facts.map((f) => [f.key, f.value])).toEqual([
      ['start', 'May 14, 2024, 4:00 PM'],
      ['duration', '5:07']
    ]);
  });
});

describe('sessionNotice: the cases between', () => {
  const blank = () => entriesOf(enhancedBlank);

  it('counts only message rows: events alone are not "every message blank"', () => {
    const events = blank().map((entry) => ({ ...entry, layout: 'event', entryType: 'ChatbotEstablished' }));
    expect(allMessagesBlank(events)).toBe(false);
  });

  it('needs every message blank, not just one', () => {
    const entries = blank();
    const mixed = [{ ...entries[0], message: 'Hello' }, ...entries.slice(1)];
    expect(allMessagesBlank(mixed)).toBe(false);
  });

  it('explains blank messages on a page without a session record', () => {
    expect(sessionNotice({ session: null, entries: blank(), loadStatus: 'complete' }, LABELS)).toEqual({
      kind: 'enhanced-blank',
      title: LABELS.Session_Notice_Enhanced_Title,
      body: LABELS.Session_Notice_Enhanced_Body,
      where: LABELS.Session_Notice_Enhanced_Where
    });
  });

  it('explains an ended session without rows once loading was cancelled too', () => {
    const session = readSessionRecord(sessionEnded);
    expect(sessionNotice({ session, entries: [], loadStatus: 'cancelled' }, LABELS)).toEqual({
      kind: 'ended-empty',
      title: LABELS.Session_Notice_Ended_Empty_Title,
      body: LABELS.Session_Notice_Ended_Empty_Body,
      where: LABELS.Session_Notice_Enhanced_Where
    });
  });

  it('says nothing about a call still going without rows', () => {
    const session = readSessionRecord(
      withFields(voiceCallRecord, {
        CallEndDateTime: { displayValue: null, value: null },
        CallDurationInSeconds: undefined
      })
    );
    expect(sessionNotice({ session, entries: [], loadStatus: 'complete' }, LABELS)).toBeNull();
  });
});
