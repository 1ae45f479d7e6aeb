/**
 * Preview stand-in for `lightning/uiRecordApi`: `getRecord` (wire adapter) and
 * `notifyRecordUpdateAvailable`. Serves the records of ../../../src/sessionSource.js in the UI API record
 * shape, keeping only the requested `fields` / `optionalFields` (spanning paths such as
 * `MessagingSession.MessagingChannel.MasterLabel` included). A requested `fields` entry the record lacks
 * fails like UI API does; a missing `optionalFields` entry is simply left out.
 */
import { getRecordById, notifyRecords, sessionStats, subscribe } from '../../../src/sessionSource.js';
import { settings } from '../../../src/dataSource.js';

function pick(record, paths, required) {
  const out = { ...record, fields: {} };
  const missing = [];
  for (const path of paths) {
    const names = path.split('.').slice(1); // drop the object name
    let source = record;
    let target = out;
    for (let i = 0; i < names.length; i++) {
      const field = source?.fields?.[names[i]];
      if (field === undefined) {
        if (required) missing.push(path);
        break;
      }
      if (i === names.length - 1) {
        target.fields[names[i]] = field;
        break;
      }
      const child = field.value;
      if (child === null || typeof child !== 'object') {
        target.fields[names[i]] = field;
        break;
      }
      const existing = target.fields[names[i]]?.value;
      const next = existing && typeof existing === 'object' ? existing : { ...child, fields: {} };
      target.fields[names[i]] = { ...field, value: next };
      source = child;
      target = next;
    }
  }
  return { data: out, missing };
}

export class getRecord {
  constructor(callback) {
    this.callback = callback;
    this.config = null;
    this.unsubscribe = null;
  }

  connect() {
    this.unsubscribe = subscribe((ids) => {
      if (this.config && ids.includes(this.config.recordId)) this.provide();
    });
  }

  disconnect() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  update(config) {
    this.config = config;
    this.provide();
  }

  provide() {
    const config = this.config;
    if (!config?.recordId) return;
    sessionStats.getRecord++;
    setTimeout(() => {
      const record = getRecordById(config.recordId);
      if (!record) {
        this.callback({
          data: undefined,
          error: {
            status: 404,
            body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
          }
        });
        return;
      }
      const required = pick(record, config.fields ?? [], true);
      if (required.missing.length) {
        this.callback({
          data: undefined,
          error: {
            status: 400,
            body: [{ errorCode: 'INVALID_FIELD', message: `No such column: ${required.missing.join(', ')}` }]
          }
        });
        return;
      }
      const optional = pick(record, config.optionalFields ?? [], false);
      const data = { ...record, fields: { ...optional.data.fields, ...required.data.fields } };
      this.callback({ data: JSON.parse(JSON.stringify(data)), error: undefined });
    }, settings.latency);
  }
}

export function notifyRecordUpdateAvailable(items) {
  sessionStats.notifyRecordUpdateAvailable++;
  const ids = (items ?? []).map((item) => item.recordId);
  // Re-provision like LDS after a server round trip.
  notifyRecords(ids);
  return Promise.resolve();
}

export function getFieldValue(record, field) {
  const path = typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
  let value = record;
  for (const name of path.split('.').slice(1)) value = value?.fields?.[name]?.value;
  return value;
}
