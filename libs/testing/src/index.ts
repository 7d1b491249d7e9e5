export * from './lib/ports';
export * from './lib/databases';
export * from './lib/api-server';
export * from './lib/browser';
