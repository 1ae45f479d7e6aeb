/**
 * Preview page: mounts the component under test in a Lightning-record-page-like shell and feeds the
 * preview `lightning/graphql` with a sample, the `npm start -- --data` file or a file picked in the page.
 */
// Synthetic shadow first, as on the platform, so SLDS styles reach inside the components.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import { component, tagName } from 'preview:component';
import { registerSessionNodes, registerSource, onStats, settings, stats } from './dataSource.js';
import { parseResponseText } from './responseShape.mjs';
import { LANGUAGE, LANGUAGES } from 'preview:labels';
// Session records (getRecord), lifecycle and the console live log.
import { registerLiveLog, registerRecord, sessionSettings, setSessionStatus } from './sessionSource.js';

const OBJECTS = {
  MessagingSession: {
    label: 'Messaging Session',
    icon: 'messaging_session',
    css: 'slds-icon-standard-messaging-session'
  },
  VoiceCall: { label: 'Voice Call', icon: 'voice_call', css: 'slds-icon-standard-voice-call' }
};
const CUSTOM_IDS = { MessagingSession: '0Mw000000000099AAA', VoiceCall: '0LQ000000000099AAA' };

const $ = (id) => document.getElementById(id);
/** ?mount=manual leaves the component unmounted until window.__preview.mount() (memory tests). */
const manualMount = new URLSearchParams(location.search).get('mount') === 'manual';
const state = { config: null, current: null, element: null, picked: null };

const preview = {
  tagName,
  ready: false,
  mounted: 0,
  /** Loads a captured response text (what the file picker does); returns the problem or null. */
  loadResponseText(text, name, objectApiName = 'MessagingSession') {
    return loadCustom(text, name, objectApiName);
  },
  select(id) {
    return selectSample(id);
  },
  remount() {
    mount();
  },
  /** Mounts the component for the current sample (replacing a mounted one). */
  mount() {
    mount();
  },
  /** Removes the component from the page (memory tests mount and unmount it repeatedly). */
  unmount() {
    unmount();
  }
};
window.__preview = preview;

function setHeader(entry) {
  const object = OBJECTS[entry.objectApiName] ?? { label: entry.objectApiName, icon: 'default', css: '' };
  $('record-object').textContent = object.label;
  $('record-name').textContent = entry.recordName;
  $('record-id').textContent = entry.recordId;
  $('record-source').textContent = entry.sourceLabel;
  $('record-icon').className = `slds-icon_container ${object.css}`;
  $('record-icon').title = object.label;
  $('record-icon-use').setAttribute('href', `/assets/icons/standard-sprite/svg/symbols.svg#${object.icon}`);
  const i18n = window.__previewI18n ?? {};
  $('record-i18n').textContent =
    `${i18n.locale} · ${i18n.timeZone} · ${i18n.lang} (labels: ${LANGUAGE}, ${i18n.dir})`;
  document.title = `${entry.recordName} | ${object.label} – preview`;
}

function unmount() {
  if (state.element) {
    $('component-host').removeChild(state.element);
    state.element = null;
    preview.unmounted = (preview.unmounted ?? 0) + 1;
  }
}

function mount() {
  const entry = state.current;
  if (!entry) return;
  const host = $('component-host');
  unmount();
  const element = createElement(tagName, { is: component });
  element.recordId = entry.recordId;
  element.objectApiName = entry.objectApiName;
  host.appendChild(element);
  state.element = element;
  preview.mounted++;
  preview.ready = true;
  document.body.dataset.previewSample = entry.id;
}

