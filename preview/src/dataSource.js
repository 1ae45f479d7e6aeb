/**
 * What the preview's `lightning/graphql` serves: one captured/sample response per conversation id,
 * plus the fault-injection settings read from the page URL and the request counters tests read.
 *
 * URL parameters (all optional):
 *   latency=300        delay of every response in ms (default 200; 0 = next macrotask)
 *   fail=page:3        the 3rd request fails once (comma-separate several: fail=page:1,page:4);
 *                      fail=all makes every request fail
 *   fail=page:3:KIND   the 3rd request fails once in a specific way, then the next request (Try again)
 *                      succeeds. KIND is one of FAULT_KINDS: InvalidSyntax, ValidationError,
 *                      OperationNotSupported, DataFetchingException, ExecutionAborted (GraphQL errors as
 *                      graphql-java classifies them), partial (the page's data *and* an error), escaped
 *                      (an HTML-escaped field-level-security message), unsupported, noAccess, fieldHidden,
 *                      network (a real failed fetch: the server drops the connection), timeout (HTTP 504),
 *                      malformed (data without uiapi.query.ConversationEntry.edges)
 *   errors=…           every request answers as UI API does when the user's schema lacks something
 *                      (HTTP 200, `data: {}`, reasons in `errors`): object-hidden (alias validation),
 *                      field-hidden[:Message,ActorName], unsupported, no-access (INSUFFICIENT_ACCESS);
 *                      errors=partial answers with its page of data *and* an error; errors=<text> answers
 *                      with a DataFetchingException of that text (see lightning/graphql/graphql.js)
 *   pageSize=N         not read here: the component decides `first`; the server caps it at 2000
 */

const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);

function readLatency() {
  const raw = params.get('latency');
  const value = raw === null ? 200 : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : 200;
}

/** The ways `fail=page:N:KIND` can fail a request (see graphql.js for each response). */
export const FAULT_KINDS = [
  'InvalidSyntax',
  'ValidationError',
  'OperationNotSupported',
  'DataFetchingException',
  'ExecutionAborted',
  'partial',
  'escaped',
  'unsupported',
  'noAccess',
  'fieldHidden',
  'network',
  'timeout',
  'malformed'
];

/** `fail=` → { all, pages: Map(request number → kind, 'injected' when none is given) }. */
export function parseFailures(raw) {
  const pages = new Map();
  let all = false;
  for (const part of (raw ?? '').split(',')) {
    const trimmed = part.trim();
    if (trimmed === 'all') all = true;
    const match = /^(?:page|request):(\d+)(?::([A-Za-z]+))?$/.exec(trimmed);
    if (match && (match[2] === undefined || FAULT_KINDS.includes(match[2]))) {
      pages.set(Number(match[1]), match[2] ?? 'injected');
    }
  }
  return { all, pages };
}

function readFailures() {
  return parseFailures(params.get('fail'));
}

export const settings = {
  latency: readLatency(),
  failures: readFailures(),
  errors: params.get('errors')
};

/** Counters for tests and for the page's side panel. */
export const stats = {
  requests: 0,
  responses: 0,
  injectedFailures: 0,
  /** The kind of every injected failure, in order ('injected' for a plain fail=page:N). */
  injectedKinds: [],
  errorResponses: 0,
  /** performance.now() when the last response was delivered. */
  lastResponseAt: null,
  /** Variables (and performance.now() time) of every request, in order. */
  requestLog: [],
  /** Largest `first` asked for. */
  maxFirst: 0,
  connected: 0,
  disconnected: 0,
  /**
   * Timing of every answered request (performance.now() ms), for `npm run bench`: `issued` when asked,
   * `answered` just before the callback runs, `serverMs` the stand-in's own work (what Salesforce's
   * servers do on the platform, so the benchmark leaves it out of the component's time).
   */
  timings: []
};
if (typeof window !== 'undefined') {
  window.__previewStats = stats;
}

const sources = new Map();
const listeners = new Set();

/** Registers the full (unpaged) response for a conversation id. */
export function registerSource(recordId, response) {
  sources.set(recordId, response);
}

export function getSource(recordId) {
  return sources.get(recordId);
}

const sessionNodes = new Map();

/**
 * Registers MessagingSession / VoiceCall records as the earlier-conversation list queries select them
 * (`{ Id, Name: { value }, … }`): what `lightning/graphql` serves for `uiapi.query.<objectApiName>`.
 */
export function registerSessionNodes(objectApiName, nodes) {
  sessionNodes.set(objectApiName, Array.isArray(nodes) ? nodes : []);
}

export function getSessionNodes(objectApiName) {
  return sessionNodes.get(objectApiName) ?? [];
}

/** The page subscribes to refresh its counters after every request. */
export function onStats(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyStats() {
  for (const listener of listeners) {
    try {
      listener(stats);
    } catch {
      // a broken listener must not break the data flow
    }
  }
}
