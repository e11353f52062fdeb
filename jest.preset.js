// Shared Jest settings: TypeScript through SWC (with decorator metadata for NestJS), and the
// ESM-only packages of NestJS 12 transformed to CommonJS, since Jest's own module system cannot
// require(esm) on Node 20.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const path = require('node:path');
const root = __dirname;
const esmPackages = [
  '@nestjs',
  'uid',
  '@fastify',
  'fastify-plugin',
  'nestjs-pino',
  'graphql-ws',
  'es-toolkit',
  // OIDC: openid-client and its deps; oidc-provider (the IdP started by the OIDC tests).
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
  // Report files: file-type and its deps; unpdf's PDF.js bundle (pdfjs.mjs).
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'unpdf',
  // @fastify/static (the API serves the built web app): its content-disposition is ESM-only.
  'content-disposition',
  // Search: the official Meilisearch client is ESM-only.
  'meilisearch',
];
module.exports = {
  testEnvironment: 'node',
  testTimeout: 60_000,
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '^@ksp/([a-z-]+)$': path.join(root, 'libs/$1/src/index.ts'),
  },
  setupFiles: [path.join(root, 'tools/jest/setup.js')],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};
