/**
 * Preview stand-in for the platform's `lightning/graphql` wire adapter (LDS GraphQL).
 *
 * Protocol: `new graphql(callback)`, `connect()`, `update({ query, variables })`, `disconnect()`; every
 * answered request calls `callback({ data, errors, refresh })` asynchronously, like LDS does.
 *
 * It runs the real query text (parsed with graphql-js) against the registered sample for the conversation
 * id found in `where: { ConversationId: { eq: ... } }`, honours `orderBy: { Seq }`; the MessagingSession
 * and VoiceCall lists of the earlier-conversation queries come from the registered session nodes
 * (`where` with and/or/not, eq/ne; `orderBy` on any field); pages with UI API's
 * documented rules (../../../src/uiApiPaging.js: `first` up to 2000, 4,000 records without `upperBound`,
 * `first` 200–2000 and a constant `upperBound` with it; opaque cursors, `hasNextPage`, `totalCount`), and
 * returns exactly the fields the query selects (so a field the component reads but does not query shows
 * up as missing in the preview too). Latency and faults come from the page URL: see ../../../src/dataSource.js.
 */
import { getLocation, parse } from 'graphql';
import { getSessionNodes, getSource, notifyStats, settings, stats } from '../../../src/dataSource.js';
import { PagingError, pageOf } from '../../../src/uiApiPaging.js';

/** The platform's `gql` returns a parsed document; here the query text is kept and parsed per request. */
export function gql(strings, ...values) {
  let text = '';
  strings.forEach((part, i) => {
    text += part + (i < values.length ? String(values[i]) : '');
  });
  return text;
}

class QueryError extends Error {
  constructor(message, extra = {}) {
    super(message);
    this.extra = extra;
  }
}

function valueOf(node, variables) {
  switch (node.kind) {
    case 'Variable':
      return variables?.[node.name.value] ?? null;
    case 'IntValue':
      return Number.parseInt(node.value, 10);
    case 'FloatValue':
      return Number.parseFloat(node.value);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'BooleanValue':
      return node.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return node.values.map((v) => valueOf(v, variables));
    case 'ObjectValue':
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    default:
      return undefined;
  }
}

function argsOf(field, variables) {
  return Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, variables)]));
}

function keyOf(field) {
  return field.alias ? field.alias.value : field.name.value;
}

/** Returns `value` reduced to the selection; absent fields with a sub-selection become all-null objects. */
function project(value, selectionSet, typename = 'ConversationEntry') {
  if (!selectionSet) {
    return value === undefined ? null : value;
  }
  if (value === null) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((v) => project(v, selectionSet, typename));
  }
  const source = value === undefined ? {} : value;
  const out = {};
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      out[keyOf(selection)] =
        selection.name.value === '__typename'
          ? typename
          : project(source[selection.name.value], selection.selectionSet, typename);
    } else if (selection.kind === 'InlineFragment') {
      Object.assign(out, project(source, selection.selectionSet, typename));
    }
  }
  return out;
}

function sourceNodes(response) {
  const edges = response?.data?.uiapi?.query?.ConversationEntry?.edges;
  return Array.isArray(edges) ? edges.map((edge) => edge?.node) : [];
}

function seqOf(node) {
  const value = node?.Seq?.value;
  return typeof value === 'number' ? value : Number.POSITIVE_INFINITY;
}

/**
 * The source's nodes in the requested Seq order, sorted once per source and order (a server keeps an
 * index; re-sorting 50,000 nodes for each of 25 pages would swamp what the benchmark measures).
 */
const orderCache = new WeakMap();
function orderedNodes(source, seqOrder) {
  const key = seqOrder ?? 'none';
  const cached = source ? orderCache.get(source)?.[key] : undefined;
  if (cached) return cached;
  let nodes = sourceNodes(source);
  if (seqOrder) {
    const sign = seqOrder === 'ASC' ? 1 : -1;
    nodes = nodes
      .map((node, index) => ({ node, index }))
      .sort((a, b) => sign * (seqOf(a.node) - seqOf(b.node)) || a.index - b.index)
      .map((x) => x.node);
  }
  if (source && typeof source === 'object') {
    orderCache.set(source, { ...orderCache.get(source), [key]: nodes });
  }
  return nodes;
}

