export * from './attachments.ts';
export * from './chaser.ts';
export * from './reply-due.ts';
export * from './schemas.ts';
export * from './search-text.ts';
