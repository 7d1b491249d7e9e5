export * from './statistics';
export * from './period';
