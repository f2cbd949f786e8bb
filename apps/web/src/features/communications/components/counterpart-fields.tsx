import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../../components/field.tsx';
import { AgencyIdPicker } from '../../agencies/components/agency-id-picker.tsx';
import { ContactSelect } from '../../agencies/components/contact-select.tsx';

interface CounterpartFieldsProps {
  /** The chosen agency's id, or ''. */
  agencyId: string;
  /** The chosen contact's id, or ''. */
  contactId: string;
  onAgencyChange: (id: string) => void;
  contact: UseFormRegisterReturn;
  name: UseFormRegisterReturn;
  /** No name is asked for (with the client themself). */
  nameHidden?: boolean;
  errors: {
    agencyId?: string | undefined;
    contactId?: string | undefined;
    counterpartName?: string | undefined;
  };
}

/**
 * Who a communication was with: an agency from the directory and, if known, the person there (one of its
 * contacts, or a name), or else the name of someone who is not in the directory.
 */
export function CounterpartFields({
  agencyId,
  contactId,
  onAgencyChange,
  contact,
  name,
  nameHidden = false,
  errors,
}: CounterpartFieldsProps) {
  return (
    <>
      <AgencyIdPicker
        legend="Agency"
        hint="Search the directory. For someone not in it, leave this empty and give their name below."
        value={agencyId}
        onChange={onAgencyChange}
        error={errors.agencyId}
      />
      {agencyId ? (
        <ContactSelect key={agencyId} agencyId={agencyId} error={errors.contactId} {...contact} />
      ) : null}
      {(agencyId && contactId) || nameHidden ? null : (
        <TextField
          label={agencyId ? 'Or the name of the person there (optional)' : 'Or the name of who it was with'}
          hint={
            agencyId
              ? 'When they are not one of the agency’s contacts, e.g. “Duty social worker”.'
              : 'For example: the client’s GP, Dr Okafor.'
          }
          maxLength={200}
          autoComplete="off"
          error={errors.counterpartName}
          {...name}
        />
      )}
    </>
  );
}
