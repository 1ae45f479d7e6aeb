const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');
const { writeLabelMocks } = require('./jest/labels');

// One module per custom label under .cache/jest-labels, so `import X from '@salesforce/label/c.X'` gives
// the real English value. Written while this config loads: `--findRelatedTests` (Stryker's jest runner
// uses it) resolves every test's imports before any globalSetup runs, and a label module missing then
// stays missing for the whole run (LWC's jest transformer falls back to the label's name).
writeLabelMocks();

module.exports = {
  ...jestConfig,
  // Custom labels resolve to their real English values (generated from CustomLabels.labels-meta.xml).
  moduleNameMapper: {
    '^@salesforce/label/(.*)$': '<rootDir>/.cache/jest-labels/$1.js',
    '^lightning/conversationToolkitApi$': '<rootDir>/jest/mocks/conversationToolkitApi.js',
    // As strict as UI API about paging (jest/mocks/graphql.js); replaces sfdx-lwc-jest's stub.
    '^lightning/graphql$': '<rootDir>/jest/mocks/graphql.js'
  },
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest/setupTests.js'],
  testPathIgnorePatterns: [
    ...jestConfig.testPathIgnorePatterns,
    '<rootDir>/.cache/',
    '<rootDir>/e2e/',
    '<rootDir>/preview/',
    '<rootDir>/scripts/'
  ],
  modulePathIgnorePatterns: ['<rootDir>/.cache/sf-cli/'],
  testTimeout: 15000
};
