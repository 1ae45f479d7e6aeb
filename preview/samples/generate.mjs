#!/usr/bin/env node
/**
 * Seeded, deterministic generator for the preview's sample GraphQL responses.
 *
 *   node preview/samples/generate.mjs                         # (re)writes the committed samples + index.json
 *   node preview/samples/generate.mjs --count 50000           # large transcript -> artifacts/samples/large-50000.json
 *   node preview/samples/generate.mjs --count 5000 --out x.json --seed 7
 *   node preview/samples/generate.mjs --count 5000 --heights extreme  # rows of very different heights
 *
 * Every sample is a UI API GraphQL response `{ data: { uiapi: { query: { ConversationEntry: { edges,
 * pageInfo, totalCount } } } } }` selecting exactly the fields of CONVERSATION_ENTRIES_QUERY. The preview's
 * `lightning/graphql` stand-in re-pages the edges (first/after), so the stored pageInfo is that of one page.
 *
 * Real conversation text comes from the ABCD dataset sample (MIT, ASAPP Research):
 * /work/shared/datasets/abcd/abcd_sample.json, or --abcd <path>. A copy of the three conversations used is
 * not needed at run time: the committed samples already contain the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

// ---------- seeded randomness (mulberry32) ----------
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ---------- Salesforce-style 18-character ids ----------
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
function sfId(prefix, n) {
  let body = '';
  let v = n;
  for (let i = 0; i < 12 - 3; i++) {
    body = B62[v % 62] + body;
    v = Math.floor(v / 62);
  }
  const id15 = `${prefix}000${body}`.slice(0, 15).padEnd(15, '0');
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15[chunk * 5 + i];
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return id15 + suffix;
}

// ---------- field helpers ----------
const ENTRY_TYPE_LABELS = {
  Text: 'Text',
  EndUserOptedIn: 'End User Opted In',
  EndUserOptedOut: 'End User Opted Out',
  AdminOptedIn: 'Admin Opted In',
  AdminOptedOut: 'Admin Opted Out',
  BotEscalated: 'Bot Escalated',
  ChatbotEstablished: 'Chatbot Established',
  ChatbotNotEstablished: 'Chatbot Not Established',
  ChatbotClosedIdleSession: 'Chatbot Closed Idle Session',
  ChatbotEndedChatByAction: 'Chatbot Ended Chat By Action',
  ChatbotEndedTransferNotConfigured: 'Chatbot Ended Transfer Not Configured',
  ConversationControlLost: 'Conversation Control Lost'
};
export const ENTRY_TYPES = Object.keys(ENTRY_TYPE_LABELS);
const ACTOR_LABELS = {
  Agent: 'Agent',
  Bot: 'Bot',
  EndUser: 'End User',
  Supervisor: 'Supervisor',
  System: 'System'
};
const STATUS_LABELS = { Sent: 'Sent', Delivered: 'Delivered', Read: 'Read', Error: 'Error' };

const iso = (ms) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const isoSeconds = (ms) =>
  ms === null || ms === undefined ? null : new Date(Math.floor(ms / 1000) * 1000).toISOString();

/**
 * Builds one node with every field the query selects. `e` holds plain values; absent ones become
 * `{ value: null }` exactly as UI API returns an empty field.
 */
export function node(e) {
  const picklist = (value, labels) =>
    value === null || value === undefined
      ? { value: null, displayValue: null }
      : { value, displayValue: labels[value] ?? value };
  return {
    Id: e.id,
    Seq: { value: e.seq },
    EntryType: picklist(e.entryType, ENTRY_TYPE_LABELS),
    ActorType: picklist(e.actorType, ACTOR_LABELS),
    ActorName: { value: e.actorName ?? null },
    ActorId: { value: e.actorId ?? null },
    Message: { value: e.message ?? null },
    MessageStatus: picklist(e.messageStatus, STATUS_LABELS),
    MessageStatusCode: { value: e.messageStatusCode ?? null },
    MessageIdentifier: { value: e.messageIdentifier ?? null },
    MessageSendTime: { value: iso(e.sendTime) },
    MessageDeliverTime: { value: iso(e.deliverTime) },
    MessageReadTime: { value: iso(e.readTime) },
    HasAttachments: { value: e.hasAttachments === true },
    EntryTime: { value: isoSeconds(e.time) },
    EntryTimeMilliSecs: { value: e.time === null || e.time === undefined ? null : e.time % 1000 },
    EntryEndTime: { value: iso(e.endTime) },
    ClientTimestamp: { value: iso(e.clientTime ?? e.time) },
    ClientDuration: { value: e.duration ?? null },
    ServerReceivedTimestamp: { value: iso(e.serverTime ?? (e.time === undefined ? null : e.time + 40)) }
  };
}

/** Wraps nodes as one UI API page (the whole list; the preview re-pages it). */
export function response(nodes) {
  const edges = nodes.map((n) => ({ node: n }));
  return {
    data: {
      uiapi: {
        query: {
          ConversationEntry: {
            edges,
            pageInfo: {
              hasNextPage: false,
              endCursor: edges.length
                ? 'djE6' + Buffer.from(String(edges.length - 1)).toString('base64')
                : null
            },
            totalCount: edges.length
          }
        }
      }
    }
  };
}

