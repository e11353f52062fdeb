// The whole suite in one Jest run: every project's unit, integration and e2e tests.
module.exports = {
  projects: [
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/tools/*/jest.config.js',
  ],
  testTimeout: 60_000,
};
