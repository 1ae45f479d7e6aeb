/**
 * Generates one module per custom label under .cache/jest-labels so that
 * `import X from '@salesforce/label/c.X'` gives the real English value in tests.
 */
const { writeLabelMocks } = require('./labels');

module.exports = async () => {
  writeLabelMocks();
};
