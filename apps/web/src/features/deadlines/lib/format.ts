import { parseCalendarDate } from '../../../lib/dates.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2026-05-05` -> `Tue 5 May 2026`: a due date reads better with its day of the week. */
export function formatDueDate(date: string): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()] ?? '';
  return `${weekday} ${parts.day} ${MONTHS[parts.month - 1] ?? ''} ${parts.year}`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Due today", "3 days left", "1 day overdue": said in words, never by colour alone. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'Due today';
  if (daysLeft === 1) return 'Due tomorrow';
  if (daysLeft > 0) return `${days(daysLeft)} left`;
  return `${days(-daysLeft)} overdue`;
}

export const STATUS_LABELS = {
  open: 'Open',
  met: 'Met',
  missed: 'Missed',
  waived: 'Waived',
} as const;
