import { londonToday } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';

/** Today's date in the organisation's time zone (Europe/London), as `YYYY-MM-DD`. */
export const organisationToday = londonToday;

export const FUTURE_DATE_MESSAGE = 'The date it happened cannot be in the future.';

/** Things are often recorded late, never early: a date after today (in London) is refused. */
export function assertNotInFuture(
  field: string,
  date: string,
  now: Date,
  message = FUTURE_DATE_MESSAGE,
): void {
  if (date > organisationToday(now)) throw badRequest(field, message);
}
