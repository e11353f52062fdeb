module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'discovery',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.(spec|integration-spec).ts'],
};
