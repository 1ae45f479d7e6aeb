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

function writeLabelMocks() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, value] of Object.entries(readLabels())) {
    fs.writeFileSync(path.join(OUT_DIR, `c.${name}.js`), `export default ${JSON.stringify(value)};\n`);
  }
}

module.exports = { readLabels, writeLabelMocks };
