module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'matching-eval',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
