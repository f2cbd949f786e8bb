export * from './policy.ts';
export * from './due.ts';
export * from './approval.ts';
export * from './schemas.ts';
