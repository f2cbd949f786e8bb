export * from './starter-directory.ts';
export * from './load.ts';
