import type { StallReason } from '@umbrella/domain';
import type { BadgeTone } from '../../../components/badge.tsx';

/** How a stall reason's badge looks, the same everywhere: overdue items and a missed appointment need doing. */
export const REASON_TONES: Record<StallReason, BadgeTone> = {
  deadline_overdue: 'danger',
  reply_overdue: 'danger',
  missed_appointment_without_follow_up: 'danger',
  stage_overdue: 'warning',
  no_activity: 'warning',
  no_key_worker: 'warning',
  review_due: 'info',
};
