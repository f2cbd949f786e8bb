export * from './types.ts';
export * from './schemas.ts';
export * from './local-time.ts';
export * from './volunteer-access.ts';
export * from './availability.ts';
export * from './feed.ts';
