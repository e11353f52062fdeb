export * from './lib/test-database';
export * from './lib/graphql-client';
export * from './lib/mailbox';
export * from './lib/documents';
