#!/usr/bin/env node
/**
 * `npm start`: builds the preview, then serves it on http://127.0.0.1:<port> (127.0.0.1 only).
 *
 *   npm start                                   # samples from preview/samples
 *   npm start -- --port 5000
 *   npm start -- --data path/to/response.json   # your captured UI API GraphQL response ({ data, errors } or just data)
 *   npm start -- --data file.json --object VoiceCall
 *   npm start -- --no-build                     # serve the existing preview-dist/
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import cssjanus from 'cssjanus';
import { parseResponseText, visible } from '../preview/src/responseShape.mjs';
import {
  largeTranscript,
  longHistorySample,
  longHistorySessions,
  sampleConversations
} from '../preview/samples/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(root, 'preview-dist');
const SLDS_ASSETS = path.join(root, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const SAMPLES = path.join(root, 'preview', 'samples');
const CUSTOM_IDS = { MessagingSession: '0Mw000000000099AAA', VoiceCall: '0LQ000000000099AAA' };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
};

/**
 * Reads and checks a --data file; returns { ok, response, entries } or { ok: false, problem }. A UTF-8
 * BOM is accepted; the problem never echoes a control character from the file or its name.
 */
export function loadDataFile(file) {
  const shown = visible(file);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: `${shown}: cannot read the file (${visible(error.code ?? error.message)})` };
  }
  return parseResponseText(text, shown);
}

