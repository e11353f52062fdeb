// The web app in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core), served by
// the built API on a fresh database, with axe-core on every page visited.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
