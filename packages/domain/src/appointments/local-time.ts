import { ORGANISATION_TIME_ZONE } from '../dates/format.ts';

/**
 * Appointments are kept as instants but entered and shown as London wall-clock times (`YYYY-MM-DDTHH:mm`).
 * Intl gives the offset at an instant; the two-pass search below finds the instant for a wall-clock time,
 * taking the earlier of two in the autumn's repeated hour and moving past the spring's missing one.
 */
const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORGANISATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-12-05T14:00Z` -> `2026-12-05T14:00` (London wall clock). */
export function instantToLondonLocal(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const p = Object.fromEntries(wallClock.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function asUtcMillis(local: string): number {
  return Date.parse(`${local}:00Z`);
}

/** London's offset from UTC, in milliseconds, at `millis`. */
function offsetAt(millis: number): number {
  return asUtcMillis(instantToLondonLocal(new Date(millis))) - Math.floor(millis / 60_000) * 60_000;
}

const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/** `2026-07-05T14:00` (London) -> the instant 2026-07-05T13:00Z. */
export function londonLocalToInstant(local: string): Date {
  const naive = LOCAL_PATTERN.test(local) ? asUtcMillis(local) : Number.NaN;
  if (Number.isNaN(naive)) throw new RangeError('Not a local date-time');
  // The offsets either side of any clock change near this time; at most one change happens in a day.
  const before = naive - offsetAt(naive - HALF_DAY_MS);
  const after = naive - offsetAt(naive + HALF_DAY_MS);
  const fitting = [before, after].filter((m) => instantToLondonLocal(new Date(m)) === local);
  // Autumn's repeated hour fits twice: the first is meant. Spring's missing hour fits never: read it with
  // the offset before the change, which moves it an hour forward.
  return new Date(fitting.length ? Math.min(...fitting) : before);
}

/** The London calendar date (`YYYY-MM-DD`) of an instant. */
export function londonDateOf(instant: Date | string): string {
  return instantToLondonLocal(instant).slice(0, 10);
}

/** `14:00` for an instant, London time. */
export function londonTimeOf(instant: Date | string): string {
  return instantToLondonLocal(instant).slice(11, 16);
}
