import type { RouterOutputs } from '../../../lib/api-types.ts';

export type AuditPage = RouterOutputs['audit']['list'];
export type AuditRow = AuditPage['items'][number];
