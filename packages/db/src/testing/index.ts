export * from './test-database.ts';
export * from './factories.ts';
export * from './test-cipher.ts';