function titleCase(s) {
  return s.replace(/\b\w/g, (c) => c.toUpperCase());
}

export function loadAbcd(file) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(raw) || raw.length === 0)
    throw new Error(`${file}: expected a non-empty array of conversations`);
  return raw.map((c) => ({
    id: c.convo_id,
    customer: titleCase(c.scenario?.personal?.customer_name ?? 'Customer'),
    turns: (c.original ?? []).map(([speaker, text]) => ({ speaker, text }))
  }));
}

const AGENTS = [
  { name: 'Jordan Lee', id: sfId('005', 101) },
  { name: 'Priya Raman', id: sfId('005', 102) },
  { name: 'Sam Okafor', id: sfId('005', 103) }
];
const SUPERVISOR = { name: 'Alex Morgan', id: sfId('005', 201) };
const BOT = { name: 'Astro Assistant', id: sfId('0Xx', 11) };

/** Turns ABCD turns into messaging entries (standard channel: Message filled in). */
function messagingEntries(
  convo,
  { rand, startMs, idBase, seqBase = 0, agent, endUserId, statusPlan = true }
) {
  const out = [];
  let t = startMs;
  let agentMessages = 0;
  convo.turns.forEach((turn, i) => {
    t += int(rand, 4, 55) * 1000 + int(rand, 0, 999);
    const seq = seqBase + out.length + 1;
    const base = {
      id: sfId('0dw', idBase + seq),
      seq,
      entryType: 'Text',
      time: t,
      messageIdentifier: `msg-${convo.id}-${i + 1}`
    };
    if (turn.speaker === 'agent') {
      agentMessages++;
      out.push({
        ...base,
        actorType: 'Agent',
        actorName: agent.name,
        actorId: agent.id,
        message: turn.text,
        messageStatus: statusPlan ? 'Read' : null,
        sendTime: t,
        deliverTime: t + 800,
        readTime: t + 5000
      });
    } else if (turn.speaker === 'customer') {
      out.push({
        ...base,
        actorType: 'EndUser',
        actorName: convo.customer,
        actorId: endUserId,
        message: turn.text,
        messageStatus: statusPlan ? 'Delivered' : null,
        sendTime: t,
        deliverTime: t + 300
      });
    } else {
      out.push({
        ...base,
        actorType: 'System',
        actorName: null,
        actorId: null,
        message: turn.text,
        messageIdentifier: null
      });
    }
  });
  return { entries: out, endMs: t, agentMessages };
}

// ---------- the five committed samples ----------
function sampleStandard(abcd) {
  const rand = rng(1001);
  const convo = abcd[0];
  const { entries } = messagingEntries(convo, {
    rand,
    startMs: Date.UTC(2024, 4, 14, 16, 58, 2, 0),
    idBase: 1000,
    agent: AGENTS[0],
    endUserId: sfId('0PA', 501)
  });
  const agentIdx = entries.map((e, i) => (e.actorType === 'Agent' ? i : -1)).filter((i) => i >= 0);
  const userIdx = entries.map((e, i) => (e.actorType === 'EndUser' ? i : -1)).filter((i) => i >= 0);
  // Later agent messages are not read yet: Delivered, then Sent for the very last one.
  const lastAgent = agentIdx[agentIdx.length - 1];
  const beforeLast = agentIdx[agentIdx.length - 2];
  Object.assign(entries[beforeLast], { messageStatus: 'Delivered', readTime: null });
  Object.assign(entries[lastAgent], { messageStatus: 'Sent', deliverTime: null, readTime: null });
  // One agent message failed to send.
  const failed = agentIdx[Math.floor(agentIdx.length / 2)];
  Object.assign(entries[failed], {
    messageStatus: 'Error',
    messageStatusCode: 'RecipientUnreachable',
    deliverTime: null,
    readTime: null
  });
  // The customer sent a photo with one message.
  const photo = userIdx[2];
  Object.assign(entries[photo], { hasAttachments: true });
  return {
    file: 'messaging-standard.json',
    meta: {
      label: 'Messaging: standard channel (ABCD chat)',
      objectApiName: 'MessagingSession',
      recordId: sfId('0Mw', 1),
      recordName: 'MS-00001042',
      description: `ABCD conversation ${convo.id}: agent, customer and system actions; Sent/Delivered/Read, one Error, one attachment.`
    },
    response: response(entries.map(node))
  };
}

