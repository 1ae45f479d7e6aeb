/**
 * Memory is released in the browser: the component is mounted with the generated 5,000-entry sample,
 * loaded, scrolled and unmounted several times (window.__preview.mount()/unmount(), ?mount=manual);
 * after forced garbage collection (CDP HeapProfiler.collectGarbage) the JS heap is back near its
 * baseline, detached DOM nodes and JS event listeners do not accumulate, and window / document carry
 * the same listeners as before. Thresholds are generous on purpose: this catches leaks of whole
 * transcripts, not bytes.
 */
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { BASE_URL, useBrowser, label, newPage, COMPONENT } from './helpers.mjs';
import { clickToolbarButton, wheelOverLog } from './scrolling.mjs';
import { writeFigure } from '../scripts/figures.mjs';

const COUNT = 5000;
const CYCLES = 5;
const fmt = (n) => new Intl.NumberFormat('en-US').format(n);
const MB = 1024 * 1024;

const browser = useBrowser();

/** Heap, DOM and listener counters after forced GC. */
async function measure(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const listenersOn = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return listeners.map((l) => `${l.type}${l.useCapture ? ' (capture)' : ''}`).sort();
  };
  return {
    heap: usedSize,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    windowListeners: await listenersOn('window'),
    documentListeners: await listenersOn('document')
  };
}

async function mountAndLoad(page) {
  await page.evaluate(() => window.__preview.mount());
  await page
    .locator(`${COMPONENT} .transcript-count`)
    .filter({ hasText: label('Transcript_Entry_Count', fmt(COUNT)) })
    .waitFor({ timeout: 60000 });
  await page.locator(`${COMPONENT} .transcript-progress`).waitFor({ state: 'detached', timeout: 30000 });
  // Use it: turn the wheel through the windowed log, then jump back to the first entry.
  const log = page.locator(`${COMPONENT} section[role="log"]`);
  for (const delta of [5000, 95000, 150000]) {
    await wheelOverLog(page, delta);
    await log.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  await clickToolbarButton(page, label('Jump_First'));
}

async function unmount(page) {
  await page.evaluate(() => window.__preview.unmount());
  await page.locator(COMPONENT).waitFor({ state: 'detached' });
}

test.describe('memory on unmount', () => {
  test(`${CYCLES} mount/unmount cycles of ${fmt(COUNT)} entries leave the heap near its baseline`, async () => {
    test.setTimeout(300000);
    const { context, page, problems } = await newPage(browser());
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await page.goto(`${BASE_URL}?sample=large-${COUNT}&latency=0&mount=manual`);
      await page.waitForSelector(`body[data-preview-sample="large-${COUNT}"]`, { timeout: 60000 });
      assert.equal(await page.locator(COMPONENT).count(), 0, '?mount=manual: nothing mounted yet');

      // Warm-up cycle: code, stylesheets, Intl formatters and other once-per-page caches.
      await mountAndLoad(page);
      await unmount(page);
      const baseline = await measure(cdp);

      await mountAndLoad(page);
      const mounted = await measure(cdp);
      await unmount(page);
      for (let i = 1; i < CYCLES; i++) {
        await mountAndLoad(page);
        await unmount(page);
      }
      const final = await measure(cdp);

      const figures = {
        cycles: CYCLES + 1,
        entries: COUNT,
        baselineHeap: baseline.heap,
        mountedHeap: mounted.heap,
        finalHeap: final.heap,
        baselineNodes: baseline.nodes,
        mountedNodes: mounted.nodes,
        finalNodes: final.nodes,
        baselineListeners: baseline.jsEventListeners,
        mountedListeners: mounted.jsEventListeners,
        finalListeners: final.jsEventListeners,
        windowListeners: final.windowListeners.length,
        documentListeners: final.documentListeners.length
      };
      console.log(`memory figures: ${JSON.stringify(figures)}`);

      const mountCost = mounted.heap - baseline.heap;
      const growth = final.heap - baseline.heap;
      // One leaked transcript of 5,000 entries would cost about mountCost; five would cost five times it.
      const allowed = Math.max(4 * MB, 0.5 * mountCost);
      assert.ok(
        growth < allowed,
        `heap after ${CYCLES} more cycles grew ${(growth / MB).toFixed(2)} MB (allowed ${(allowed / MB).toFixed(2)} MB; one mounted transcript costs ${(mountCost / MB).toFixed(2)} MB)`
      );
      assert.ok(
        final.nodes <= baseline.nodes + 200,
        `DOM nodes ${baseline.nodes} → ${final.nodes} (mounted: ${mounted.nodes}): detached nodes are collected`
      );
      assert.ok(
        final.jsEventListeners <= baseline.jsEventListeners + 20,
        `JS event listeners ${baseline.jsEventListeners} → ${final.jsEventListeners} (mounted: ${mounted.jsEventListeners})`
      );
      assert.deepEqual(final.windowListeners, baseline.windowListeners, 'window listeners unchanged');
      assert.deepEqual(final.documentListeners, baseline.documentListeners, 'document listeners unchanged');
      assert.equal(final.documents, baseline.documents, 'no documents (iframes) left behind');
      assert.deepEqual(problems, [], 'no page errors or console errors');
      // Written once every assertion above held.
      writeFigure('e2e-memory', figures);
    } finally {
      await context.close();
    }
  });
});