/**
 * The entries of several conversations for `where: { ConversationId: { in: [...] } }` (the `in` operator
 * of ID filters: https://developer.salesforce.com/docs/platform/graphql/guide/filter-fields.html), one
 * conversation after another in ascending id order (`orderBy: { ConversationId: { order: ASC }, Seq: …
 * }`), each in Seq order. Used by scripts/history-paths.mjs to weigh one request per conversation against
 * one `in` collection; the component asks one conversation at a time (docs/history.md).
 */
const inCache = new Map();
function inNodes(ids) {
  const key = JSON.stringify(ids);
  if (!inCache.has(key)) {
    const nodes = [];
    for (const id of [...new Set(ids)].sort()) {
      for (const node of orderedNodes(getSource(id), 'ASC')) {
        nodes.push(node.ConversationId === undefined ? { ...node, ConversationId: { value: id } } : node);
      }
    }
    inCache.clear();
    inCache.set(key, nodes);
  }
  return inCache.get(key);
}

/** Resolves the ConversationEntry connection for one request. */
function resolveConnection(field, variables, context) {
  const args = argsOf(field, variables);
  const conversationIds = args.where?.ConversationId?.in;
  if (Array.isArray(conversationIds) && conversationIds.every((id) => typeof id === 'string' && id)) {
    if (typeof args.first === 'number') stats.maxFirst = Math.max(stats.maxFirst, args.first);
    return pageOf(inNodes(conversationIds), {
      first: args.first,
      after: args.after,
      upperBound: args.upperBound
    });
  }
  const conversationId = args.where?.ConversationId?.eq;
  if (typeof conversationId !== 'string' || conversationId === '') {
    throw new QueryError('The preview expects where: { ConversationId: { eq: <id> } } with a non-empty id.');
  }
  if (typeof args.first === 'number') {
    stats.maxFirst = Math.max(stats.maxFirst, args.first);
  }
  const source = getSource(conversationId);
  if (source && Array.isArray(source.errors) && source.errors.length > 0) {
    // A captured error response (or partial response) is replayed as it was captured.
    context.errors = source.errors;
    context.noData = source.data === null || source.data === undefined;
  }
  const seqOrder = args.orderBy?.Seq?.order;
  const nodes = orderedNodes(source, seqOrder === 'ASC' || seqOrder === 'DESC' ? seqOrder : null);
  // The documented paging rules (first, after, upperBound, the 4,000-record limit): see uiApiPaging.js.
  const connection = pageOf(nodes, { first: args.first, after: args.after, upperBound: args.upperBound });
  // Every record of the answer belongs to the conversation asked for, and says so when asked.
  for (const edge of connection.edges) {
    if (edge.node && edge.node.ConversationId === undefined) {
      edge.node = { ...edge.node, ConversationId: { value: conversationId } };
    }
  }
  return connection;
}

/** The value a `where` / `orderBy` compares: `Id` is a plain string on a node, other fields `{ value }`. */
function fieldValue(node, name) {
  const field = node?.[name];
  return field !== null && typeof field === 'object' ? (field.value ?? null) : (field ?? null);
}

/**
 * True when `node` matches a UI API `where` filter of the forms the history queries use: `and` / `or`
 * lists, `not`, and `{ Field: { eq | ne: value } }` (several operators of one field all apply).
 * https://developer.salesforce.com/docs/platform/graphql/guide/filter-fields.html
 */
function matches(node, where) {
  if (where === null || where === undefined) return true;
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return condition.every((part) => matches(node, part));
    if (key === 'or') return condition.some((part) => matches(node, part));
    if (key === 'not') return !matches(node, condition);
    const value = fieldValue(node, key);
    return Object.entries(condition ?? {}).every(([operator, operand]) => {
      if (operator === 'eq') return value === operand;
      if (operator === 'ne') return value !== operand;
      throw new QueryError(`The preview does not serve the filter operator ${operator} (on ${key}).`);
    });
  });
}

/**
 * Sorts by `orderBy: { Field: { order: ASC | DESC, nulls: FIRST | LAST } }` (one or more fields, in the
 * object's key order). Ascending and nulls first unless asked otherwise ("By default, the result is
 * ordered in ascending order … By default, null values are sorted first"):
 * https://developer.salesforce.com/docs/platform/graphql/guide/order-schema.html
 */
function ordered(nodes, orderBy) {
  const keys = Object.entries(orderBy ?? {});
  if (keys.length === 0) return nodes;
  const compare = (a, b) => {
    for (const [name, clause] of keys) {
      const x = fieldValue(a, name);
      const y = fieldValue(b, name);
      if (x === y) continue;
      const nullsLast = clause?.nulls === 'LAST';
      if (x === null) return nullsLast ? 1 : -1;
      if (y === null) return nullsLast ? -1 : 1;
      const sign = clause?.order === 'DESC' ? -1 : 1;
      return x < y ? -sign : sign;
    }
    return 0;
  };
  return [...nodes].sort(compare);
}

