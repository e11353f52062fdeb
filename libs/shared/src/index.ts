export * from './lib/errors';
export * from './lib/clock';
export * from './lib/pagination';
export * from './lib/public.decorator';
export * from './lib/rate-limit';
