import { ORGANISATION_TIME_ZONE } from '@umbrella/domain';
import { badRequest } from '../../errors.ts';

const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORGANISATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the organisation's time zone (Europe/London), as `YYYY-MM-DD`. */
export function organisationToday(now: Date): string {
  return isoDate.format(now);
}

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
