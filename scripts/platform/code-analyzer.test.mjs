// Tests for the grep-style guard in code-analyzer.mjs, on temp folders (run: node --test scripts/platform/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGuard } from './code-analyzer.mjs';

function tempTree(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-analyzer-guard-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

const CLEAN_TS = `import { LightningElement, api } from 'lwc';
export default class Clean extends LightningElement {
  @api label = '';
  handleClick(): void {
    this.dispatchEvent(new CustomEvent('select'));
  }
}
`;
const CLEAN_HTML = `<template>
  <button class="slds-button" onclick={handleClick} data-id="one">{label}</button>
  <c-child onselect={handleSelect} title="on-call"></c-child>
</template>
`;

test('guard passes a clean component', (t) => {
  const dir = tempTree({ 'lwc/clean/clean.ts': CLEAN_TS, 'lwc/clean/clean.html': CLEAN_HTML });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const result = runGuard(dir);
  assert.equal(result.files.length, 2);
  assert.deepEqual(result.violations, []);
  assert.ok(result.patterns.includes('innerHTML'));
});

test('guard fails a file that sets innerHTML, with file and line', (t) => {
  const dir = tempTree({
    'lwc/bad/bad.ts': `${CLEAN_TS}export function paint(el: HTMLElement, html: string): void {\n  el.innerHTML = html;\n}\n`
  });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { violations } = runGuard(dir);
  assert.equal(violations.length, 1);
  assert.equal(violations[0].pattern, 'innerHTML');
  assert.equal(violations[0].line, 9);
  assert.equal(violations[0].file, path.join(dir, 'lwc/bad/bad.ts'));
});

test('guard catches each forbidden pattern', (t) => {
  const dir = tempTree({
    'a.js':
      'el.outerHTML = x;\nel.insertAdjacentHTML("beforeend", x);\neval("1");\nconst f = new Function("return 1");\n',
    'b.html':
      '<template>\n<div lwc:dom="manual"></div>\n<a href="#" onclick="go()">x</a>\n<p onmouseover=\'x()\'></p>\n<c-x one-way="x"></c-x>\n</template>\n'
  });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const found = runGuard(dir).violations.map((v) => `${path.basename(v.file)}:${v.line} ${v.pattern}`);
  assert.deepEqual(found, [
    'a.js:1 outerHTML',
    'a.js:2 insertAdjacentHTML',
    'a.js:3 eval(',
    'a.js:4 new Function(',
    'b.html:2 lwc:dom="manual"',
    'b.html:3 inline event handler on*="..."',
    'b.html:4 inline event handler on*="..."',
    // LWC reads every on* attribute as an event handler (LWC1043), so a quoted one-way="x" is wrong too.
    'b.html:5 inline event handler on*="..."'
  ]);
});

test('guard does not flag look-alikes', (t) => {
  const dir = tempTree({
    'ok.ts':
      'const medieval = 1;\nobj.evaluate(1);\nconst retrieval = x.eval2;\nconst f = new Functions();\n',
    'ok.html': '<template><c-x one-way={a} online={b} onselect={c}></c-x></template>\n'
  });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  assert.deepEqual(runGuard(dir).violations, []);
});

test('guard skips __tests__, node_modules and .cache', (t) => {
  const dir = tempTree({
    'lwc/x/__tests__/x.test.js': 'el.innerHTML = "<b>fixture</b>";\n',
    'node_modules/dep/index.js': 'el.innerHTML = x;\n',
    '.cache/out.js': 'eval("1");\n',
    'lwc/x/x.ts': CLEAN_TS
  });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const result = runGuard(dir);
  assert.deepEqual(result.files, [path.join(dir, 'lwc/x/x.ts')]);
  assert.deepEqual(result.violations, []);
});

test('guard allows lwc:dom="manual" in the printout template only, and still checks it for HTML', (t) => {
  const dir = tempTree({
    'lwc/transcriptPrintRows/transcriptPrintRows.html':
      '<template>\n<div lwc:dom="manual"></div>\n<a onclick="go()">x</a>\n</template>\n',
    'lwc/transcriptPrintRows/transcriptPrintRows.ts': 'row.innerHTML = text;\n',
    'lwc/other/other.html': '<template>\n<div lwc:dom="manual"></div>\n</template>\n'
  });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const found = runGuard(dir).violations.map((v) => `${path.basename(v.file)}:${v.line} ${v.pattern}`);
  assert.deepEqual(found, [
    'other.html:2 lwc:dom="manual"',
    'transcriptPrintRows.html:3 inline event handler on*="..."',
    'transcriptPrintRows.ts:1 innerHTML'
  ]);
});
