import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { SelectField } from '../../../components/field.tsx';
import { useTRPC } from '../../../trpc.ts';

interface ContactSelectProps extends Omit<ComponentProps<'select'>, 'children'> {
  agencyId: string;
  error?: string | undefined;
}

/** A person at the chosen agency (an officer, a social worker), from the directory's contacts. */
export function ContactSelect({ agencyId, error, ...select }: ContactSelectProps) {
  const trpc = useTRPC();
  const agency = useQuery(trpc.agencies.get.queryOptions({ id: agencyId }));
  const contacts = agency.data?.contacts ?? [];
  return (
    <SelectField
      label="Contact at the agency (optional)"
      hint={
        agency.isPending
          ? 'Loading their contacts…'
          : contacts.length === 0
            ? 'No contacts are recorded for this agency. Add them in the agency directory.'
            : undefined
      }
      error={error}
      {...select}
    >
      <option value="">No particular contact</option>
      {contacts.map((contact) => (
        <option key={contact.id} value={contact.id}>
          {contact.name}
          {contact.role ? ` (${contact.role})` : ''}
        </option>
      ))}
    </SelectField>
  );
}