function sampleBotHandoff(abcd) {
  const rand = rng(2002);
  const convo = abcd[1];
  const customer = convo.customer;
  const endUserId = sfId('0PA', 502);
  let t = Date.UTC(2024, 4, 15, 9, 12, 30, 250);
  const entries = [];
  const push = (e) => {
    t += int(rand, 2, 20) * 1000 + int(rand, 0, 999);
    const seq = entries.length + 1;
    entries.push({ id: sfId('0dw', 2000 + seq), seq, time: t, entryType: 'Text', ...e });
  };
  const sys = (entryType, message = null) =>
    push({ entryType, actorType: 'System', actorName: null, message });
  sys('EndUserOptedIn');
  sys('ChatbotEstablished');
  push({
    actorType: 'Bot',
    actorName: BOT.name,
    actorId: BOT.id,
    message: 'Hi! I am the virtual assistant. What can I help you with today?',
    messageStatus: 'Read'
  });
  const firstUser = convo.turns.find((x) => x.speaker === 'customer');
  push({
    actorType: 'EndUser',
    actorName: customer,
    actorId: endUserId,
    message: firstUser.text,
    messageStatus: 'Delivered'
  });
  push({
    actorType: 'Bot',
    actorName: BOT.name,
    actorId: BOT.id,
    message: 'Let me connect you with an agent who can help.',
    messageStatus: 'Read'
  });
  sys('BotEscalated');
  sys('ConversationControlLost');
  const agent = AGENTS[1];
  const rest = convo.turns.slice(convo.turns.indexOf(firstUser) + 1, convo.turns.indexOf(firstUser) + 9);
  for (const turn of rest) {
    if (turn.speaker === 'agent')
      push({
        actorType: 'Agent',
        actorName: agent.name,
        actorId: agent.id,
        message: turn.text,
        messageStatus: 'Read'
      });
    else if (turn.speaker === 'customer')
      push({
        actorType: 'EndUser',
        actorName: customer,
        actorId: endUserId,
        message: turn.text,
        messageStatus: 'Delivered'
      });
    else push({ actorType: 'System', actorName: null, message: turn.text });
  }
  push({
    actorType: 'Supervisor',
    actorName: SUPERVISOR.name,
    actorId: SUPERVISOR.id,
    message: 'Supervisor here: I have approved the exception for this order.',
    messageStatus: 'Delivered'
  });
  push({
    actorType: 'Agent',
    actorName: agent.name,
    actorId: agent.id,
    message: 'Thanks for waiting. Your request is approved; you will get an email shortly.',
    messageStatus: 'Sent'
  });
  sys('AdminOptedOut');
  sys('AdminOptedIn');
  sys('ChatbotNotEstablished');
  sys('ChatbotClosedIdleSession');
  sys('ChatbotEndedChatByAction');
  sys('ChatbotEndedTransferNotConfigured');
  // A value a newer org might add: the component must show the raw value, not crash.
  push({ entryType: 'ConversationSummarized', actorType: 'System', actorName: null });
  sys('EndUserOptedOut');
  return {
    file: 'messaging-bot-handoff.json',
    meta: {
      label: 'Messaging: bot hand-off, all entry types',
      objectApiName: 'MessagingSession',
      recordId: sfId('0Mw', 2),
      recordName: 'MS-00001043',
      description:
        'Bot, agent, supervisor, end user and system entries; all 12 EntryType values plus one unknown (ConversationSummarized).'
    },
    response: response(entries.map(node))
  };
}

function sampleVoice(abcd) {
  const rand = rng(3003);
  const convo = abcd[2];
  const agent = AGENTS[2];
  let t = Date.UTC(2024, 4, 16, 14, 3, 7, 120);
  const entries = [];
  convo.turns
    .filter((x) => x.speaker !== 'action')
    .forEach((turn) => {
      const duration = Math.max(900, turn.text.length * int(rand, 55, 75));
      t += int(rand, 300, 1800);
      const seq = entries.length + 1;
      const isAgent = turn.speaker === 'agent';
      entries.push({
        id: sfId('0dw', 3000 + seq),
        seq,
        entryType: 'Text',
        actorType: isAgent ? 'Agent' : 'EndUser',
        actorName: isAgent ? agent.name : convo.customer,
        actorId: isAgent ? agent.id : null,
        message: turn.text,
        time: t,
        endTime: t + duration,
        duration
      });
      t += duration;
    });
  return {
    file: 'voice-call.json',
    meta: {
      label: 'Voice call transcript',
      objectApiName: 'VoiceCall',
      recordId: sfId('0LQ', 1),
      recordName: 'VC-00000317',
      description: 'Agent and end-user utterances with ClientDuration and EntryEndTime.'
    },
    response: response(entries.map(node))
  };
}

function sampleEnhanced(abcd) {
  const rand = rng(4004);
  const { entries } = messagingEntries(abcd[0], {
    rand,
    startMs: Date.UTC(2024, 4, 17, 11, 0, 0, 0),
    idBase: 4000,
    agent: AGENTS[0],
    endUserId: sfId('0PA', 504)
  });
  const blank = entries.slice(0, 12).map((e) => ({ ...e, message: null }));
  return {
    file: 'messaging-enhanced.json',
    meta: {
      label: 'Messaging: enhanced channel (no message text)',
      objectApiName: 'MessagingSession',
      recordId: sfId('0Mw', 4),
      recordName: 'MS-00001045',
      description: 'Enhanced channels do not store Message on ConversationEntry: every Message is null.'
    },
    response: response(blank.map(node))
  };
}

function sampleEmpty() {
  return {
    file: 'messaging-empty.json',
    meta: {
      label: 'Messaging: empty session',
      objectApiName: 'MessagingSession',
      recordId: sfId('0Mw', 5),
      recordName: 'MS-00001046',
      description: 'A session with no ConversationEntry records.'
    },
    response: response([])
  };
}

