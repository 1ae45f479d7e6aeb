/**
 * The customer's earlier conversations, as pure rules: who "the same customer" is for this record
 * (getRecord shape), the variables of the list query, and reading and checking each page of the list.
 * The bookend rows and the timeline the log shows are in `bookends.ts`. No DOM, no platform modules.
 *
 * Platform facts relied on:
 * - MessagingSession.MessagingEndUserId, StartTime; VoiceCall.CallerId, FromPhoneNumber,
 *   CallStartDateTime are filterable and sortable (describe, scripts/platform/describe/*.json).
 * - Record connections page with `first` / `after` (default 10, at most 2000 a page).
 *   https://developer.salesforce.com/docs/platform/graphql/guide/paginate-use.html
 */
import { parseDateTime } from './normalize';
import { sameRecordId } from './entryQuery';
import type { SessionObject } from './session';

/** Earlier sessions asked for in one page of the list: "at most 20 sessions, 'more' after that". */
export const HISTORY_PAGE_MAX = 20;

/** How this record's customer is found: end user (messaging), caller record or phone number (voice). */
export type CustomerKey = 'end-user' | 'caller' | 'phone';

/** The record the history is anchored on, read from the getRecord answer. */
export interface HistoryAnchor {
  readonly recordId: string;
  readonly objectApiName: SessionObject;
  /** The record's Name (e.g. "MS-0042"), or null when it cannot be read. */
  readonly name: string | null;
  /** Null when the org gives nothing to find the customer by. */
  readonly customer: { readonly key: CustomerKey; readonly value: string } | null;
  /**
   * True when the record's answer holds the customer field(s): then a null customer means "none". A field
   * left out of the answer (hidden from the user, or absent in the org) tells nothing either way.
   */
  readonly customerKnown: boolean;
}

/** The variables of the list query: the only values that reach it. */
export interface HistoryQueryVariables {
  readonly customerId: string;
  readonly sessionId: string;
  readonly first: number;
  readonly after: string | null;
}

/** One earlier session, as the bookend shows it. Times are epoch milliseconds. */
export interface EarlierSession {
  readonly id: string;
  readonly objectApiName: SessionObject;
  readonly name: string | null;
  /** Channel (messaging) or call type (voice), as the org labels it. */
  readonly channel: string | null;
  readonly status: string | null;
  readonly statusLabel: string | null;
  /** MessagingChannel.PlatformType ('Standard' / 'Enhanced') when readable. */
  readonly platformType: string | null;
  readonly start: number | null;
  readonly durationMs: number | null;
}

/** The list's state. idle: no list (off, or no customer). */
export type HistoryStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface HistoryListState {
  readonly status: HistoryStatus;
  /** Newest first, as the server orders them. */
  readonly sessions: readonly EarlierSession[];
  readonly hasMore: boolean;
  readonly errors: unknown;
}

/** One value the wire delivers. */
export interface HistoryWireAnswer {
  readonly data?: unknown;
  readonly errors?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let here: unknown = value;
  for (const key of path) {
    if (!isRecord(here)) {
      return undefined;
    }
    here = here[key];
  }
  return here;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** `{ value }` of a getRecord field (`fields.X.value`) or of a GraphQL node field (`X.value`). */
function recordValue(record: unknown, name: string): string | null {
  return text(readPath(record, ['fields', name, 'value']));
}

function hasField(record: unknown, name: string): boolean {
  return isRecord(readPath(record, ['fields', name]));
}

/** Who the customer of a getRecord record is, and the record's name; null for other objects. */
export function readHistoryAnchor(record: unknown, object: SessionObject | null): HistoryAnchor | null {
  if (!isRecord(record) || typeof record.id !== 'string' || object === null) {
    return null;
  }
  const name = recordValue(record, 'Name');
  let customer: HistoryAnchor['customer'] = null;
  const customerKnown =
    object === 'MessagingSession'
      ? hasField(record, 'MessagingEndUserId')
      : hasField(record, 'CallerId') || hasField(record, 'FromPhoneNumber');
  if (object === 'MessagingSession') {
    const endUser = recordValue(record, 'MessagingEndUserId');
    customer = endUser !== null ? { key: 'end-user', value: endUser } : null;
  } else {
    const caller = recordValue(record, 'CallerId');
    const phone = recordValue(record, 'FromPhoneNumber');
    customer =
      caller !== null
        ? { key: 'caller', value: caller }
        : phone !== null
          ? { key: 'phone', value: phone }
          : null;
  }
  return { recordId: record.id, objectApiName: object, name, customer, customerKnown };
}

/** The App Builder's "how many earlier sessions" as a page size: a whole number from 1 to 20 (default 20). */
export function historyPageSize(limit: unknown): number {
  const value = typeof limit === 'string' && limit.trim() !== '' ? Number(limit) : limit;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return HISTORY_PAGE_MAX;
  }
  return Math.min(HISTORY_PAGE_MAX, Math.max(1, Math.floor(value)));
}

