/**
 * What the preview's `lightning/graphql` serves: one captured/sample response per conversation id,
 * plus the fault-injection settings read from the page URL and the request counters tests read.
 *
 * URL parameters (all optional):
 *   latency=300        delay of every response in ms (default 200; 0 = next macrotask)
 *   fail=page:3        the 3rd request fails once (comma-separate several: fail=page:1,page:4);
 *                      fail=all makes every request fail
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

function readFailures() {
  const raw = params.get('fail');
  const pages = new Set();
  let all = false;
  if (raw) {
    for (const part of raw.split(',')) {
      const trimmed = part.trim();
      if (trimmed === 'all') all = true;
      const match = /^(?:page|request):(\d+)$/.exec(trimmed);
      if (match) pages.add(Number(match[1]));
    }
  }
  return { all, pages };
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
  errorResponses: 0,
  /** Variables of every request, in order. */
  requestLog: [],
  /** Largest `first` asked for. */
  maxFirst: 0,
  connected: 0,
  disconnected: 0
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
