import { londonTimeOf } from './local-time.ts';

/**
 * The title of an appointment in a calendar feed. Calendar apps sync to servers Umbrella does not control, so
 * it says only what, when and the area: "Accompaniment, 14:00, Croydon". Never a name or a type that hints
 * at a client's situation.
 */
export function feedSummary(
  appointment: { startsAt: Date; area: string | null },
  viewer: 'volunteer' | 'staff',
): string {
  const what = viewer === 'volunteer' ? 'Accompaniment' : 'Client appointment';
  return [what, londonTimeOf(appointment.startsAt), appointment.area].filter(Boolean).join(', ');
}
