#!/usr/bin/env node
/**
 * Earlier conversations' entries: one conversation at a time (`ConversationId: { eq }`, what the
 * component does) against one collection for several (`ConversationId: { in: [...] }`), loaded through
 * the preview's strict `lightning/graphql` stand-in (UI API paging rules: preview/src/uiApiPaging.js,
 * `first` 2000 with a constant `upperBound`, as EntryPager asks) in one run. Prints, for N earlier
 * conversations of mixed lengths, the requests and the time until every entry arrived and until the
 * first (newest) conversation was complete, both ways, and their ratios. docs/history.md explains
 * the figures.
 *
 *   node scripts/history-paths.mjs [--latency 200] [--counts 1,3,10,20] [--runs 3]
 *
 * `--latency` is the round trip of one request in ms (the preview's default is 200). Both documents are
 * validated against the UI API schema of scripts/platform (the `in` one is built here, not shipped).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Entry counts of the earlier conversations, newest first, repeated as needed (some over one page). */
export const SESSION_SIZES = [35, 180, 2600, 60, 900, 4500, 120, 25, 1400, 300];
const PAGE = 2000;
const UPPER_BOUND = 50000;

/** Requests to load conversations of these sizes one at a time: each at least one page. */
export function requestsOneAtATime(sizes, page = PAGE) {
  return sizes.reduce((sum, n) => sum + Math.max(1, Math.ceil(n / page)), 0);
}

/** Requests to load them as one `in` collection. */
export function requestsIn(sizes, page = PAGE) {
  return Math.max(1, Math.ceil(sizes.reduce((sum, n) => sum + n, 0) / page));
}

/** The ConversationEntry document of the component and its `in` variant (same selection and paging). */
export function documents() {
  const text = fs.readFileSync(
    path.join(root, 'force-app/main/default/lwc/conversationTranscript/entriesQuery.ts'),
    'utf8'
  );
  const single = /= gql`([\s\S]*?)`;/.exec(text)[1];
  const several = single
    .replace('$conversationId: ID!', '$conversationIds: [ID]!')
    .replace('ConversationId: { eq: $conversationId }', 'ConversationId: { in: $conversationIds }')
    .replace(
      'orderBy: { Seq: { order: ASC } }',
      'orderBy: { ConversationId: { order: ASC }, Seq: { order: ASC } }'
    );
  if (several === single || !several.includes('in: $conversationIds')) {
    throw new Error('entriesQuery.ts changed shape: the in-variant could not be made');
  }
  return { single, several };
}

