export * from './lib/database-url';
export * from './lib/data-source.factory';
export * from './lib/snake-naming.strategy';
export * from './lib/statement-counter';
export * from './lib/background-work';
export * from './lib/outbox';
export * from './lib/visibility';
export * from './lib/outbox-processor';
