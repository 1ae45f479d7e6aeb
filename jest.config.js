const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  // Custom labels resolve to their real English values (generated from CustomLabels.labels-meta.xml).
  moduleNameMapper: {
    '^@salesforce/label/(.*)$': '<rootDir>/.cache/jest-labels/$1.js',
    '^lightning/conversationToolkitApi$': '<rootDir>/jest/mocks/conversationToolkitApi.js',
    // As strict as UI API about paging (jest/mocks/graphql.js); replaces sfdx-lwc-jest's stub.
    '^lightning/graphql$': '<rootDir>/jest/mocks/graphql.js',
    // CSS-only module shared by the row components (`@import 'c/transcriptRowStyles';`).
    '^c/transcriptRowStyles$':
      '<rootDir>/force-app/main/default/lwc/transcriptRowStyles/transcriptRowStyles.css'
  },
  globalSetup: '<rootDir>/jest/globalSetup.js',
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
