import { APPOINTMENT_TYPE_LABELS, londonTimeOf, type AppointmentType } from '@umbrella/domain';
import { formatCalendarDate, parseCalendarDate } from '../../../lib/dates.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** `14:00–15:30`, London time (an en dash, so a screen reader says "to"). */
export function timeRange(startsAt: string, endsAt: string): string {
  return `${londonTimeOf(startsAt)}–${londonTimeOf(endsAt)}`;
}

/** `2026-12-05` -> `Saturday 5 Dec 2026`: a day's heading on the agenda. */
export function dayHeading(date: string): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()] ?? '';
  return `${weekday} ${formatCalendarDate(date)}`;
}

/** "1 appointment needs a volunteer", "3 appointments need a volunteer". */
export function needVolunteerText(count: number): string {
  return count === 1 ? '1 appointment needs a volunteer' : `${count} appointments need a volunteer`;
}

export function typeLabel(type: AppointmentType): string {
  return APPOINTMENT_TYPE_LABELS[type];
}

const LINKED_DATE_LABELS = {
  hearingDate: 'the tribunal hearing date on the asylum claim',
  initialConferenceDate: 'the initial child protection conference date on the social-services matter',
  reviewConferenceDate: 'the review child protection conference date on the social-services matter',
} as const;

/** "This is the tribunal hearing date on the asylum claim." */
export function linkedDateText(linked: keyof typeof LINKED_DATE_LABELS | null): string | null {
  return linked ? `This is ${LINKED_DATE_LABELS[linked]}.` : null;
}
