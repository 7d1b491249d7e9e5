export * from './lib/random';
export * from './lib/people';
export * from './lib/messages';
export * from './lib/engagement';
