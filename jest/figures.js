/**
 * Jest side of the figures summary (see scripts/figures.mjs): a test file records what it measured
 * (cases run, payloads tried, faults injected) as .cache/figures/<name>.json.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const FIGURES_DIR = path.resolve(__dirname, '..', '.cache', 'figures');

function recordFigure(name, data) {
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  fs.writeFileSync(path.join(FIGURES_DIR, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

module.exports = { recordFigure, FIGURES_DIR };
