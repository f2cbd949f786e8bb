export * from './access/roles.ts';
export * from './access/policy.ts';
export * from './auth/schemas.ts';
export * from './auth/user.ts';
export * from './dates/format.ts';
export * from './auth/session-status.ts';
export * from './matters/stage-machine.ts';
export * from './matters/kinds.ts';
