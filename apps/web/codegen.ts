import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations in src/**\/*.graphql, from the API's schema as the API itself
 * prints it (`cli print-schema`, run by tools/build.mjs). Nothing of the schema is written by hand.
 * Paths are relative to the repository root (where tools/build.mjs runs it).
 */
const config: CodegenConfig = {
  schema: 'apps/web/src/gql/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  ignoreNoDocuments: false,
  // Formatted like the rest of the repository (so that `prettier --check .` passes after a build).
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn'] },
  silent: true,
};

export default config;
