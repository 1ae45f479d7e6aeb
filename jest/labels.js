const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const LABELS_FILE = path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');
const OUT_DIR = path.join(ROOT, '.cache/jest-labels');

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Reads every custom label as { name: value }. */
function readLabels(file = LABELS_FILE) {
  const xml = fs.readFileSync(file, 'utf8');
  const labels = {};
  for (const block of xml.match(/<labels>[\s\S]*?<\/labels>/g) || []) {
    const name = /<fullName>([\s\S]*?)<\/fullName>/.exec(block);
    const value = /<value>([\s\S]*?)<\/value>/.exec(block);
    if (name && value) labels[decode(name[1].trim())] = decode(value[1]);
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