function setParam(name, value) {
  const url = new URL(location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

async function selectSample(id) {
  const sample = state.config.samples.find((s) => s.id === id) ?? state.config.samples[0];
  $('picker-error').textContent = '';
  let response;
  if (sample.id === 'custom') {
    response = await (await fetch('/data/custom.json')).json();
  } else {
    response = await (await fetch(`/samples/${sample.file}`)).json();
  }
  registerSource(sample.recordId, response);
  await registerHistory(sample);
  await registerSession(sample, response);
  state.current = { ...sample, sourceLabel: sample.id === 'custom' ? sample.file : `sample ${sample.file}` };
  $('sample-select').value = sample.id;
  $('sample-description').textContent = sample.description ?? '';
  setParam('sample', sample.id);
  setHeader(state.current);
  if (manualMount && !state.element) {
    // ?mount=manual: the sample is registered, the component waits for window.__preview.mount().
    preview.ready = true;
    document.body.dataset.previewSample = sample.id;
    return;
  }
  mount();
}

/**
 * The customer's earlier conversations of a sample with `history` (a file of MessagingSession / VoiceCall
 * nodes and each earlier session's ConversationEntry response); any other sample has none.
 */
async function registerHistory(sample) {
  const history = sample.history ? await (await fetch(`/samples/${sample.history}`)).json() : {};
  for (const objectApiName of ['MessagingSession', 'VoiceCall']) {
    registerSessionNodes(objectApiName, history[objectApiName] ?? []);
  }
  for (const [conversationId, entries] of Object.entries(history.entries ?? {})) {
    registerSource(conversationId, entries);
  }
}

// ---- Session records, lifecycle, live console log ----
const OPEN_STATUSES = new Set(['New', 'Waiting', 'Active', 'Paused', 'Consent', 'Inactive']);
let sessionRecords = null;

/** The response with only its first entry: what Salesforce has stored while a session is open. */
function firstEntryOnly(response) {
  const connection = response?.data?.uiapi?.query?.ConversationEntry;
  if (!connection?.edges) return response;
  const edges = [...connection.edges]
    .sort((a, b) => (a?.node?.Seq?.value ?? 0) - (b?.node?.Seq?.value ?? 0))
    .slice(0, 1);
  return {
    ...response,
    data: { uiapi: { query: { ConversationEntry: { ...connection, edges, totalCount: edges.length } } } }
  };
}

const LIVE_TYPES = {
  Agent: 'AGENT',
  EndUser: 'END_USER',
  Bot: 'BOT',
  Supervisor: 'SUPERVISOR',
  System: 'SYSTEM'
};

/** The sample's messages as getEnhancedConversationLog returns them (console in-memory state). */
function liveLogOf(response) {
  const edges = response?.data?.uiapi?.query?.ConversationEntry?.edges ?? [];
  const messages = edges
    .map((edge) => edge?.node)
    .filter((node) => node?.EntryType?.value === 'Text' && node?.Message?.value)
    .sort((a, b) => (a.Seq?.value ?? 0) - (b.Seq?.value ?? 0))
    .map((node) => ({
      content: node.Message.value,
      name: node.ActorName?.value ?? '',
      type: LIVE_TYPES[node.ActorType?.value] ?? 'SYSTEM',
      timestamp: new Date(Date.parse(node.EntryTime.value) + 250).toISOString()
    }));
  return { messages };
}

async function registerSession(sample, response) {
  sessionRecords ??= await (await fetch('/samples/sessions.json')).json();
  state.fullResponse = response;
  registerLiveLog(sample.recordId, liveLogOf(response));
  // A generated sample carries its record in the config (scripts/preview.mjs); the others are in sessions.json.
  const base = sample.sessionRecord ?? sessionRecords.records?.[sample.id];
  if (!base) return;
  const record = structuredClone(base);
  const status = sessionSettings.status;
  if (status && record.apiName === 'MessagingSession') {
    record.fields.Status = { value: status, displayValue: status };
    if (OPEN_STATUSES.has(status)) {
      record.fields.EndTime = { value: null, displayValue: null };
      registerSource(sample.recordId, firstEntryOnly(response));
    }
  }
  registerRecord(record);
}

/** Ends the current session: Salesforce now has every entry, and the record's Status is Ended. */
function endSession() {
  const current = state.current;
  if (!current) return false;
  registerSource(current.recordId, state.fullResponse);
  return setSessionStatus(current.recordId, 'Ended');
}

function loadCustom(text, name, objectApiName) {
  const result = parseResponseText(text, name);
  if (!result.ok) {
    $('picker-error').textContent = `Could not load ${result.problem}`;
    return result.problem;
  }
  $('picker-error').textContent = '';
  const recordId = CUSTOM_IDS[objectApiName] ?? CUSTOM_IDS.MessagingSession;
  registerSource(recordId, result.response);
  state.current = {
    id: 'picked',
    recordId,
    objectApiName,
    recordName: name,
    sourceLabel: `${name} (${result.entries} entries)`
  };
  state.picked = { text, name, objectApiName, entries: result.entries };
  showPicked(state.picked);
  setParam('sample', null);
  setHeader(state.current);
  mount();
  return null;
}

/**
 * The Sample list and its note name the picked file (an entry of its own at the top of the list, which
 * loads it again when chosen), not the sample shown before it.
 */
function showPicked(picked) {
  const select = $('sample-select');
  let option = select.querySelector('option[value="picked"]');
  if (!option) {
    option = document.createElement('option');
    option.value = 'picked';
    select.insertBefore(option, select.firstChild);
  }
  option.textContent = `Your file: ${picked.name} (${picked.objectApiName}, ${picked.entries})`;
  select.value = 'picked';
  $('sample-description').textContent = `Loaded from ${picked.name} with the file picker on this page.`;
}

const LANGUAGE_NAMES = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  ja: '日本語',
  ar: 'العربية'
};
const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'fr-CA', 'de-DE', 'ja-JP', 'ar-EG', 'he-IL'];
const TIME_ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Asia/Tokyo',
  'Australia/Sydney'
];

