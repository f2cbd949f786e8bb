import { z } from 'zod';

/** The three UK bank-holiday calendars; every deadline rule is counted in one of them. */
export const JURISDICTIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const DEFAULT_JURISDICTION: Jurisdiction = 'england-and-wales';

export const jurisdictionSchema = z.enum(JURISDICTIONS, {
  error: 'Choose England and Wales, Scotland or Northern Ireland',
});

export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}
