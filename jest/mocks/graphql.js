/**
 * Jest stand-in for `lightning/graphql`, as strict as UI API about paging (see
 * ../../preview/src/uiApiPaging.js for each rule and its documentation page) and shaped like LDS:
 * - every wire instance first delivers `{ data: undefined, errors: undefined }`, as LDS does before an
 *   answer;
 * - `graphql.emit(data, filter, refresh)` / `graphql.emitErrors(errors, filter, refresh)` deliver a value to
 *   the wired components by hand (the interface of @salesforce/sfdx-lwc-jest's stub);
 * - `graphql.serve({ [conversationId]: nodes }, sessions)` makes every wire answer its own variables from
 *   those ConversationEntry nodes (and the earlier-conversation list queries from `sessions`, MessagingSession
 *   or VoiceCall nodes each marked with `__object`), asynchronously, one answer per new config, each with a `refresh()` that
 *   answers the same variables again and returns a promise;
 * - a config that breaks a paging rule is answered the way UI API answers it: `data` undefined and the
 *   reason in `errors` (HTTP 200, error in the body), whether or not the stand-in is serving.
 * `gql` returns the query text, as the platform's returns a parsed document.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import { PagingError, checkPaging, pageOf } from '../../preview/src/uiApiPaging.js';

export function gql(strings, ...values) {
  return strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
}

let served = null;
let servedSessions = [];
let lastAsked;
const requests = [];

/**
 * The list queries of earlier conversations (MessagingSession / VoiceCall): records of the served
 * sessions whose customer field (the one the query's `where` compares with `$customerId`) equals the
 * variable, except `$sessionId`, newest first by the query's `orderBy` field, paged by the same rules.
 */
function sessionListAnswer(query, variables) {
  const object = /query\s*\{\s*(MessagingSession|VoiceCall)\s*\(/.exec(query)?.[1];
  if (!object) {
    return undefined;
  }
  const field = /(\w+):\s*\{\s*eq:\s*\$customerId/.exec(query)?.[1];
  const orderField = /orderBy:\s*\{\s*(\w+):/.exec(query)?.[1];
  const nodes = servedSessions
    .filter((node) => node.__object === object && node.Id !== variables.sessionId)
    .filter((node) => field && node[field]?.value === variables.customerId)
    .sort((a, b) => String(b[orderField]?.value ?? '').localeCompare(String(a[orderField]?.value ?? '')))
    .map(({ __object, ...node }) => node);
  return { data: { uiapi: { query: { [object]: pageOf(nodes, variables) } } }, errors: undefined };
}

function errorAnswer(error) {
  return { data: undefined, errors: [error.toGraphQLError()] };
}

/** The answer UI API gives to one config of the ConversationEntry query. */
function answer(config) {
  if (config?.query === undefined || config?.query === null) {
    // No query document: LDS's adapter does not request (a wire waiting for its query, e.g. history).
    return null;
  }
  const variables = config?.variables ?? {};
  try {
    // Hand-emitted fixtures carry cursors of their own: without `serve`, the arguments alone are checked.
    checkPaging(variables, { readCursor: served !== null });
    if (served === null) {
      return null;
    }
    const list = sessionListAnswer(String(config.query), variables);
    if (list !== undefined) {
      return list;
    }
    const nodes = served[variables.conversationId] ?? [];
    return { data: { uiapi: { query: { ConversationEntry: pageOf(nodes, variables) } } }, errors: undefined };
  } catch (error) {
    if (error instanceof PagingError) {
      return errorAnswer(error);
    }
    throw error;
  }
}

export class graphql extends createTestWireAdapter() {
  static emit(value, filterFn, refreshFn) {
    super.emit(
      { data: value, errors: undefined, ...(refreshFn !== undefined && { refresh: refreshFn }) },
      filterFn
    );
  }

  static emitErrors(errors, filterFn, refreshFn) {
    super.emit({ data: undefined, errors, ...(refreshFn !== undefined && { refresh: refreshFn }) }, filterFn);
  }

  /** Answers every config from these nodes (by conversation id) until `stopServing()`. */
  static serve(conversations, sessions = []) {
    served = conversations;
    servedSessions = sessions;
    requests.length = 0;
  }

  static stopServing() {
    served = null;
    servedSessions = [];
    requests.length = 0;
  }

  /** The variables of every answered request since `serve`, in order. */
  static get requests() {
    return requests;
  }

  constructor(dataCallback) {
    super(dataCallback);
    this.emit({ data: undefined, errors: undefined });
  }

  /** The last config that carries a query document (a wire waiting for its query asks nothing). */
  static getLastConfig() {
    return lastAsked;
  }

  update(config) {
    super.update(config);
    if (config?.query !== undefined && config?.query !== null) {
      lastAsked = config;
    }
    this.deliver(config);
  }

  /** One round trip: resolves after the answer (if any) reached the component. */
  deliver(config) {
    const value = answer(config);
    if (value === null) {
      return Promise.resolve();
    }
    return Promise.resolve().then(() => {
      // A newer config (or a disconnect) supersedes this answer, as with LDS.
      if (this.config !== config || !this.constructor._wireInstances.has(this)) {
        return;
      }
      requests.push({ ...(config?.variables ?? {}) });
      this.emit({ ...value, refresh: () => this.deliver(config) });
    });
  }
}
