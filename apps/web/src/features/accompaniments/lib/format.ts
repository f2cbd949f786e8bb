import { formatLocalDay } from '../../../lib/dates.ts';

/** `Fri 4 Dec, 14:00–15:30`; past midnight, `Fri 4 Dec, 22:00 to Sat 5 Dec, 01:00`. */
export function formatWhen(startLocal: string, endLocal: string, today: string): string {
  const startDay = formatLocalDay(startLocal, today);
  const start = startLocal.slice(11, 16);
  const end = endLocal.slice(11, 16);
  if (startLocal.slice(0, 10) === endLocal.slice(0, 10)) return `${startDay}, ${start}–${end}`;
  return `${startDay}, ${start} to ${formatLocalDay(endLocal, today)}, ${end}`;
}

/** `Booked: Tigrinya`, `Needed: Tigrinya, not booked yet`, `Not needed`. */
export function interpreterText(interpreter: {
  needed: boolean;
  language: string | null;
  booked: boolean;
}): string {
  if (!interpreter.needed) return 'Not needed';
  const language = interpreter.language ? `: ${interpreter.language}` : '';
  return interpreter.booked ? `Booked${language}` : `Needed${language}, not booked yet`;
}
