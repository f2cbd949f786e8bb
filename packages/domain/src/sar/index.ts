export * from './redact-names.ts';
export * from './schemas.ts';
