module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'search',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.(spec|integration-spec).ts'],
};
