import type { AccessPolicy } from '@umbrella/domain';
import type { Context } from './context.ts';
import { requirePolicy } from './http-policy.ts';
import { exportSarBundle } from './services/sar/export-bundle.ts';

/** Everything held about a client leaves only through a supervisor. */
export const SAR_EXPORT_POLICY: AccessPolicy = { kind: 'roles', roles: ['supervisor'] };

/** GET /sar/:id/bundle.zip: the subject access bundle of one recorded request. */
export async function downloadSarBundle(ctx: Context, requestId: string) {
  return exportSarBundle(await requirePolicy(ctx, 'sar.export', SAR_EXPORT_POLICY), requestId);
}