// ---------- a returning customer: this session and three earlier ones ----------
/** The word only the ordinary earlier conversation holds (the e2e search across sessions looks for it). */
export const RETURNING_ONLY_EARLIER_WORD = 'thermostat';
const RETURNING_CUSTOMER = { name: 'Alessandro Phoenix', id: sfId('0PA', 507) };

/** A MessagingSession as the history list query selects it (historyQuery.ts), plus its getRecord twin. */
function messagingSessionNode({ id, name, status, channel, channelType, platformType, startMs, endMs }) {
  return {
    Id: id,
    Name: { value: name },
    MessagingEndUserId: { value: RETURNING_CUSTOMER.id },
    Status: { value: status, displayValue: status },
    ChannelType: { value: channelType.value, displayValue: channelType.label },
    ChannelName: { value: channel },
    MessagingChannel: { MasterLabel: { value: channel }, PlatformType: { value: platformType } },
    StartTime: { value: isoSeconds(startMs) },
    EndTime: { value: isoSeconds(endMs) }
  };
}

/** The getRecord record (UI API record shape, sessions.json) of a MessagingSession node. */
function sessionRecordOf(n, eTag) {
  const plain = (value) => ({ displayValue: null, value });
  return {
    apiName: 'MessagingSession',
    childRelationships: {},
    eTag,
    fields: {
      ChannelName: plain(n.ChannelName.value),
      ChannelType: { displayValue: n.ChannelType.displayValue, value: n.ChannelType.value },
      EndTime: plain(n.EndTime.value),
      MessagingChannel: plain({
        apiName: 'MessagingChannel',
        childRelationships: {},
        eTag: 'preview',
        fields: {
          MasterLabel: plain(n.MessagingChannel.MasterLabel.value),
          PlatformType: {
            displayValue: n.MessagingChannel.PlatformType.value,
            value: n.MessagingChannel.PlatformType.value
          }
        },
        id: sfId('0Mj', 7),
        lastModifiedById: null,
        lastModifiedDate: null,
        recordTypeId: null,
        recordTypeInfo: null,
        systemModstamp: null,
        weakEtag: 0
      }),
      MessagingChannelId: plain(sfId('0Mj', 7)),
      MessagingEndUserId: plain(n.MessagingEndUserId.value),
      Name: plain(n.Name.value),
      StartTime: plain(n.StartTime.value),
      Status: { displayValue: n.Status.displayValue, value: n.Status.value }
    },
    id: n.Id,
    lastModifiedById: '005000000000001AAA',
    lastModifiedDate: n.EndTime.value,
    recordTypeId: null,
    recordTypeInfo: null,
    systemModstamp: n.EndTime.value,
    weakEtag: 0
  };
}

/**
 * A returning customer: this session (standard SMS channel) and three earlier sessions of the same
 * MessagingEndUserId, newest first: an enhanced-channel session (every Message null), one whose
 * Status is Error with a failed message, and an ordinary one. The earlier sessions travel in a second
 * file (`history`): their list-query nodes and each one's ConversationEntry response.
 */
