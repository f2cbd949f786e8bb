export * from './csv.ts';
export * from './schemas.ts';
