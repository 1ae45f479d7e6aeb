/**
 * Checks a captured UI API GraphQL response for ConversationEntry and explains what is wrong with it.
 * Shared by the CLI (`npm start -- --data file.json`) and the page's file picker, so both report the
 * same problem in the same words. Plain ES module: runs in Node and in the browser.
 *
 * Accepted shapes:
 *   { "data": { "uiapi": { "query": { "ConversationEntry": { "edges": [...] } } } }, "errors": [...]? }
 *   { "uiapi": { ... } }                      (just the `data` part)
 *   { "errors": [ ... ] }                     (an error response: the preview replays the errors)
 */

function kind(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} json parsed JSON
 * @returns {{ ok: true, response: { data?: object, errors?: unknown[] }, entries: number } | { ok: false, problem: string }}
 */
export function checkResponse(json) {
  if (!isObject(json)) {
    return { ok: false, problem: `expected a JSON object (a GraphQL response), found ${kind(json)}` };
  }
  let data;
  let errors;
  if ('data' in json || 'errors' in json) {
    data = json.data;
    errors = json.errors;
  } else if ('uiapi' in json) {
    data = json;
  } else {
    const keys = Object.keys(json).slice(0, 5).join(', ') || 'none';
    return { ok: false, problem: `expected "data" (or "uiapi") at the top level, found keys: ${keys}` };
  }
  if (errors !== undefined && errors !== null && !Array.isArray(errors)) {
    return { ok: false, problem: `"errors" must be an array, found ${kind(errors)}` };
  }
  if (data === undefined || data === null) {
    if (Array.isArray(errors) && errors.length > 0) {
      return { ok: true, response: { data: null, errors }, entries: 0 };
    }
    return { ok: false, problem: '"data" is empty and there are no "errors"' };
  }
  const steps = ['uiapi', 'query', 'ConversationEntry'];
  let cursor = data;
  let where = 'data';
  for (const step of steps) {
    if (!isObject(cursor)) {
      return { ok: false, problem: `expected ${where} to be an object, found ${kind(cursor)}` };
    }
    if (!(step in cursor)) {
      const hint =
        step === 'ConversationEntry' ? ` (found: ${Object.keys(cursor).join(', ') || 'nothing'})` : '';
      return { ok: false, problem: `missing ${where}.${step}${hint}` };
    }
    cursor = cursor[step];
    where += `.${step}`;
  }
  if (!isObject(cursor)) {
    return { ok: false, problem: `expected ${where} to be an object, found ${kind(cursor)}` };
  }
  if (!Array.isArray(cursor.edges)) {
    return { ok: false, problem: `expected ${where}.edges to be an array, found ${kind(cursor.edges)}` };
  }
  for (let i = 0; i < cursor.edges.length; i++) {
    const edge = cursor.edges[i];
    if (!isObject(edge) || !isObject(edge.node)) {
      return {
        ok: false,
        problem: `${where}.edges[${i}] must be an object with a "node" object, found ${isObject(edge) ? `node: ${kind(edge.node)}` : kind(edge)}`
      };
    }
  }
  const response = errors === undefined ? { data } : { data, errors };
  return { ok: true, response, entries: cursor.edges.length };
}

/**
 * Characters never echoed as they are: control characters (C0, DEL, C1: a terminal runs ESC sequences),
 * line and paragraph separators, bidi controls (they reorder the rest of a line) and a stray BOM.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/gu;

/** `text` with every unsafe character written as a visible escape (ESC → `\x1b`, U+202E → `\u202e`). */
export function visible(text) {
  return String(text).replace(UNSAFE, (char) => {
    const code = char.codePointAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A UTF-8 byte order mark read as text (the browser's File.text() drops it; Node's readFile keeps it). */
const BOM = '\uFEFF';

/**
 * Parses text and checks it; the problem names the source (a file name) and, for bad JSON, the position.
 * A leading byte order mark is ignored. The problem never holds a raw control character: any from the
 * file or its name is escaped visibly (see `visible`).
 */
export function parseResponseText(text, sourceName) {
  let json;
  try {
    json = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  } catch (error) {
    return {
      ok: false,
      problem: visible(
        `${sourceName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`
      )
    };
  }
  const result = checkResponse(json);
  return result.ok ? result : { ok: false, problem: visible(`${sourceName}: ${result.problem}`) };
}
