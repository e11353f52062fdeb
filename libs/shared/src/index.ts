export * from './lib/errors';
export * from './lib/clock';
export * from './lib/pagination';
export * from './lib/public.decorator';
export * from './lib/rate-limit';
export * from './lib/domain-event';
export * from './lib/markdown';
export * from './lib/tag-vocabulary';
