export * from './lib/grapheme-length';