function sampleReturning(abcd) {
  const convo = (i) => ({ ...abcd[i], customer: RETURNING_CUSTOMER.name });
  const sms = { value: 'Text', label: 'Text' };
  const plan = [
    {
      n: 9,
      name: 'MS-00001031',
      status: 'Ended',
      convo: 0,
      day: 2,
      agent: AGENTS[1],
      platformType: 'Standard',
      channel: 'Acme Support SMS',
      channelType: sms
    },
    {
      n: 10,
      name: 'MS-00001035',
      status: 'Error',
      convo: 2,
      day: 9,
      agent: AGENTS[2],
      platformType: 'Standard',
      channel: 'Acme Support SMS',
      channelType: sms
    },
    {
      n: 11,
      name: 'MS-00001039',
      status: 'Ended',
      convo: 1,
      day: 16,
      agent: AGENTS[0],
      platformType: 'Enhanced',
      channel: 'Acme In-App and Web',
      channelType: { value: 'EmbeddedMessaging', label: 'Embedded Messaging' }
    },
    {
      n: 8,
      name: 'MS-00001047',
      status: 'Ended',
      convo: 1,
      day: 21,
      agent: AGENTS[1],
      platformType: 'Standard',
      channel: 'Acme Support SMS',
      channelType: sms
    }
  ];
  const rand = rng(7007);
  const built = plan.map((p) => {
    const startMs = Date.UTC(2024, 4, p.day, 10, 0, 0, 0);
    let { entries, endMs } = messagingEntries(convo(p.convo), {
      rand,
      startMs,
      idBase: 7000 + p.n * 100,
      agent: p.agent,
      endUserId: RETURNING_CUSTOMER.id
    });
    if (p.name === 'MS-00001031') {
      // The one place the customer names the product: a word no other conversation of this customer holds.
      const last = entries[entries.length - 1];
      endMs = last.time + 21000;
      entries.push({
        ...last,
        id: sfId('0dw', 7000 + p.n * 100 + last.seq + 1),
        seq: last.seq + 1,
        time: endMs,
        actorType: 'EndUser',
        actorName: RETURNING_CUSTOMER.name,
        actorId: RETURNING_CUSTOMER.id,
        message: `One more thing: the ${RETURNING_ONLY_EARLIER_WORD} I ordered last month still shows as pending.`,
        messageIdentifier: `msg-returning-${last.seq + 1}`,
        messageStatus: 'Delivered',
        sendTime: endMs,
        deliverTime: endMs + 300,
        readTime: null
      });
    }
    if (p.name === 'MS-00001035') {
      // The session ended in Error: the last agent message never reached the customer.
      const lastAgent = entries.map((e) => e.actorType).lastIndexOf('Agent');
      Object.assign(entries[lastAgent], {
        messageStatus: 'Error',
        messageStatusCode: 'RecipientUnreachable',
        deliverTime: null,
        readTime: null
      });
    }
    if (p.platformType === 'Enhanced') {
      entries = entries.slice(0, 10).map((e) => ({ ...e, message: null }));
      endMs = entries[entries.length - 1].time;
    }
    const sessionNode = messagingSessionNode({
      id: sfId('0Mw', p.n),
      ...p,
      startMs: startMs + 11000,
      endMs: endMs + 60000
    });
    return { plan: p, node: sessionNode, response: response(entries.map(node)) };
  });
  const current = built[built.length - 1];
  const earlier = built.slice(0, -1);
  const history = {
    _comment:
      'The earlier conversations of the messaging-returning sample: MessagingSession nodes for the history list query (the current session included: the query leaves it out with Id ne) and the ConversationEntry response of each earlier session.',
    MessagingSession: built.map((b) => b.node),
    entries: Object.fromEntries(earlier.map((b) => [b.node.Id, b.response]))
  };
  return {
    file: 'messaging-returning.json',
    meta: {
      label: 'Messaging: returning customer (three earlier sessions)',
      objectApiName: 'MessagingSession',
      recordId: current.node.Id,
      recordName: current.plan.name,
      description:
        'A customer with three earlier sessions: MS-00001039 (enhanced channel, no message text), MS-00001035 (Status Error, a failed message), MS-00001031 (ordinary).',
      history: 'messaging-returning-history.json'
    },
    response: current.response,
    extraFiles: { 'messaging-returning-history.json': history },
    sessionRecord: sessionRecordOf(current.node, 'preview-messaging-returning')
  };
}

// ---------- returning callers: VoiceCalls of the same CallerId, or of the same FromPhoneNumber ----------
const RETURNING_CALLER = { name: 'Crystal Minh', id: sfId('003', 731) };
const RETURNING_PHONE = '+14155550172';

/** A VoiceCall as the history list queries select it (historyQuery.ts). */
function voiceCallNode({ id, name, callerId, phone, startMs, endMs }) {
  return {
    Id: id,
    Name: { value: name },
    CallerId: { value: callerId },
    FromPhoneNumber: { value: phone },
    CallType: { value: 'Inbound', displayValue: 'Inbound' },
    CallStartDateTime: { value: isoSeconds(startMs) },
    CallEndDateTime: { value: isoSeconds(endMs) },
    CallDurationInSeconds: { value: Math.round((endMs - startMs) / 1000) }
  };
}

/** The getRecord record (UI API record shape, sessions.json) of a VoiceCall node. */
function voiceRecordOf(n, eTag) {
  const plain = (value) => ({ displayValue: null, value });
  return {
    apiName: 'VoiceCall',
    childRelationships: {},
    eTag,
    fields: {
      CallDurationInSeconds: plain(n.CallDurationInSeconds.value),
      CallEndDateTime: plain(n.CallEndDateTime.value),
      CallStartDateTime: plain(n.CallStartDateTime.value),
      CallType: { displayValue: n.CallType.displayValue, value: n.CallType.value },
      CallerId: plain(n.CallerId.value),
      FromPhoneNumber: plain(n.FromPhoneNumber.value),
      Name: plain(n.Name.value)
    },
    id: n.Id,
    lastModifiedById: '005000000000001AAA',
    lastModifiedDate: n.CallEndDateTime.value,
    recordTypeId: null,
    recordTypeInfo: null,
    systemModstamp: n.CallEndDateTime.value,
    weakEtag: 0
  };
}

/** Utterances of one call: agent and caller turns with ClientDuration and EntryEndTime. */
function voiceEntries(convo, { rand, startMs, idBase, agent, customer, turns = 8 }) {
  let t = startMs;
  const entries = [];
  convo.turns
    .filter((x) => x.speaker !== 'action')
    .slice(0, turns)
    .forEach((turn) => {
      const duration = Math.max(900, turn.text.length * int(rand, 55, 75));
      t += int(rand, 300, 1800);
      const seq = entries.length + 1;
      const isAgent = turn.speaker === 'agent';
      entries.push({
        id: sfId('0dw', idBase + seq),
        seq,
        entryType: 'Text',
        actorType: isAgent ? 'Agent' : 'EndUser',
        actorName: isAgent ? agent.name : customer,
        actorId: isAgent ? agent.id : null,
        message: turn.text,
        time: t,
        endTime: t + duration,
        duration
      });
      t += duration;
    });
  return { entries, endMs: t };
}

