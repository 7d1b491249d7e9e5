export * from './lib/vocabulary';
export * from './lib/api';
export * from './lib/realtime';
export * from './lib/access-policy';
