import { addCalendarDays } from '@umbrella/domain';
import { z } from 'zod';
import { isCalendarDate, todayInLondon } from '../../../lib/dates.ts';

export const TITLE_MAX = 300;

export const confirmFollowUpSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter what the deadline is for')
    .max(TITLE_MAX, `Keep the title to ${TITLE_MAX} characters or fewer`),
  due: z.string().refine(isCalendarDate, 'Enter a real date, for example 12 Dec 2026'),
});

export const dismissFollowUpSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why no deadline is needed')
    .max(500, 'Keep the reason to 500 characters or fewer'),
});

/**
 * What the deadline form starts from: the volunteer's words as the title (cut to fit, on a word), and the
 * date they suggested or, without one, a week from today.
 */
export function confirmDefaults(
  followUp: { description: string; suggestedDue: string | null },
  today: string = todayInLondon(),
): { title: string; due: string } {
  const text = followUp.description.trim().replace(/\s+/g, ' ');
  let title = text;
  if (text.length > TITLE_MAX) {
    const cut = text.slice(0, TITLE_MAX - 1);
    const space = cut.lastIndexOf(' ');
    title = `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`;
  }
  return { title, due: followUp.suggestedDue ?? addCalendarDays(today, 7) };
}