/**
 * Returning callers (one history file for three VoiceCall samples; the list queries pick by CallerId or
 * FromPhoneNumber): `voice-returning`, a call whose caller (CallerId) made two earlier calls;
 * `voice-returning-phone`, a call without CallerId whose FromPhoneNumber called once before (that earlier
 * call has no CallerId either); `voice-first-call`, a caller with no earlier call. One call of another
 * caller is in the file too, and no query may list it.
 */
function sampleVoiceReturning(abcd) {
  const rand = rng(8008);
  const other = { name: 'Terry Vance', id: sfId('003', 732) };
  const first = { name: 'Noor Haddad', id: sfId('003', 733) };
  const plan = [
    { n: 21, name: 'VC-00000322', caller: RETURNING_CALLER, phone: '+14155550101', convo: 0, day: 3 },
    { n: 22, name: 'VC-00000326', caller: RETURNING_CALLER, phone: '+14155550101', convo: 2, day: 10 },
    { n: 23, name: 'VC-00000327', caller: other, phone: '+14155550999', convo: 1, day: 11 },
    { n: 24, name: 'VC-00000329', caller: null, phone: RETURNING_PHONE, convo: 1, day: 12 },
    { n: 25, name: 'VC-00000331', caller: RETURNING_CALLER, phone: '+14155550101', convo: 1, day: 18 },
    { n: 26, name: 'VC-00000333', caller: null, phone: RETURNING_PHONE, convo: 0, day: 19 },
    { n: 27, name: 'VC-00000335', caller: first, phone: '+14155550144', convo: 2, day: 20 }
  ];
  const built = plan.map((p) => {
    const startMs = Date.UTC(2024, 4, p.day, 15, 0, 0, 0);
    const customer = p.caller?.name ?? 'Caller';
    const { entries, endMs } = voiceEntries(
      { ...abcd[p.convo], customer },
      { rand, startMs, idBase: 8000 + p.n * 100, agent: AGENTS[p.n % AGENTS.length], customer }
    );
    const callNode = voiceCallNode({
      id: sfId('0LQ', p.n),
      name: p.name,
      callerId: p.caller?.id ?? null,
      phone: p.phone,
      startMs,
      endMs: endMs + 2000
    });
    return { plan: p, node: callNode, response: response(entries.map(node)) };
  });
  const byName = (name) => built.find((b) => b.plan.name === name);
  const history = {
    _comment:
      'The earlier calls of the voice-returning samples: VoiceCall nodes for the history list queries (every call of the three samples and one of another caller: the queries pick by CallerId or FromPhoneNumber and leave the current call out with Id ne) and the ConversationEntry response of each call that is not a sample of its own.',
    VoiceCall: built.map((b) => b.node),
    entries: Object.fromEntries(
      built
        .filter((b) => !['VC-00000331', 'VC-00000333', 'VC-00000335'].includes(b.plan.name))
        .map((b) => [b.node.Id, b.response])
    )
  };
  const sample = (id, name, label, description, extraFiles) => {
    const current = byName(name);
    return {
      file: `${id}.json`,
      meta: {
        label,
        objectApiName: 'VoiceCall',
        recordId: current.node.Id,
        recordName: name,
        description,
        history: 'voice-returning-history.json'
      },
      response: current.response,
      extraFiles,
      sessionRecord: voiceRecordOf(current.node, `preview-${id}`)
    };
  };
  return [
    sample(
      'voice-returning',
      'VC-00000331',
      'Voice call: returning caller (two earlier calls)',
      'A caller (CallerId) with two earlier calls: VC-00000326 and VC-00000322.',
      { 'voice-returning-history.json': history }
    ),
    sample(
      'voice-returning-phone',
      'VC-00000333',
      'Voice call: returning phone number, no caller record',
      'No CallerId: the earlier call VC-00000329 is found by FromPhoneNumber.'
    ),
    sample(
      'voice-first-call',
      'VC-00000335',
      'Voice call: a caller without earlier calls',
      'A caller (CallerId) who never called before: no earlier calls.'
    )
  ];
}

/**
 * Canned replies agents paste in real service chats: the long messages of a transcript (150–400
 * characters), so a long transcript's text lengths look like a contact centre's, not only like chat.
 */
const CANNED_REPLIES = [
  'Thanks for your patience while I looked into this. I can see the order on your account and the refund has been approved on our side; depending on your bank it can take 5 to 10 business days to show on your statement. You will also get a confirmation email with the reference number.',
  'Just so you know how returns work: items can be sent back within 30 days of delivery if they are unused and in the original packaging. I have emailed you a prepaid label; print it, attach it to the parcel and drop it at any carrier location. We will let you know as soon as it arrives.',
  'I understand how frustrating this is, and I am sorry for the trouble. I have escalated the case to our billing team with all the details you gave me, so you will not need to repeat them. They usually reply within one business day by email.',
  'For your security I cannot change the email address on the account from this chat. Please sign in, open Account settings, choose Personal details and update the address there; you will receive a code at the new address to confirm it.'
];