function parseArgs(argv) {
  const args = { latency: 200, counts: [1, 3, 10, 20], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const next = () => argv[++i];
    if (argv[i] === '--latency') args.latency = Number(next());
    else if (argv[i] === '--counts') args.counts = next().split(',').map(Number);
    else if (argv[i] === '--runs') args.runs = Number(next());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { settings, stats, registerSource } = await import('../preview/src/dataSource.js');
  const { graphql } = await import('../preview/modules/lightning/graphql/graphql.js');
  const { largeTranscript, sampleConversations } = await import('../preview/samples/generate.mjs');
  const { buildSchema, validateDocument } = await import('./platform/validate-graphql.mjs');
  settings.latency = args.latency;

  const { single, several } = documents();
  const schema = buildSchema();
  for (const [name, text] of Object.entries({ single, several })) {
    const problems = validateDocument(schema, text);
    if (problems.length)
      throw new Error(`${name} document: ${problems.map((p) => p.message ?? p).join('; ')}`);
  }

  const maxCount = Math.max(...args.counts);
  const abcd = sampleConversations();
  const sessions = [];
  for (let i = 0; i < maxCount; i++) {
    const size = SESSION_SIZES[i % SESSION_SIZES.length];
    const id = `0Mw${String(500 + i).padStart(12, '0')}AAA`;
    const response = largeTranscript(abcd, size, 100 + i);
    for (const edge of response.data.uiapi.query.ConversationEntry.edges) {
      edge.node = { ...edge.node, Id: `0dw${String(i).padStart(3, '0')}${edge.node.Id.slice(6)}` };
    }
    registerSource(id, response);
    sessions.push({ id, size });
  }

  /** Pages one collection to its end as EntryPager does; returns when each conversation was complete. */
  const load = (query, baseVariables, ids) =>
    new Promise((resolve, reject) => {
      const seen = new Map(ids.map((id) => [id, 0]));
      const sizes = new Map(sessions.map((s) => [s.id, s.size]));
      const completeAt = new Map();
      const start = performance.now();
      let requests = 0;
      const wire = new graphql((result) => {
        if (result.errors) {
          reject(new Error(JSON.stringify(result.errors)));
          return;
        }
        // What the client does with a page: parse the answer (it arrives as JSON text).
        const connection = JSON.parse(JSON.stringify(result.data)).uiapi.query.ConversationEntry;
        for (const { node } of connection.edges) {
          const owner = node.ConversationId.value;
          seen.set(owner, seen.get(owner) + 1);
          if (seen.get(owner) === sizes.get(owner)) completeAt.set(owner, performance.now() - start);
        }
        if (connection.pageInfo.hasNextPage) {
          requests++;
          wire.update({ query, variables: { ...baseVariables, after: connection.pageInfo.endCursor } });
        } else {
          resolve({ requests, allMs: performance.now() - start, completeAt });
        }
      });
      wire.connect();
      requests++;
      wire.update({ query, variables: baseVariables });
    });

  const rows = [];
  for (const count of args.counts) {
    const chosen = sessions.slice(0, count);
    const ids = chosen.map((s) => s.id);
    const runs = { one: [], in: [] };
    for (let run = 0; run < args.runs; run++) {
      // One at a time, newest first, as the queue of expanded conversations loads them.
      const before = stats.requests;
      const t0 = performance.now();
      let firstMs = null;
      for (const id of ids) {
        const r = await load(single, { conversationId: id, first: PAGE, upperBound: UPPER_BOUND }, [id]);
        firstMs ??= performance.now() - t0;
        void r;
      }
      runs.one.push({ requests: stats.requests - before, allMs: performance.now() - t0, firstMs });
      const beforeIn = stats.requests;
      const r = await load(several, { conversationIds: ids, first: PAGE, upperBound: UPPER_BOUND }, ids);
      runs.in.push({
        requests: stats.requests - beforeIn,
        allMs: r.allMs,
        firstMs: r.completeAt.get(ids[0])
      });
    }
    const sum = (key, who) => median(runs[who].map((x) => x[key]));
    rows.push({
      count,
      entries: chosen.reduce((s, c) => s + c.size, 0),
      oneRequests: runs.one[0].requests,
      inRequests: runs.in[0].requests,
      expected: [requestsOneAtATime(chosen.map((c) => c.size)), requestsIn(chosen.map((c) => c.size))],
      oneAll: sum('allMs', 'one'),
      inAll: sum('allMs', 'in'),
      oneFirst: sum('firstMs', 'one'),
      inFirst: sum('firstMs', 'in')
    });
  }

  const f = (v) => `${Math.round(v)} ms`;
  const r2 = (v) => v.toFixed(2);
  console.log(
    `history-paths: latency ${args.latency} ms per request, page ${PAGE}, upperBound ${UPPER_BOUND}, ` +
      `median of ${args.runs} run(s); sizes newest first ${SESSION_SIZES.join(', ')} …`
  );
  console.log(
    'earlier | entries | requests one/in (ratio) | all loaded one/in (ratio) | newest complete one/in (ratio)'
  );
  for (const x of rows) {
    console.log(
      `${String(x.count).padStart(7)} | ${String(x.entries).padStart(7)} | ` +
        `${x.oneRequests}/${x.inRequests} (${r2(x.oneRequests / x.inRequests)}) | ` +
        `${f(x.oneAll)}/${f(x.inAll)} (${r2(x.oneAll / x.inAll)}) | ` +
        `${f(x.oneFirst)}/${f(x.inFirst)} (${r2(x.oneFirst / x.inFirst)})`
    );
    if (x.oneRequests !== x.expected[0] || x.inRequests !== x.expected[1]) {
      console.log(`history-paths: requests differ from ceil(n / ${PAGE}): expected ${x.expected.join('/')}`);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error(`history-paths: ${error.stack ?? error.message}`);
    process.exit(1);
  });
}
