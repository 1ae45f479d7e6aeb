import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearFigures, formatFigures, readFigures, writeFigure } from './figures.mjs';

const FULL = {
  'jest-fast-check': { cases: 12000 },
  'jest-xss': { payloads: 60 },
  'e2e-xss': { payloads: 60 },
  'jest-errors': { kinds: ['aborted', 'network', 'timeout'] },
  'e2e-errors': { kinds: ['InvalidSyntax', 'network', 'timeout'], recovered: 3 },
  'jest-faults': { injected: 2, kinds: ['timeout', 'timeout'] },
  'e2e-faults-errors': { injected: 3, kinds: ['InvalidSyntax', 'network', 'timeout'] },
  'e2e-faults-paging': { injected: 1, kinds: ['mid-pagination'] },
  'e2e-50k': {
    entries: 50000,
    requests: 25,
    loadMs: 3616,
    maxLongTaskMs: 497,
    longTasks: 25,
    maxRows: 40
  },
  'e2e-memory': {
    cycles: 6,
    entries: 5000,
    baselineHeap: 12 * 1024 * 1024,
    mountedHeap: 15.5 * 1024 * 1024,
    finalHeap: 13 * 1024 * 1024,
    baselineNodes: 1981,
    finalNodes: 1981,
    baselineListeners: 70,
    finalListeners: 70
  }
};

describe('formatFigures', () => {
  it('summarises every figure on one line each', () => {
    const lines = formatFigures(FULL);
    assert.deepEqual(lines, [
      'Figures',
      '  fast-check cases: 12,000 generated cases (jest)',
      '  XSS payloads tried: 60 in jest; 60 in Chromium',
      '  error types covered: 3 in Chromium, 3 recovered with Try again (InvalidSyntax, network, timeout); 3 kinds classified in jest',
      '  faults injected: 2 in jest (timeout ×2); 4 in Chromium (InvalidSyntax, network, timeout, mid-pagination)',
      '  50,000 entries: 50,000 entries in 25 requests, loaded in 3.6 s, longest task 497 ms (25 over 50 ms), at most 40 rows in the DOM',
      '  memory on unmount: 6 mount/unmount cycles of 5,000 entries, heap after GC 12.0 MB → 13.0 MB (+1.0 MB; one mounted copy +3.5 MB), DOM nodes 1,981 → 1,981, JS listeners 70 → 70'
    ]);
  });

  it('reports recoveries as counted, not as the number of kinds shown', () => {
    const text = formatFigures({ 'e2e-errors': { kinds: ['a', 'b', 'c'], recovered: 2 } }).join('\n');
    assert.match(text, /error types covered: 3 in Chromium, 2 recovered with Try again \(a, b, c\)/);
  });

  it('says "not run" for every figure whose tests did not run', () => {
    const lines = formatFigures({});
    assert.equal(lines.length, 7);
    for (const line of lines.slice(1)) assert.match(line, /: not run$/);
  });

  it('shows what ran when a step was skipped (jest only, e2e skipped)', () => {
    const jestOnly = Object.fromEntries(Object.entries(FULL).filter(([name]) => name.startsWith('jest')));
    const text = formatFigures(jestOnly).join('\n');
    assert.match(text, /XSS payloads tried: 60 in jest\n/);
    assert.match(text, /error types covered: 3 kinds classified in jest\n/);
    assert.match(text, /faults injected: 2 in jest \(timeout ×2\)\n/);
    assert.match(text, /50,000 entries: not run/);
    assert.match(text, /memory on unmount: not run/);
  });
});

describe('writeFigure / readFigures / clearFigures', () => {
  it('round-trips figure files, skips unreadable ones, and clears them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-'));
    try {
      writeFigure('jest-xss', { payloads: 60 }, dir);
      fs.writeFileSync(path.join(dir, 'e2e-50k.json'), '{"entries": 5'); // half-written
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
      assert.deepEqual(readFigures(dir), { 'jest-xss': { payloads: 60 } });
      clearFigures(dir);
      assert.deepEqual(readFigures(dir), {});
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