/**
 * A long transcript for benchmarks and scale tests, seeded: the ABCD conversations in turn, each opened
 * by a bot (ChatbotEstablished, a greeting, BotEscalated) and closed by a system message, agents' turns
 * sometimes followed by a canned long reply, now and then a supervisor note, an opt-in or a failed
 * delivery with its status code. Mixed actors and events, realistic lengths (a few words to 400 chars).
 */
export function largeTranscript(abcd, count, seed = 42, { heights = 'realistic' } = {}) {
  const rand = rng(seed);
  const entries = [];
  let t = Date.UTC(2024, 0, 1, 8, 0, 0, 0);
  let c = 0;
  const add = (fields) => {
    t += int(rand, 1, 20) * 1000 + int(rand, 0, 999);
    entries.push({ entryType: 'Text', messageIdentifier: null, ...fields, time: t });
  };
  while (entries.length < count) {
    const convo = abcd[c % abcd.length];
    const agent = AGENTS[c % AGENTS.length];
    const bot = { actorType: 'Bot', actorName: 'Astro', actorId: sfId('0Xx', 700) };
    add({ ...bot, entryType: 'ChatbotEstablished', message: null });
    add({
      ...bot,
      message: `Hi ${convo.customer.split(' ')[0]}, I'm Astro, the virtual assistant. What can I help you with today?`,
      messageStatus: 'Delivered'
    });
    if (rand() < 0.2)
      add({
        actorType: 'EndUser',
        actorName: convo.customer,
        actorId: null,
        entryType: 'EndUserOptedIn',
        message: null
      });
    add({ ...bot, entryType: 'BotEscalated', message: null });
    const { entries: chunk, endMs } = messagingEntries(convo, {
      rand,
      startMs: t,
      idBase: 100000,
      seqBase: 0,
      agent,
      endUserId: sfId('0PA', 600)
    });
    for (const e of chunk) {
      t = Math.max(t, e.time);
      entries.push(e);
      if (e.actorType === 'Agent' && rand() < 0.15) {
        add({
          actorType: 'Agent',
          actorName: agent.name,
          actorId: agent.id,
          message: CANNED_REPLIES[int(rand, 0, CANNED_REPLIES.length - 1)],
          messageStatus: rand() < 0.03 ? 'Error' : 'Read',
          messageStatusCode: null
        });
        const last = entries[entries.length - 1];
        if (last.messageStatus === 'Error') last.messageStatusCode = '1404';
      }
      if (e.actorType === 'Agent' && rand() < 0.02) {
        add({
          actorType: 'Supervisor',
          actorName: 'Amber Cann',
          actorId: sfId('005', 199),
          message: 'Whisper: offer the goodwill credit if the customer asks again.',
          messageStatus: 'Sent'
        });
      }
    }
    t = Math.max(t, endMs);
    add({ actorType: 'System', actorName: null, actorId: null, message: `Chat ended by ${agent.name}.` });
    t += int(rand, 60, 600) * 1000;
    c++;
  }
  if (heights === 'extreme') extremeHeights(entries, rng(seed + 1));
  // One numbering for the whole transcript: Seq, Id and MessageIdentifier in order.
  const numbered = entries.slice(0, count).map((e, i) => ({
    ...e,
    seq: i + 1,
    id: sfId('0dw', 100000 + i + 1),
    messageIdentifier: e.message === null ? null : `msg-${i + 1}`
  }));
  return response(numbered.map(node));
}

/**
 * A returning customer whose one earlier session is long (`npm run bench`, the history row): this
 * session MS-00000995 holds `current` generated entries (seed 42), the earlier session MS-00000990
 * `earlier` entries (seed 7, ids of their own). `longHistorySessions` gives the two MessagingSession
 * nodes and this session's getRecord record without generating entries; `longHistorySample` adds this
 * session's response and the history file (the nodes and the earlier session's entries, as the
 * `history` files of committed samples hold them). Made on the fly by the preview server
 * (`history-<earlier>[-<current>]` samples).
 */
export function longHistorySessions({ earlier, current }) {
  const endUser = sfId('0PA', 990);
  const sessionNode = (n, name, startMs, count) => ({
    ...messagingSessionNode({
      id: sfId('0Mw', n),
      name,
      status: 'Ended',
      channel: 'Acme Support SMS',
      channelType: { value: 'Text', label: 'Text' },
      platformType: 'Standard',
      startMs,
      // Generated entries are about 11 s apart.
      endMs: startMs + count * 11000
    }),
    MessagingEndUserId: { value: endUser }
  });
  const currentNode = sessionNode(992, 'MS-00000995', Date.UTC(2024, 0, 1, 8, 0, 0), current);
  const earlierNode = sessionNode(991, 'MS-00000990', Date.UTC(2023, 11, 1, 8, 0, 0), earlier);
  return {
    sessions: [currentNode, earlierNode],
    recordId: currentNode.Id,
    recordName: currentNode.Name.value,
    earlierId: earlierNode.Id,
    earlierName: earlierNode.Name.value,
    sessionRecord: sessionRecordOf(currentNode, `preview-history-${earlier}-${current}`)
  };
}