/**
 * Resolves a MessagingSession / VoiceCall list (the earlier-conversation queries of historyQuery.ts) from
 * the sample's session records: `where`, `orderBy` and the same paging rules as ConversationEntry.
 */
function resolveSessionList(objectApiName, field, variables) {
  const args = argsOf(field, variables);
  const nodes = ordered(
    getSessionNodes(objectApiName).filter((node) => matches(node, args.where)),
    args.orderBy
  );
  try {
    return pageOf(nodes, { first: args.first, after: args.after, upperBound: args.upperBound });
  } catch (error) {
    if (error instanceof PagingError) error.path = ['uiapi', 'query', objectApiName];
    throw error;
  }
}

const SESSION_OBJECTS = ['MessagingSession', 'VoiceCall'];

/** Runs the query: `uiapi { query { ConversationEntry | MessagingSession | VoiceCall (...) { ... } } }`. */
function execute(queryText, variables, context) {
  let document;
  try {
    document = typeof queryText === 'string' ? parse(queryText) : queryText;
  } catch (error) {
    throw new QueryError(`Invalid query: ${error.message}`, { errorType: 'InvalidSyntax' });
  }
  const operation = document?.definitions?.find((d) => d.kind === 'OperationDefinition');
  if (!operation) {
    throw new QueryError('The query has no operation.');
  }
  const resolveField = (field, path) => {
    const name = field.name.value;
    const here = [...path, name];
    if (here.join('/') === 'uiapi/query/ConversationEntry') {
      return project(resolveConnection(field, variables, context), field.selectionSet);
    }
    if (path.join('/') === 'uiapi/query' && SESSION_OBJECTS.includes(name)) {
      return project(resolveSessionList(name, field, variables), field.selectionSet, name);
    }
    if (here.join('/') === 'uiapi' || here.join('/') === 'uiapi/query') {
      const out = {};
      for (const child of field.selectionSet?.selections ?? []) {
        if (child.kind === 'Field') out[keyOf(child)] = resolveField(child, here);
      }
      return out;
    }
    throw new QueryError(
      `The preview serves ConversationEntry, MessagingSession and VoiceCall; got ${here.join('.')}.`,
      {
        path: here
      }
    );
  };
  const data = {};
  for (const field of operation.selectionSet.selections) {
    if (field.kind === 'Field') data[keyOf(field)] = resolveField(field, []);
  }
  return data;
}

/** One UI API GraphQL error as the platform sends it (GraphQL API guide, "Status Codes and Error Responses"). */
function uiApiError(message, errorType, location, paths = []) {
  return { extensions: { ErrorType: errorType }, locations: location ? [location] : [], message, paths };
}

/** Line and column of an AST node in the query text, as GraphQL reports them. */
function locationOf(node) {
  if (!node?.loc) return null;
  const { line, column } = getLocation(node.loc.source, node.loc.start);
  return { column, line };
}

/** The `uiapi { query { ConversationEntry } }` field of the query, and its node selection. */
function conversationEntryField(document) {
  const operation = document?.definitions?.find((d) => d.kind === 'OperationDefinition');
  const child = (field, name) =>
    field?.selectionSet?.selections.find((s) => s.kind === 'Field' && s.name.value === name);
  const entry = child(
    child(child({ selectionSet: operation?.selectionSet }, 'uiapi'), 'query'),
    'ConversationEntry'
  );
  const node = child(child(entry, 'edges'), 'node');
  return { entry, node };
}

/**
 * What UI API answers when the user's schema lacks something (?errors=…). Faithful to the platform: an
 * HTTP-200 response with `data: {}` and the reasons in `errors`, text from graphql-java / UI API.
 *   object-hidden (or validation): no ConversationEntry in the user's schema (no Access Conversation Entries)
 *   field-hidden[:A,B]           : fields hidden by field-level security (default Message); only the hidden
 *                                  fields the query selects are reported, at their real line and column
 *   unsupported                  : "Object ConversationEntry is not supported in UI API"
 *   no-access                    : UI API's INSUFFICIENT_ACCESS body, no data
 *   partial                      : the page's data *and* an error (handled by the caller)
 *   anything else                : a DataFetchingException with that text, no data
 */
