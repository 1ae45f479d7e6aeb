/**
 * `npm start -- --data file.json`: a bad file fails fast with its name and the problem; a good one is
 * served (whole response or just its `data` part) on 127.0.0.1.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, sampleNodes } from './helpers.mjs';

const PREVIEW = path.join(root, 'scripts', 'preview.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-cli-'));

function write(name, text) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

function runBad(file) {
  return spawnSync(process.execPath, [PREVIEW, '--no-build', '--port', '0', '--data', file], {
    encoding: 'utf8',
    timeout: 20000
  });
}

/** Starts the server, returns its URL and a stop function (kills only that child). */
function startGood(args) {
  const child = spawn(process.execPath, [PREVIEW, '--no-build', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`server did not start: ${out}`));
    }, 20000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          out,
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGTERM');
            })
        });
      }
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
}

test.describe('npm start -- --data', () => {
  test('rejects invalid JSON, naming the file and the problem', () => {
    const file = write('broken.json', '{ "data": { "uiapi": ');
    const result = runBad(file);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /broken\.json/);
    assert.match(result.stderr, /not valid JSON/);
  });

  test('rejects the wrong shape, saying what is missing', () => {
    const file = write(
      'wrong-shape.json',
      JSON.stringify({ data: { uiapi: { query: { MessagingSession: { edges: [] } } } } })
    );
    const result = runBad(file);
    assert.notEqual(result.status, 0);
    assert.match(
      result.stderr,
      /wrong-shape\.json: missing data\.uiapi\.query\.ConversationEntry \(found: MessagingSession\)/
    );
  });

  test('rejects edges without nodes', () => {
    const file = write(
      'no-node.json',
      JSON.stringify({
        data: { uiapi: { query: { ConversationEntry: { edges: [{ node: {} }, { cursor: 'x' }] } } } }
      })
    );
    const result = runBad(file);
    assert.notEqual(result.status, 0);
    assert.match(
      result.stderr,
      /no-node\.json: data\.uiapi\.query\.ConversationEntry\.edges\[1\] must be an object with a "node" object/
    );
  });

  test('accepts a file that starts with a UTF-8 byte order mark', async () => {
    test.setTimeout(30000);
    const nodes = sampleNodes('messaging-standard');
    const body = JSON.stringify({
      data: { uiapi: { query: { ConversationEntry: { edges: nodes.map((node) => ({ node })) } } } }
    });
    const file = write('with-bom.json', `\uFEFF${body}`);
    const server = await startGood(['--data', file]);
    try {
      assert.match(server.out, new RegExp(`serving ${nodes.length} entries from`));
      const data = await (await fetch(new URL('data/custom.json', server.url))).json();
      assert.equal(data.data.uiapi.query.ConversationEntry.edges.length, nodes.length);
    } finally {
      await server.stop();
    }
  });

  test('never echoes control characters or escape sequences from the file or its name', () => {
    const hostile = [
      ['bad-json.json', '\u001b]0;owned\u0007\u001b[2J\u001b[31m{ not json \u202e'],
      ['bad-keys.json', JSON.stringify({ '\u001b[2Jtitle\u0007': 1, 'a\u009bb\u2028c': 2 })],
      ['found\u001b[31m-\u0007.json', '[]']
    ];
    for (const [name, text] of hostile) {
      const result = runBad(write(name, text));
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /cannot use --data/);
      assert.doesNotMatch(
        result.stderr.trimEnd(),
        /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
      );
      assert.match(result.stderr, /\\x1b/, 'the escape character is shown as \\x1b');
    }
  });

  test('rejects a missing file', () => {
    const result = runBad(path.join(tmp, 'nope.json'));
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /nope\.json: cannot read the file \(ENOENT\)/);
  });

  for (const [name, body] of [
    [
      'full-response.json',
      (nodes) => ({
        data: { uiapi: { query: { ConversationEntry: { edges: nodes.map((node) => ({ node })) } } } }
      })
    ],
    [
      'data-only.json',
      (nodes) => ({ uiapi: { query: { ConversationEntry: { edges: nodes.map((node) => ({ node })) } } } })
    ]
  ]) {
    test(`serves ${name} on 127.0.0.1 as the default sample`, async () => {
      test.setTimeout(30000);
      const nodes = sampleNodes('messaging-standard');
      const file = write(name, JSON.stringify(body(nodes)));
      const server = await startGood(['--data', file]);
      try {
        assert.match(server.out, new RegExp(`serving ${nodes.length} entries from`));
        const config = await (await fetch(new URL('preview-config.json', server.url))).json();
        assert.equal(config.defaultSample, 'custom');
        assert.equal(config.samples[0].file, name);
        const data = await (await fetch(new URL('data/custom.json', server.url))).json();
        assert.equal(data.data.uiapi.query.ConversationEntry.edges.length, nodes.length);
        const page = await fetch(server.url);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /c-conversation-transcript|app\/main\.js/);
        const traversal = await fetch(new URL('samples/..%2F..%2Fpackage.json', server.url));
        assert.notEqual(traversal.status, 200, 'no path traversal');
      } finally {
        await server.stop();
      }
    });
  }
});