export function longHistorySample(abcd, { earlier, current }) {
  const facts = longHistorySessions({ earlier, current });
  const before = largeTranscript(abcd, earlier, 7);
  // The earlier session's entries get ids of their own (both transcripts number from the same base).
  for (const [i, edge] of before.data.uiapi.query.ConversationEntry.edges.entries()) {
    edge.node.Id = sfId('0dw', 900000 + i + 1);
  }
  return {
    ...facts,
    response: largeTranscript(abcd, current, 42),
    history: { MessagingSession: facts.sessions, entries: { [facts.earlierId]: before } }
  };
}

/**
 * Rows of very different heights, for the windowing tests (`varied-N` samples, `--heights extreme`):
 * a third of the messages cut to a word, one in seven made five to twelve paragraphs long, one in
 * twenty a long unbroken token (a tracking link) and now and then an actor name without spaces.
 */
function extremeHeights(entries, rand) {
  for (const e of entries) {
    if (typeof e.message !== 'string' || e.message === '') continue;
    const roll = rand();
    if (roll < 0.33) e.message = e.message.split(' ')[0];
    else if (roll < 0.47) e.message = Array.from({ length: int(rand, 5, 12) }, () => e.message).join('\n\n');
    else if (roll < 0.52)
      e.message = `https://track.example.com/${'x9Y7z'.repeat(int(rand, 20, 60))}?order=${int(rand, 1e5, 1e6)}`;
    if (e.actorName && rand() < 0.03)
      e.actorName = `${e.actorName.replace(/\s+/g, '')}${'Longname'.repeat(6)}`;
  }
}

/** Where the ABCD dataset sample is read from unless --abcd says otherwise. */
export const DEFAULT_ABCD = '/work/shared/datasets/abcd/abcd_sample.json';

/**
 * The conversations of the committed samples, in the shape loadAbcd gives (the ABCD text is already in
 * them), so large transcripts can be generated where the dataset is not available (the preview server
 * makes its `large-*` samples from these on the fly).
 */
export function sampleConversations(dir = here) {
  const files = ['messaging-standard.json', 'messaging-bot-handoff.json', 'voice-call.json'];
  return files.map((file, i) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const nodes = json.data.uiapi.query.ConversationEntry.edges.map((e) => e.node);
    const customer = nodes.find((n) => n.ActorType.value === 'EndUser')?.ActorName.value ?? 'Customer';
    const turns = nodes
      .filter((n) => typeof n.Message.value === 'string' && n.Message.value !== '')
      .map((n) => ({
        speaker:
          { Agent: 'agent', Bot: 'agent', Supervisor: 'agent', EndUser: 'customer' }[n.ActorType.value] ??
          'action',
        text: n.Message.value
      }));
    return { id: `sample-${i + 1}`, customer, turns };
  });
}

function parseArgs(argv) {
  const args = { abcd: DEFAULT_ABCD };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--count') args.count = Number(next());
    else if (a === '--out') args.out = next();
    else if (a === '--seed') args.seed = Number(next());
    else if (a === '--abcd') args.abcd = next();
    else if (a === '--heights') args.heights = next();
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`generate: ${e.message}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(
      'usage: node preview/samples/generate.mjs [--count N [--out file] [--seed S] [--heights extreme]] [--abcd path]'
    );
    return;
  }
  const abcd = loadAbcd(args.abcd);
  if (args.count !== undefined) {
    if (!Number.isInteger(args.count) || args.count < 0) {
      console.error('generate: --count must be a non-negative integer');
      process.exit(2);
    }
    const out = path.resolve(
      args.out ?? path.join(repoRoot, 'artifacts', 'samples', `large-${args.count}.json`)
    );
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(largeTranscript(abcd, args.count, args.seed ?? 42, { heights: args.heights }))
    );
    console.log(`generate: wrote ${args.count} entries to ${path.relative(process.cwd(), out)}`);
    return;
  }
  const samples = [
    sampleStandard(abcd),
    sampleBotHandoff(abcd),
    sampleVoice(abcd),
    sampleEnhanced(abcd),
    sampleEmpty(),
    sampleReturning(abcd),
    ...sampleVoiceReturning(abcd)
  ];
  const index = [];
  const sessionsFile = path.join(here, 'sessions.json');
  const sessions = JSON.parse(fs.readFileSync(sessionsFile, 'utf8'));
  for (const s of samples) {
    fs.writeFileSync(path.join(here, s.file), JSON.stringify(s.response, null, 2) + '\n');
    for (const [file, content] of Object.entries(s.extraFiles ?? {})) {
      fs.writeFileSync(path.join(here, file), JSON.stringify(content, null, 2) + '\n');
    }
    if (s.sessionRecord) sessions.records[s.file.replace(/\.json$/, '')] = s.sessionRecord;
    index.push({
      id: s.file.replace(/\.json$/, ''),
      file: s.file,
      ...s.meta,
      entries: s.response.data.uiapi.query.ConversationEntry.totalCount
    });
  }
  fs.writeFileSync(path.join(here, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  fs.writeFileSync(sessionsFile, JSON.stringify(sessions, null, 2) + '\n');
  console.log(
    `generate: wrote ${samples.length} samples and index.json to ${path.relative(process.cwd(), here) || '.'}`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
