/**
 * What the preview's `lightning/uiRecordApi` and `lightning/conversationToolkitApi` stand-ins serve:
 * one getRecord record per record id (preview/samples/sessions.json) and, with `?toolkit=live`, a live
 * conversation log per record id. The page flips a session's Status with `setSessionStatus` (the
 * "End session" button), which re-provisions every subscribed getRecord wire,
 * as LDS does when a record changes.
 *
 * URL parameters (all optional):
 *   status=Active      the MessagingSession's Status (any picklist value); open values serve only the
 *                      first ConversationEntry, as Salesforce creates the rest when the session ends
 *   toolkit=live       getEnhancedConversationLog resolves with the sample's messages (a console app with
 *                      the Enhanced Conversation component); toolkit=error rejects, toolkit=throw throws;
 *                      default (off) rejects like any page outside a console app
 */
const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);

export const sessionSettings = {
  status: params.get('status'),
  toolkit: params.get('toolkit') ?? 'off'
};

const records = new Map();
const liveLogs = new Map();
const subscribers = new Set();

/** Counters for tests. */
export const sessionStats = {
  getRecord: 0,
  notifyRecordUpdateAvailable: 0,
  toolkitCalls: 0,
  toolkitSettled: 0
};
if (typeof window !== 'undefined') {
  window.__previewSessionStats = sessionStats;
}

export function registerRecord(record) {
  records.set(record.id, record);
}

export function getRecordById(recordId) {
  return records.get(recordId);
}

export function registerLiveLog(recordId, response) {
  liveLogs.set(recordId, response);
}

export function getLiveLog(recordId) {
  return liveLogs.get(recordId);
}

/** A getRecord wire subscribes with a function that re-provisions it; returns the unsubscribe. */
export function subscribe(listener) {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

export function notifyRecords(recordIds) {
  for (const listener of subscribers) listener(recordIds);
}

/** Sets a MessagingSession's Status (and EndTime when it ends) and re-provisions its wires. */
export function setSessionStatus(recordId, status, endTime = new Date().toISOString()) {
  const record = records.get(recordId);
  if (!record || record.apiName !== 'MessagingSession') return false;
  record.fields.Status = { value: status, displayValue: status };
  if (status === 'Ended' || status === 'Error') {
    record.fields.EndTime = { value: record.fields.EndTime?.value ?? endTime, displayValue: null };
  } else {
    record.fields.EndTime = { value: null, displayValue: null };
  }
  notifyRecords([recordId]);
  return true;
}
