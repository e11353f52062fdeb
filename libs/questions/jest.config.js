module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'questions',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.(spec|integration-spec).ts'],
};
