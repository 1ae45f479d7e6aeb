const fs = require('fs');
const path = require('path');
const { XMLParser } = require('fast-xml-parser');

const ROOT = path.resolve(__dirname, '..');
const LABELS_FILE = path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');
const OUT_DIR = path.join(ROOT, '.cache/jest-labels');

const parser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  isArray: (name) => name === 'labels'
});

/** Reads every custom label as { name: value }. */
function readLabels(file = LABELS_FILE) {
  const labels = {};
  for (const block of parser.parse(fs.readFileSync(file, 'utf8')).CustomLabels?.labels ?? []) {
    if (block.fullName !== undefined && block.value !== undefined) {
      labels[String(block.fullName).trim()] = String(block.value);
    }
  }
  return labels;
}

/**
 * Writes the label modules. Several jest processes run this at once (Stryker's test runners, each loading
 * jest.config.js): a module is only written when its text differs, and then to a file of this
 * process first and renamed over the module (rename replaces a file atomically on one file system), so a
 * test never imports a half-written module.
 */
function writeLabelMocks() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(readLabels())) {
    const file = path.join(OUT_DIR, `c.${name}.js`);
    const text = `export default ${JSON.stringify(value)};\n`;
    let current = null;
    try {
      current = fs.readFileSync(file, 'utf8');
    } catch {
      current = null;
    }
    if (current === text) continue;
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, file);
  }
}

module.exports = { readLabels, writeLabelMocks };