function injectedResponse(kind, queryText) {
  let document = null;
  try {
    document = typeof queryText === 'string' ? parse(queryText) : queryText;
  } catch {
    document = null;
  }
  const { entry, node } = conversationEntryField(document);
  const [name, arg] = String(kind).split(':');
  switch (name) {
    case 'validation':
    case 'object-hidden':
      return {
        data: {},
        errors: [
          uiApiError(
            "Validation error of type FieldUndefined: Field 'ConversationEntry' in type 'RecordQuery' is undefined @ 'uiapi/query/ConversationEntry'",
            'ValidationError',
            locationOf(entry)
          )
        ]
      };
    case 'field-hidden': {
      const hidden = (arg || 'Message')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const selected = (node?.selectionSet?.selections ?? []).filter(
        (s) => s.kind === 'Field' && hidden.includes(s.name.value)
      );
      if (selected.length === 0) return null;
      return {
        data: {},
        errors: selected.map((field) =>
          uiApiError(
            `Validation error of type FieldUndefined: Field '${field.name.value}' in type 'ConversationEntry' is undefined @ 'uiapi/query/ConversationEntry/edges/node/${field.name.value}'`,
            'ValidationError',
            locationOf(field)
          )
        )
      };
    }
    case 'unsupported':
      return {
        data: {},
        errors: [
          uiApiError(
            'Object ConversationEntry is not supported in UI API',
            'DataFetchingException',
            locationOf(entry),
            ['uiapi', 'query', 'ConversationEntry']
          )
        ]
      };
    case 'no-access':
      return {
        data: undefined,
        errors: [
          {
            errorCode: 'INSUFFICIENT_ACCESS',
            message:
              "You don't have access to this record. Ask your administrator for help or to request access."
          }
        ]
      };
    default:
      return { data: undefined, errors: [uiApiError(String(kind), 'DataFetchingException', null)] };
  }
}

/** The error of ?errors=partial: the page's data is kept. */
const PARTIAL_ERROR = uiApiError(
  'Preview: partial response (?errors=partial): the data of this page arrived with an error',
  'DataFetchingException',
  null
);

export class graphql {
  constructor(callback) {
    this.callback = callback;
    this.connected = false;
    this.config = undefined;
    this.generation = 0;
  }

  connect() {
    this.connected = true;
    stats.connected++;
    if (this.config?.query !== undefined && this.config?.query !== null) {
      this.request();
    }
  }

  disconnect() {
    this.connected = false;
    this.generation++;
    stats.disconnected++;
  }

  update(config) {
    this.config = config;
    // A config without a query document is incomplete: LDS requests nothing (a wire waiting for its query).
    if (this.connected && config?.query !== undefined && config?.query !== null) {
      this.request();
    }
  }

  /** One network round trip for the current config; resolves once the callback has run. */
  request() {
    const config = this.config;
    const generation = ++this.generation;
    stats.requests++;
    const requestNumber = stats.requests;
    stats.requestLog.push({
      n: requestNumber,
      at: performance.now(),
      variables: { ...(config?.variables ?? {}) }
    });
    notifyStats();
    const refresh = () => (this.connected && this.config ? this.request() : Promise.resolve());
    const issued = performance.now();
    return new Promise((resolve) => {
      setTimeout(async () => {
        const started = performance.now();
        // A newer request (or a disconnect) supersedes this one, as with the real wire.
        const superseded = () => generation !== this.generation || !this.connected;
        if (superseded()) {
          resolve();
          return;
        }
        let value;
        const kind =
          settings.failures.pages.get(requestNumber) ?? (settings.failures.all ? 'injected' : null);
        if (kind) {
          settings.failures.pages.delete(requestNumber);
          stats.injectedFailures++;
          stats.injectedKinds.push(kind);
          value = { ...(await faultResponse(kind, requestNumber, () => answer(config))), refresh };
          if (superseded()) {
            resolve();
            return;
          }
        } else {
          value = { ...answer(config), refresh };
        }
        if (value.errors) stats.errorResponses++;
        stats.responses++;
        stats.lastResponseAt = performance.now();
        notifyStats();
        const answered = performance.now();
        stats.timings.push({ n: requestNumber, issued, answered, serverMs: answered - started });
        this.callback(value);
        resolve();
      }, settings.latency);
    });
  }
}

