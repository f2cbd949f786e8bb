import { instantToLondonLocal } from './local-time.ts';
import { WEEKDAYS, type AvailabilitySlot, type DayPart } from './types.ts';

/** The part of the day a London wall-clock hour falls in. */
export function dayPartOf(hour: number): DayPart {
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/** The availability slot an appointment starting at `startsAt` falls in, e.g. `fri-afternoon`. */
export function slotOf(startsAt: Date): AvailabilitySlot {
  const local = instantToLondonLocal(startsAt);
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  // getUTCDay on the wall-clock date: 0 = Sunday.
  const weekday = WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] ?? 'mon';
  return `${weekday}-${dayPartOf(Number(local.slice(11, 13)))}`;
}

/** Case- and space-insensitive language match ("Tigrinya" = " tigrinya"). */
export function speaksLanguage(languages: readonly string[], language: string | null): boolean {
  if (!language) return false;
  const wanted = language.trim().toLowerCase();
  return languages.some((l) => l.trim().toLowerCase() === wanted);
}
