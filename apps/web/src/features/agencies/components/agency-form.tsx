import { zodResolver } from '@hookform/resolvers/zod';
import { AGENCY_CATEGORIES, AGENCY_CATEGORY_LABELS, agencyFields } from '@umbrella/domain';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/field.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { CATEGORY_LOCKED_HINT } from '../lib/category-access.ts';
import type { AgencyView } from '../lib/types.ts';
import { IMMIGRATION_WARNING } from './immigration-warning.tsx';

export const AGENCY_FIELDS = ['name', 'category', 'address', 'phone', 'email', 'website', 'notes'] as const;
export type AgencyFormOutput = z.output<typeof agencyFields>;

export function agencyValues(agency?: AgencyView): z.input<typeof agencyFields> {
  return {
    name: agency?.name ?? '',
    category: agency?.category ?? 'other',
    address: agency?.address ?? '',
    phone: agency?.phone ?? '',
    email: agency?.email ?? '',
    website: agency?.website ?? '',
    notes: agency?.notes ?? '',
  };
}

interface AgencyFormProps {
  agency?: AgencyView;
  submitLabel: string;
  busy: boolean;
  messages?: ReactNode;
  /** Resolves when saved; a rejection's field messages are placed beside the fields. */
  onSubmit: (values: AgencyFormOutput) => Promise<unknown>;
  cancel?: ReactNode;
  /**
   * Shows the category read-only: only a supervisor or an administrator may change an existing agency's
   * category. The agency's current category is sent, so a save after someone else re-labelled it still works.
   */
  categoryLocked?: boolean;
}

export function AgencyForm({
  agency,
  submitLabel,
  busy,
  messages,
  onSubmit,
  cancel,
  categoryLocked = false,
}: AgencyFormProps) {
  const form = useForm({ resolver: zodResolver(agencyFields), defaultValues: agencyValues(agency) });
  const { errors } = form.formState;
  const lockedCategory = categoryLocked ? (agency?.category ?? form.getValues('category')) : null;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        onSubmit(lockedCategory ? { ...values, category: lockedCategory } : values).then(
          () => form.reset(form.getValues()),
          (error: unknown) => applyFieldErrors(error, form.setError, AGENCY_FIELDS),
        ),
      )}
    >
      {messages}
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      {lockedCategory ? (
        <TextField
          label="Category"
          readOnly
          value={AGENCY_CATEGORY_LABELS[lockedCategory]}
          hint={CATEGORY_LOCKED_HINT}
          error={errors.category?.message}
        />
      ) : (
        <SelectField
          label="Category"
          hint={`Choose “${AGENCY_CATEGORY_LABELS.immigration_enforcement}” for any part of the Home Office that detains or removes people. It is marked: ${IMMIGRATION_WARNING.toLowerCase()}.`}
          error={errors.category?.message}
          {...form.register('category')}
        >
          {AGENCY_CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {AGENCY_CATEGORY_LABELS[option]}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        label="Address (optional)"
        rows={3}
        error={errors.address?.message}
        {...form.register('address')}
      />
      <TextField
        label="Phone (optional)"
        type="tel"
        autoComplete="off"
        error={errors.phone?.message}
        {...form.register('phone')}
      />
      <TextField
        label="E-mail address (optional)"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errors.email?.message}
        {...form.register('email')}
      />
      <TextField
        label="Website (optional)"
        type="url"
        autoComplete="off"
        spellCheck={false}
        hint="Starting with https://"
        error={errors.website?.message}
        {...form.register('website')}
      />
      <TextAreaField
        label="Notes (optional)"
        rows={3}
        hint="For example: how they prefer to be contacted, how long they usually take to reply."
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