function parseArgs(argv) {
  const args = { port: 4173, build: true, object: 'MessagingSession' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') args.port = Number(value());
    else if (a.startsWith('--port=')) args.port = Number(a.slice(7));
    else if (a === '--data') args.data = value();
    else if (a.startsWith('--data=')) args.data = a.slice(7);
    else if (a === '--object') args.object = value();
    else if (a === '--no-build') args.build = false;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${visible(a)} (see --help)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error('--port must be an integer 0-65535');
  if (!CUSTOM_IDS[args.object]) throw new Error('--object must be MessagingSession or VoiceCall');
  return args;
}

/**
 * Large transcripts made on the fly by the seeded generator (never committed): the same seed gives the
 * same entries. Served at /samples/generated/<id>.json and listed after the committed samples.
 * `varied-N` has rows of very different heights (one word to a dozen paragraphs, unbroken tokens).
 */
export const GENERATED_SAMPLES = [
  ...[5000, 50000].map((count, i) => ({
    id: `large-${count}`,
    label: `Large: ${count.toLocaleString('en-US')} generated entries`,
    recordId: `0Mw00000000009${i}AAA`,
    recordName: `MS-LARGE-${count}`,
    description: `${count.toLocaleString('en-US')} entries from the seeded generator (seed 42), cycling the sample conversations; loads in pages of 2000.`,
    count,
    heights: 'realistic'
  })),
  ...[220, 2000, 5000, 50000].map((count, i) => ({
    id: `varied-${count}`,
    label: `Varied heights: ${count.toLocaleString('en-US')} generated entries`,
    recordId: `0Mw00000000008${i}AAA`,
    recordName: `MS-VARIED-${count}`,
    description: `${count.toLocaleString('en-US')} generated entries of very different heights (a word to a dozen paragraphs).`,
    count,
    heights: 'extreme'
  }))
].map(({ count, ...sample }) => ({
  ...sample,
  file: `generated/${sample.id}.json`,
  objectApiName: 'MessagingSession',
  entries: count,
  generated: true
}));

/**
 * A returning customer whose earlier session MS-00000990 holds 2,000 entries (`npm run bench`, the
 * history row): `history-2000` with 20 entries in this session MS-00000995, `history-2000-50000` with
 * 50,000. The history file is served at /samples/generated/<id>-history.json; the session record
 * travels in the config.
 */
export const HISTORY_SAMPLES = [20, 50000].map((current) => {
  const earlier = 2000;
  const id = current === 20 ? `history-${earlier}` : `history-${earlier}-${current}`;
  const facts = longHistorySessions({ earlier, current });
  return {
    id,
    label: `History: ${earlier.toLocaleString('en-US')} entries in an earlier session`,
    objectApiName: 'MessagingSession',
    recordId: facts.recordId,
    recordName: facts.recordName,
    description: `A returning customer: the earlier session ${facts.earlierName} holds ${earlier.toLocaleString('en-US')} generated entries (seed 7), this session ${current.toLocaleString('en-US')} (seed 42).`,
    file: `generated/${id}.json`,
    history: `generated/${id}-history.json`,
    sessionRecord: facts.sessionRecord,
    earlier,
    entries: current,
    generated: true
  };
});
const generatedBodies = new Map();

/** The JSON text of a generated sample (made once per server, about 1 s for 50,000 entries). */
export function generatedSampleBody(id) {
  const history = HISTORY_SAMPLES.find((h) => h.id === id || `${h.id}-history` === id);
  if (history) {
    if (!generatedBodies.has(id)) {
      const built = longHistorySample(sampleConversations(SAMPLES), {
        earlier: history.earlier,
        current: history.entries
      });
      generatedBodies.set(history.id, JSON.stringify(built.response));
      generatedBodies.set(`${history.id}-history`, JSON.stringify(built.history));
    }
    return generatedBodies.get(id);
  }
  const sample = GENERATED_SAMPLES.find((g) => g.id === id);
  if (!sample) return null;
  if (!generatedBodies.has(id)) {
    const json = largeTranscript(sampleConversations(SAMPLES), sample.entries, 42, {
      heights: sample.heights
    });
    generatedBodies.set(id, JSON.stringify(json));
  }
  return generatedBodies.get(id);
}

function previewConfig(custom) {
  const samples = [
    ...JSON.parse(fs.readFileSync(path.join(SAMPLES, 'index.json'), 'utf8')),
    ...GENERATED_SAMPLES,
    ...HISTORY_SAMPLES
  ];
  if (custom) samples.unshift(custom.entry);
  return { samples, defaultSample: custom ? 'custom' : samples[0].id };
}

/** Serves `file` if it lies inside `base`. */
function sendFile(res, base, relative, method, cache) {
  const target = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  if (target !== base && !target.startsWith(base + path.sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  fs.stat(target, (error, stat) => {
    if (error || !stat.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: /${relative}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': cache ? 'public, max-age=3600' : 'no-store'
    });
    if (method === 'HEAD') res.end();
    else fs.createReadStream(target).pipe(res);
  });
}

/** The SLDS stylesheet the page loads for a right-to-left language (see rtlStylesheet). */
export const SLDS_RTL_PATH = '/assets/styles/salesforce-lightning-design-system.rtl.min.css';
let sldsRtl = null;

/**
 * SLDS mirrored for right-to-left languages, as Lightning serves it to a user whose language is
 * right-to-left: "the framework automatically flips property names, such as left and border-left to
 * right and border-right … [and] rearranges certain values like padding, margin, and border-radius"
 * (https://developer.salesforce.com/docs/platform/aura-platform/guide/apps-css-rtl.html). The npm
 * package ships only the left-to-right stylesheet; CSSJanus makes the same flips. Made once per server.
 */
export function rtlStylesheet() {
  sldsRtl ??= cssjanus.transform(
    fs.readFileSync(path.join(SLDS_ASSETS, 'styles', 'salesforce-lightning-design-system.min.css'), 'utf8')
  );
  return sldsRtl;
}

/**
 * Starts the HTTP server on 127.0.0.1. `port: 0` picks a free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ port = 4173, data = null, object = 'MessagingSession', dist = DIST } = {}) {
  let custom = null;
  if (data) {
    const name = path.basename(data.file);
    custom = {
      body: JSON.stringify(data.response),
      entry: {
        id: 'custom',
        file: name,
        label: `Your data: ${name}`,
        objectApiName: object,
        recordId: CUSTOM_IDS[object],
        recordName: name,
        description: `Loaded from ${visible(data.file)} with npm start -- --data.`,
        entries: data.entries
      }
    };
  }
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === '/' || pathname === '/index.html')
      return sendFile(res, dist, 'index.html', method, false);
    if (pathname === '/bench.html') return sendFile(res, dist, 'bench.html', method, false);
    if (pathname === '/preview-config.json') {
      const body = JSON.stringify(previewConfig(custom));
      res
        .writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' })
        .end(method === 'HEAD' ? undefined : body);
      return;
    }
    if (pathname === '/data/custom.json') {
      if (!custom) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No --data file was given.');
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' })
        .end(method === 'HEAD' ? undefined : custom.body);
      return;
    }
    const generated = /^\/samples\/generated\/([a-z]+(?:-\d+)+(?:-history)?)\.json$/.exec(pathname);
    if (generated) {
      const body = generatedSampleBody(generated[1]);
      if (body === null) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
        return;
      }
      res
        .writeHead(200, {
          'content-type': TYPES['.json'],
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store'
        })
        .end(method === 'HEAD' ? undefined : body);
      return;
    }
    if (pathname === '/__preview/drop') {
      // The stand-in's `fail=page:N:network`: a real dropped connection, so fetch fails in the browser.
      req.socket.destroy();
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname === SLDS_RTL_PATH) {
      const body = rtlStylesheet();
      res
        .writeHead(200, {
          'content-type': TYPES['.css'],
          'content-length': Buffer.byteLength(body),
          'cache-control': 'public, max-age=3600'
        })
        .end(method === 'HEAD' ? undefined : body);
      return;
    }
    if (pathname.startsWith('/assets/'))
      return sendFile(res, SLDS_ASSETS, pathname.slice('/assets/'.length), method, true);
    if (pathname.startsWith('/samples/'))
      return sendFile(res, SAMPLES, pathname.slice('/samples/'.length), method, false);
    if (pathname.startsWith('/app/') || pathname === '/preview.css')
      return sendFile(res, dist, pathname.slice(1), method, false);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          })
      });
    });
  });
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`preview: ${error.message}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(
      'usage: npm start -- [--port 4173] [--data response.json [--object MessagingSession|VoiceCall]] [--no-build]'
    );
    return;
  }
  let data = null;
  if (args.data) {
    const loaded = loadDataFile(args.data);
    if (!loaded.ok) {
      console.error(`preview: cannot use --data: ${loaded.problem}`);
      process.exit(1);
    }
    data = { file: args.data, response: loaded.response, entries: loaded.entries };
    console.log(
      `preview: serving ${loaded.entries} entries from ${visible(args.data)}${loaded.response.errors ? ` with ${loaded.response.errors.length} GraphQL error(s)` : ''}`
    );
  }
  if (args.build) {
    const { buildPreview } = await import('./preview-build.mjs');
    try {
      await buildPreview();
    } catch (error) {
      console.error(`preview: build failed: ${error.message}`);
      process.exit(1);
    }
  } else if (!fs.existsSync(path.join(DIST, 'app', 'main.js'))) {
    console.error('preview: preview-dist/ is missing; run without --no-build');
    process.exit(1);
  }
  let server;
  try {
    server = await startServer({ port: args.port, data, object: args.object });
  } catch (error) {
    console.error(
      `preview: cannot listen on 127.0.0.1:${args.port}: ${error.code === 'EADDRINUSE' ? 'port in use (try --port 0 or another port)' : error.message}`
    );
    process.exit(1);
  }
  console.log(`preview: open ${server.url}  (Ctrl+C to stop)`);
  console.log(
    'preview: options in the URL: ?sample=<id>&latency=300&fail=page:2&errors=validation&locale=de-DE&timeZone=Europe/Berlin&lang=de'
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main();
}