/** The first page's variables for an anchor with a customer; undefined without one. */
export function historyVariablesFor(
  anchor: HistoryAnchor | null,
  pageSize: number
): HistoryQueryVariables | undefined {
  if (anchor === null || anchor.customer === null) {
    return undefined;
  }
  return {
    customerId: anchor.customer.value,
    sessionId: anchor.recordId,
    first: historyPageSize(pageSize),
    after: null
  };
}

function nodeValue(node: unknown, name: string): string | null {
  return text(readPath(node, [name, 'value']));
}

function nodeNumber(node: unknown, name: string): number | null {
  const value = readPath(node, [name, 'value']);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function nodeDisplay(node: unknown, name: string): string | null {
  return text(readPath(node, [name, 'displayValue'])) ?? nodeValue(node, name);
}

/** Reads one MessagingSession or VoiceCall node of the list query; null when it has no Id. */
export function readEarlierSession(node: unknown, object: SessionObject): EarlierSession | null {
  if (!isRecord(node) || typeof node.Id !== 'string' || node.Id === '') {
    return null;
  }
  if (object === 'VoiceCall') {
    const start = parseDateTime(nodeValue(node, 'CallStartDateTime'));
    const end = parseDateTime(nodeValue(node, 'CallEndDateTime'));
    const seconds = nodeNumber(node, 'CallDurationInSeconds');
    return {
      id: node.Id,
      objectApiName: object,
      name: nodeValue(node, 'Name'),
      channel: nodeDisplay(node, 'CallType'),
      status: null,
      statusLabel: null,
      platformType: null,
      start,
      durationMs:
        seconds !== null && seconds >= 0
          ? seconds * 1000
          : start !== null && end !== null && end >= start
            ? end - start
            : null
    };
  }
  const start = parseDateTime(nodeValue(node, 'StartTime'));
  const end = parseDateTime(nodeValue(node, 'EndTime'));
  const channelName =
    text(readPath(node, ['MessagingChannel', 'MasterLabel', 'value'])) ?? nodeValue(node, 'ChannelName');
  return {
    id: node.Id,
    objectApiName: object,
    name: nodeValue(node, 'Name'),
    channel: channelName ?? nodeDisplay(node, 'ChannelType'),
    status: nodeValue(node, 'Status'),
    statusLabel: nodeDisplay(node, 'Status'),
    platformType: text(readPath(node, ['MessagingChannel', 'PlatformType', 'value'])),
    start,
    durationMs: start !== null && end !== null && end >= start ? end - start : null
  };
}

function hasErrors(errors: unknown): boolean {
  return Array.isArray(errors) ? errors.length > 0 : errors !== undefined && errors !== null;
}

/** The node field that ties a record of the list to its customer. */
const CUSTOMER_FIELD: Readonly<Record<CustomerKey, string>> = {
  'end-user': 'MessagingEndUserId',
  caller: 'CallerId',
  phone: 'FromPhoneNumber'
};

/**
 * The list of earlier sessions as a pure class, like EntryPager for entries: the container holds the
 * `@wire(graphql)` and copies `variables` into its reactive property; `receive` takes each answer.
 * An answer is used only when every record in it belongs to the customer asked for and is not this
 * record, and when it is not an earlier page again (its cursor already asked). "More" asks the next page
 * with `after`.
 */
export class HistoryList {
  private anchor: HistoryAnchor | null = null;
  private asked: HistoryQueryVariables | undefined = undefined;
  private askedCursors = new Set<string>();
  private sessions: EarlierSession[] = [];
  private status: HistoryStatus = 'idle';
  private endCursor: string | null = null;
  private more = false;
  private errors: unknown = undefined;
  private snapshot: HistoryListState | null = null;

  get variables(): HistoryQueryVariables | undefined {
    return this.asked;
  }

  /** Which customer key the current list uses (the container picks the query document by it). */
  get customerKey(): CustomerKey | null {
    return this.anchor?.customer?.key ?? null;
  }

  get state(): HistoryListState {
    if (this.snapshot === null) {
      this.snapshot = {
        status: this.status,
        sessions: this.sessions,
        hasMore: this.more,
        errors: this.errors
      };
    }
    return this.snapshot;
  }

  /** Forgets everything; starts the list for this anchor (idle without a customer or when off). */
  start(anchor: HistoryAnchor | null, pageSize: number): void {
    this.anchor = anchor;
    this.asked = historyVariablesFor(anchor, pageSize);
    this.askedCursors = new Set();
    this.sessions = [];
    this.endCursor = null;
    this.more = false;
    this.errors = undefined;
    this.status = this.asked === undefined ? 'idle' : 'loading';
    this.snapshot = null;
  }

  /** Asks the next page ("more"); false when there is none or a page is on its way. */
  loadMore(): boolean {
    if (this.asked === undefined || this.status !== 'loaded' || !this.more || this.endCursor === null) {
      return false;
    }
    this.askedCursors.add(this.endCursor);
    this.asked = { ...this.asked, after: this.endCursor };
    this.status = 'loading';
    this.snapshot = null;
    return true;
  }

  /** Asks the failed page again (a new variables object makes the wire ask again). */
  retry(): void {
    if (this.asked !== undefined && this.status === 'error') {
      this.asked = { ...this.asked };
      this.status = 'loading';
      this.errors = undefined;
      this.snapshot = null;
    }
  }

  receive(answer: HistoryWireAnswer | undefined): void {
    const asked = this.asked;
    const anchor = this.anchor;
    if (asked === undefined || anchor === null || anchor.customer === null || !answer) {
      return;
    }
    const { data, errors } = answer;
    if ((data === undefined || data === null) && !hasErrors(errors)) {
      return;
    }
    const object = anchor.objectApiName;
    const query = readPath(data, ['uiapi', 'query']);
    if (!hasErrors(errors) && isRecord(query) && !(object in query)) {
      // An answer to another query (no uiapi.query.<object> at all): not this list's.
      return;
    }
    const connection = readPath(query, [object]);
    const edges = readPath(connection, ['edges']);
    if (hasErrors(errors) || !Array.isArray(edges)) {
      this.status = 'error';
      this.errors = hasErrors(errors)
        ? errors
        : [{ message: `The response has no uiapi.query.${object}.edges list.`, errorType: 'Malformed' }];
      this.snapshot = null;
      return;
    }
    const nodes = edges.map((edge) => readPath(edge, ['node']));
    const field = CUSTOMER_FIELD[anchor.customer.key];
    const customer = anchor.customer.value;
    const foreign = nodes.some((node) => {
      const id = readPath(node, ['Id']);
      const owner = nodeValue(node, field);
      return (
        (typeof id === 'string' && sameRecordId(id, anchor.recordId)) ||
        owner === null ||
        !(anchor.customer?.key === 'phone' ? owner === customer : sameRecordId(owner, customer))
      );
    });
    const endCursor = text(readPath(connection, ['pageInfo', 'endCursor']));
    if (foreign || (endCursor !== null && this.askedCursors.has(endCursor))) {
      // Another record's list, or an earlier page again: not this list's next page.
      return;
    }
    // The first page (again, when the wire delivers it anew) replaces the list; a next page adds to it.
    const first = asked.after === null;
    const known = new Set(first ? [] : this.sessions.map((session) => session.id));
    const page: EarlierSession[] = [];
    for (const node of nodes) {
      const session = readEarlierSession(node, object);
      if (session !== null && !known.has(session.id)) {
        known.add(session.id);
        page.push(session);
      }
    }
    this.sessions = first ? page : [...this.sessions, ...page];
    this.endCursor = endCursor;
    this.more = readPath(connection, ['pageInfo', 'hasNextPage']) === true && endCursor !== null;
    this.status = 'loaded';
    this.errors = undefined;
    this.snapshot = null;
  }
}
