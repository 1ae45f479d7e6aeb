/**
 * Small builders shared by the tests of the model's classes (loadView, tools, exportPlan, the session
 * and history controllers, linkTarget, transcriptView): entries as the model holds them and pager states.
 */

/** A normalized entry (TranscriptEntry) with the given id and fields. */
function entry(id, fields = {}) {
  return {
    id,
    seq: null,
    entryType: 'Text',
    actorType: 'Agent',
    actorKind: 'Agent',
    actorName: null,
    actorId: null,
    layout: 'message',
    message: `message ${id}`,
    messageStatus: null,
    messageStatusCode: null,
    messageIdentifier: null,
    hasAttachments: false,
    entryTime: Date.parse('2024-05-14T17:00:00.000Z'),
    entryEndTime: null,
    clientTimestamp: null,
    clientDuration: null,
    serverReceivedTimestamp: null,
    messageSendTime: null,
    messageDeliverTime: null,
    messageReadTime: null,
    ...fields
  };
}

/** A pager state (TranscriptLoad). */
function load(fields = {}) {
  return {
    recordId: '0Mw5g000000This1AAA',
    status: 'complete',
    entries: [],
    unreadable: [],
    totalCount: null,
    errors: undefined,
    shortfall: null,
    ...fields
  };
}

/** `count` entries, agents and customers taking turns, with an event every fifth. */
function conversation(count, prefix = 'e') {
  return Array.from({ length: count }, (_, i) =>
    entry(`${prefix}${i + 1}`, {
      seq: i + 1,
      entryTime: Date.parse('2024-05-14T17:00:00.000Z') + i * 60_000,
      ...(i % 5 === 4
        ? {
            entryType: 'ChatStarted',
            actorType: 'System',
            actorKind: 'System',
            layout: 'event',
            message: null
          }
        : i % 2
          ? { actorType: 'EndUser', actorKind: 'EndUser', message: `question ${i + 1}` }
          : { message: `answer ${i + 1}` })
    })
  );
}

/**
 * One ConversationEntry node as the GraphQL wire delivers it: entry `i` of `conversationId`, end user on
 * odd numbers and agent on even ones unless `actor` says otherwise, with `message(i)` as its text.
 */
function wireNode(conversationId, i, { actor, message = (n) => `message ${n}` } = {}) {
  return {
    Id: `0dw5g${String(i).padStart(10, '0')}AAA`,
    ConversationId: { value: conversationId },
    Seq: { value: i },
    EntryType: { value: 'Text', displayValue: 'Text' },
    ActorType: { value: actor ?? (i % 2 ? 'EndUser' : 'Agent'), displayValue: null },
    Message: { value: message(i) },
    EntryTime: { value: `2024-05-14T17:${String(i).padStart(2, '0')}:00.000Z` }
  };
}

/** A complete one-page answer of the entry wire holding entries 1..count, made by `nodeOf(i)`. */
function wireAnswer(count, nodeOf) {
  return {
    data: {
      uiapi: {
        query: {
          ConversationEntry: {
            edges: Array.from({ length: count }, (_, i) => ({ node: nodeOf(i + 1) })),
            pageInfo: { hasNextPage: false, endCursor: null },
            totalCount: count
          }
        }
      }
    },
    errors: undefined
  };
}

/** The container's properties as TranscriptState reads them, for `recordId`, with `overrides`. */
function componentProps(recordId, overrides = {}) {
  return {
    recordId,
    objectApiName: 'MessagingSession',
    cardTitle: undefined,
    height: 480,
    fitToPage: false,
    newestFirst: false,
    hideEventsOnLoad: false,
    hideToolbar: false,
    showHistory: true,
    locale: 'en-US',
    timeZone: 'UTC',
    relativeTime: false,
    statusMessage: '',
    ...overrides
  };
}

/** One MessagingSession node of the earlier-conversations list wire, ended, of `customer`. */
function historySession(id, customer) {
  return {
    Id: id,
    Name: { value: `MS-${id.slice(-7, -3)}` },
    MessagingEndUserId: { value: customer },
    Status: { value: 'Ended', displayValue: 'Ended' },
    StartTime: { value: '2024-03-01T10:00:00.000Z' },
    EndTime: { value: '2024-03-01T10:07:30.000Z' }
  };
}

/** A page of the earlier-conversations list wire (MessagingSession), newest first as `ids` are given. */
function historyList(ids, customer, hasNextPage = false) {
  return {
    data: {
      uiapi: {
        query: {
          MessagingSession: {
            edges: ids.map((id) => ({ node: historySession(id, customer) })),
            pageInfo: { hasNextPage, endCursor: 'c1' }
          }
        }
      }
    }
  };
}

/** The one page of an earlier conversation's entries: `count` agent texts, one a minute from 10:01. */
function earlierEntries(conversationId, count) {
  const node = (i) => ({
    Id: `0dw${conversationId.slice(-7, -3)}${String(i).padStart(8, '0')}AAA`,
    ConversationId: { value: conversationId },
    Seq: { value: i + 1 },
    EntryType: { value: 'Text', displayValue: 'Text' },
    ActorType: { value: 'Agent', displayValue: null },
    Message: { value: `said in ${conversationId.slice(-7, -3)}` },
    EntryTime: { value: `2024-03-01T10:0${i + 1}:00.000Z` }
  });
  return {
    data: {
      uiapi: {
        query: {
          ConversationEntry: {
            edges: Array.from({ length: count }, (_, i) => ({ node: node(i) })),
            pageInfo: { hasNextPage: false, endCursor: null },
            totalCount: count
          }
        }
      }
    },
    errors: undefined
  };
}

/** The Ids of earlierEntries(conversationId, count), in order. */
function earlierEntryIds(conversationId, count) {
  return earlierEntries(conversationId, count).data.uiapi.query.ConversationEntry.edges.map(
    (edge) => edge.node.Id
  );
}

module.exports = {
  entry,
  load,
  conversation,
  wireNode,
  wireAnswer,
  componentProps,
  historyList,
  earlierEntries,
  earlierEntryIds
};
