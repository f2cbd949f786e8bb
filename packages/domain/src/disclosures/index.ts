export * from './categories.ts';
export * from './consent-rules.ts';
export * from './schemas.ts';
