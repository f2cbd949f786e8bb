/** Umbrella's users are in the UK: instants are shown in Europe/London, dates written like 23 Nov 2026. */
export const ORGANISATION_TIME_ZONE = 'Europe/London';

// Three-letter months throughout (ICU's en-GB writes "Sept", which we do not want).
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ORGANISATION_TIME_ZONE,
});

function londonParts(instant: string | Date) {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    day: Number(parts.day),
    month: MONTHS[Number(parts.month) - 1] ?? '',
    year: parts.year ?? '',
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** `2026-11-23T15:04:00Z` -> `23 Nov 2026` (in London). */
export function formatDate(instant: string | Date): string {
  const p = londonParts(instant);
  return `${p.day} ${p.month} ${p.year}`;
}

/** `2026-11-23T15:04:00Z` -> `23 Nov 2026, 15:04` (in London). */
export function formatDateTime(instant: string | Date): string {
  const p = londonParts(instant);
  return `${p.day} ${p.month} ${p.year}, ${p.time}`;
}

/**
 * `2026-11-23` -> `23 Nov 2026`: a calendar date (a day, not an instant) as written, through no time zone.
 * Anything that is not `YYYY-MM-DD` is returned as it is.
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return day;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
