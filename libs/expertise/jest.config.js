module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'expertise',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.(spec|integration-spec).ts'],
};
