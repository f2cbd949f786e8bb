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
