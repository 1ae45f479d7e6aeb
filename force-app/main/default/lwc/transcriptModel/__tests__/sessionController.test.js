/** SessionController: the session record, the reload when it ends, the console's live log and notices. */
import { SessionController } from '../sessionController';
import { LABELS } from 'c/transcriptLabels';
import { conversation, entry } from '../../../../../../jest/modelFixtures';

const DATA = '../../conversationTranscript/__tests__/data';
const sessionActive = require(`${DATA}/sessionActive.json`);
const sessionEnded = require(`${DATA}/sessionEnded.json`);
const RECORD = sessionActive.id;
const PAGE = { recordId: RECORD, objectApiName: 'MessagingSession' };

describe('SessionController', () => {
  it('reads getRecord fields only on a session page', () => {
    const sessions = new SessionController();
    expect(sessions.fields(PAGE)).toContain('MessagingSession.Status');
    expect(sessions.fields({ recordId: '001000000000001AAA', objectApiName: 'Account' })).toBeUndefined();
  });

  it('takes the session record and who the customer is, and asks for the live log', () => {
    const sessions = new SessionController();
    const answer = sessions.receive(sessionActive, undefined, PAGE);
    expect(answer).toMatchObject({ accepted: true, reload: false, askLiveLog: true });
    expect(answer.anchor).toMatchObject({ recordId: RECORD, objectApiName: 'MessagingSession' });
    expect(sessions.session).toMatchObject({ status: 'Active', phase: 'open' });
  });

  it("ignores another record's answer (the page moved on)", () => {
    const sessions = new SessionController();
    const answer = sessions.receive(sessionActive, undefined, { ...PAGE, recordId: '0Mw5g000000OthrAAA' });
    expect(answer).toEqual({ accepted: false, anchor: undefined, reload: false, askLiveLog: false });
    expect(sessions.session).toBeNull();
  });

  it('asks for a reload once, when the open session ends', () => {
    const sessions = new SessionController();
    sessions.receive(sessionActive, undefined, PAGE);
    expect(sessions.receive(sessionEnded, undefined, PAGE).reload).toBe(true);
    expect(sessions.receive(sessionEnded, undefined, PAGE).reload).toBe(false);
  });

  it('forgets the session on an error, and still lets the live log be asked for', () => {
    const sessions = new SessionController();
    sessions.receive(sessionActive, undefined, PAGE);
    expect(sessions.receive(undefined, { status: 404 }, PAGE)).toMatchObject({
      accepted: true,
      askLiveLog: true
    });
    expect(sessions.session).toBeNull();
    expect(sessions.receive(undefined, undefined, PAGE).askLiveLog).toBe(false);
  });

  it('keeps the session while getRecord has no answer yet, and never asks for a reload without one', () => {
    const sessions = new SessionController();
    sessions.receive(sessionActive, undefined, PAGE);
    expect(sessions.receive(undefined, undefined, PAGE)).toEqual({
      accepted: true,
      anchor: undefined,
      reload: false,
      askLiveLog: false
    });
    expect(sessions.session).toMatchObject({ status: 'Active' });
    expect(sessions.receive(undefined, { status: 500 }, PAGE).reload).toBe(false);
  });

  it('ignores a record answer while the page has no record id', () => {
    const sessions = new SessionController();
    const answer = sessions.receive(sessionActive, undefined, {
      recordId: undefined,
      objectApiName: 'MessagingSession'
    });
    expect(answer.accepted).toBe(false);
    expect(sessions.session).toBeNull();
  });

  it('asks the console for the live log once per record, again on a manual refresh, never once ended', () => {
    const sessions = new SessionController();
    expect(sessions.liveLogRequest(PAGE, false)).toBe(RECORD);
    expect(sessions.liveLogRequest(PAGE, false)).toBeNull();
    expect(sessions.liveLogRequest(PAGE, true)).toBe(RECORD);
    expect(
      sessions.liveLogRequest({ recordId: '0LQ5g000000CallAAA', objectApiName: 'VoiceCall' }, true)
    ).toBeNull();
    sessions.receive(sessionEnded, undefined, PAGE);
    expect(sessions.liveLogRequest(PAGE, true)).toBeNull();
    sessions.reset();
    expect(sessions.liveLogRequest(PAGE, false)).toBe(RECORD);
  });

  it('merges the live log into the loaded entries, unless it came for another record or is unavailable', () => {
    const sessions = new SessionController();
    const loaded = conversation(2);
    const live = [
      entry('live-1', {
        message: 'typed just now',
        source: 'live',
        entryTime: Date.parse('2024-05-14T18:00:00Z')
      })
    ];
    expect(sessions.receiveLiveLog(RECORD, 'other', { available: true, entries: live })).toBe(false);
    expect(sessions.receiveLiveLog(RECORD, RECORD, { available: false, entries: live })).toBe(false);
    expect(sessions.merged(loaded)).toBe(loaded);
    expect(sessions.receiveLiveLog(RECORD, RECORD, { available: true, entries: live })).toBe(true);
    const merged = sessions.merged(loaded);
    expect(merged.map((e) => e.message)).toEqual(['answer 1', 'question 2', 'typed just now']);
    expect(sessions.merged(loaded)).toBe(merged);
  });

  it('explains an open session with no entries yet', () => {
    const sessions = new SessionController();
    sessions.receive(sessionActive, undefined, PAGE);
    expect(sessions.notice([], 'complete', LABELS)).toMatchObject({ kind: 'open' });
    sessions.reset();
    expect(sessions.notice([], 'complete', LABELS)).toBeNull();
  });
});