/** The normal answer to a request: its page of data, or the errors the URL or the sample ask for. */
function answer(config) {
  try {
    const context = {};
    const data = execute(config?.query, config?.variables, context);
    if (context.errors) {
      return { data: context.noData ? undefined : data, errors: context.errors };
    }
    if (settings.errors === 'partial') {
      return { data, errors: [PARTIAL_ERROR] };
    }
    const injected = settings.errors ? injectedResponse(settings.errors, config?.query) : null;
    return injected ?? { data, errors: undefined };
  } catch (error) {
    if (error instanceof PagingError) {
      return { data: undefined, errors: [error.toGraphQLError(error.path)] };
    }
    return {
      data: undefined,
      errors: [
        {
          message: error.message,
          locations: [],
          path: error.extra?.path ?? null,
          extensions: { classification: error.extra?.errorType ?? 'ExecutionError' }
        }
      ]
    };
  }
}

/** A GraphQL error as graphql-java (and so UI API) shapes it. */
function graphqlError(message, classification, path = null) {
  return { message, locations: [{ line: 4, column: 9 }], path, extensions: { classification } };
}

/**
 * The response for one injected fault (`fail=page:N:KIND`). `normal` gives the regular answer, for the
 * kinds that keep the page's data. `network` really fails: it fetches a URL the preview server answers by
 * dropping the connection, and passes on the browser's own error.
 */
async function faultResponse(kind, requestNumber, normal) {
  const errors = (list) => ({ data: undefined, errors: list });
  switch (kind) {
    case 'InvalidSyntax':
      return errors([
        graphqlError("Invalid Syntax : offending token '}' at line 12 column 3", 'InvalidSyntax')
      ]);
    case 'ValidationError':
      return errors([
        graphqlError(
          "Validation error of type WrongType: argument 'first' with value 'IntValue{value=5000}' is not a valid 'Int' @ 'uiapi/query/ConversationEntry'",
          'ValidationError'
        )
      ]);
    case 'OperationNotSupported':
      return errors([graphqlError('Operation type subscription is not supported', 'OperationNotSupported')]);
    case 'DataFetchingException':
      return errors([
        graphqlError(
          'Exception while fetching data (/uiapi/query/ConversationEntry) : An unexpected error occurred. Please include this ErrorId if you contact support: 1403511-44812 (-1650239862)',
          'DataFetchingException',
          ['uiapi', 'query', 'ConversationEntry']
        )
      ]);
    case 'ExecutionAborted':
      return errors([
        graphqlError('Execution aborted: the query exceeded its time limit', 'ExecutionAborted')
      ]);
    case 'partial':
      return {
        data: normal().data,
        errors: [
          graphqlError(
            'Exception while fetching data (/uiapi/query/ConversationEntry/edges/3/node/Message) : row could not be read',
            'DataFetchingException',
            ['uiapi', 'query', 'ConversationEntry', 'edges', 3, 'node', 'Message']
          )
        ]
      };
    case 'escaped':
      return errors([
        graphqlError(
          'Validation error of type FieldUndefined: Field &#39;Message&#39; in type &#39;ConversationEntry&#39; is undefined @ &#39;uiapi/query/ConversationEntry/edges/node/Message&#39;',
          'ValidationError'
        )
      ]);
    case 'fieldHidden':
      return errors([
        graphqlError(
          "Validation error of type FieldUndefined: Field 'MessageStatusCode' in type 'ConversationEntry' is undefined @ 'uiapi/query/ConversationEntry/edges/node/MessageStatusCode'",
          'ValidationError'
        )
      ]);
    case 'noAccess':
      return errors(injectedResponse('no-access', null).errors);
    case 'unsupported':
      return errors([
        graphqlError('Object ConversationEntry is not supported in UI API', 'DataFetchingException')
      ]);
    case 'network':
      try {
        await fetch(`/__preview/drop?request=${requestNumber}`, { cache: 'no-store' });
        return errors([{ message: 'Preview: the dropped connection unexpectedly answered' }]);
      } catch (error) {
        return errors([error]);
      }
    case 'timeout':
      return errors([
        { status: 504, statusText: 'Gateway Timeout', ok: false, body: { message: 'Gateway Timeout' } }
      ]);
    case 'malformed':
      return { data: { uiapi: { query: { ConversationEntry: null } } }, errors: undefined };
    default:
      return errors([
        {
          message: `Preview: injected failure of request ${requestNumber}`,
          extensions: { classification: 'NetworkError' }
        }
      ]);
  }
}
