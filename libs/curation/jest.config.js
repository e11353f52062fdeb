module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'curation',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.(spec|integration-spec).ts'],
};
