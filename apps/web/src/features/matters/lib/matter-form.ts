import { STAGE_MACHINES, type MatterKind } from '@umbrella/domain';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { todayInLondon } from '../../../lib/dates.ts';
import type { AgencyRef } from '../../agencies/components/agency-picker.tsx';
import { detailsFromView, EMPTY_DETAILS, toDetailsInput, type DetailsFormValues } from './details.ts';
import type { MatterView } from './types.ts';

/** Opening a matter and editing one share a form: the kind's details, its agency and contact. */
export interface MatterFormValues {
  kind: MatterKind;
  /** Opening only: the stage it starts at, when, and a note. */
  stage: string;
  openedOn: string;
  note: string;
  agency: AgencyRef[];
  contactId: string;
  details: DetailsFormValues;
}

export function newMatterValues(kind: MatterKind): MatterFormValues {
  return {
    kind,
    stage: STAGE_MACHINES[kind].initial[0] ?? '',
    openedOn: todayInLondon(),
    note: '',
    agency: [],
    contactId: '',
    details: { ...EMPTY_DETAILS, children: [] },
  };
}

export function matterValues(matter: MatterView): MatterFormValues {
  return {
    kind: matter.kind,
    stage: matter.stage,
    openedOn: matter.openedOn,
    note: '',
    agency: matter.agency
      ? [{ id: matter.agency.id, name: matter.agency.name, category: matter.agency.category }]
      : [],
    contactId: matter.contact?.id ?? '',
    details: detailsFromView(matter.kind, matter.details),
  };
}

/** The parts every matter input shares: agency, contact, kind and details. */
export function toMatterCommon(values: MatterFormValues) {
  return {
    agencyId: values.agency[0]?.id ?? null,
    contactId: values.agency[0] && values.contactId ? values.contactId : null,
    kind: values.kind,
    details: toDetailsInput(values.kind, values.details),
  };
}

/**
 * Checks an input against the domain's schema before sending it, putting each message beside its field.
 * `rename` maps input fields to form fields where they differ (agencyId is chosen in the `agency` picker).
 */
export function validateInto<T extends FieldValues, Out>(
  schema: z.ZodType<Out>,
  input: unknown,
  setError: UseFormSetError<T>,
  rename: Record<string, string> = {},
): Out | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  let focused = false;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = (rename[path] ?? path) as Path<T>;
    if (!field) continue;
    setError(field, { type: 'validate', message: issue.message }, { shouldFocus: !focused });
    focused = true;
  }
  return null;
}