/** Fills a select with `values` (plus the current one if the URL asked for another) and selects it. */
function fillSelect(select, values, current, name = (v) => v) {
  for (const value of values.includes(current) ? values : [current, ...values]) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = name(value);
    select.appendChild(option);
  }
  select.value = current;
}

/** The language / locale / time zone control: Apply reloads the page with ?lang=&locale=&tz=. */
function setUpI18nControls() {
  const i18n = window.__previewI18n ?? {};
  fillSelect($('i18n-lang'), LANGUAGES, LANGUAGES.includes(i18n.lang) ? i18n.lang : LANGUAGE, (v) =>
    LANGUAGE_NAMES[v] ? `${LANGUAGE_NAMES[v]} (${v})` : v
  );
  fillSelect($('i18n-locale'), LOCALES, i18n.locale);
  fillSelect($('i18n-tz'), TIME_ZONES, i18n.timeZone);
  $('i18n-apply').addEventListener('click', () => {
    const url = new URL(location.href);
    url.searchParams.set('lang', $('i18n-lang').value);
    url.searchParams.set('locale', $('i18n-locale').value);
    url.searchParams.set('tz', $('i18n-tz').value);
    url.searchParams.delete('timeZone');
    url.searchParams.delete('dir');
    location.assign(url.toString());
  });
}

function renderStats() {
  $('stat-requests').textContent = String(stats.requests);
}

async function start() {
  const config = await (await fetch('/preview-config.json')).json();
  state.config = config;
  const select = $('sample-select');
  for (const sample of config.samples) {
    const option = document.createElement('option');
    option.value = sample.id;
    option.textContent = `${sample.label} (${sample.objectApiName}, ${sample.entries})`;
    select.appendChild(option);
  }
  select.addEventListener('change', () => {
    const picked = state.picked;
    if (select.value === 'picked' && picked) loadCustom(picked.text, picked.name, picked.objectApiName);
    else selectSample(select.value);
  });
  $('file-input').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    loadCustom(await file.text(), file.name, $('file-object').value);
  });
  $('remount').addEventListener('click', () => mount());
  setUpI18nControls();
  $('end-session').addEventListener('click', () => endSession());
  $('stat-latency').textContent = `${settings.latency} ms`;
  const faults = [];
  if (settings.failures.all) faults.push('every request fails');
  if (settings.failures.pages.size)
    faults.push(
      `request ${[...settings.failures.pages]
        .map(([n, kind]) => (kind === 'injected' ? String(n) : `${n} (${kind})`))
        .join(', ')} fails once`
    );
  if (settings.errors) faults.push(`errors=${settings.errors}`);
  $('stat-faults').textContent = faults.join('; ') || 'none';
  onStats(renderStats);
  const wanted = new URLSearchParams(location.search).get('sample') ?? config.defaultSample;
  await selectSample(wanted);
}

start().catch((error) => {
  console.error(error);
  $('picker-error').textContent = `Preview failed to start: ${error.message}`;
});
