import { zodResolver } from '@hookform/resolvers/zod';
import { contactFields } from '@umbrella/domain';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { TextAreaField, TextField } from '../../../components/field.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import type { ContactView } from '../lib/types.ts';

const FIELDS = ['name', 'role', 'email', 'phone', 'notes'] as const;
export type ContactFormOutput = z.output<typeof contactFields>;

interface ContactFormProps {
  contact?: ContactView;
  submitLabel: string;
  busy: boolean;
  messages?: ReactNode;
  onSubmit: (values: ContactFormOutput) => Promise<unknown>;
  onCancel: () => void;
}

/** A person at an agency: an officer, a social worker, a solicitor. */
export function ContactForm({ contact, submitLabel, busy, messages, onSubmit, onCancel }: ContactFormProps) {
  const form = useForm({
    resolver: zodResolver(contactFields),
    defaultValues: {
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      notes: contact?.notes ?? '',
    },
  });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={contact ? 'Edit contact' : 'Add a contact'}
      onSubmit={form.handleSubmit((values) =>
        onSubmit(values).catch((error: unknown) => applyFieldErrors(error, form.setError, FIELDS)),
      )}
    >
      {messages}
      <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
      <TextField
        label="Role (optional)"
        autoComplete="off"
        hint="For example: officer in charge, social worker, caseworker."
        error={errors.role?.message}
        {...form.register('role')}
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
        label="Phone (optional)"
        type="tel"
        autoComplete="off"
        error={errors.phone?.message}
        {...form.register('phone')}
      />
      <TextAreaField
        label="Notes (optional)"
        rows={2}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
