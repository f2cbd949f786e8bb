import { Controller, type UseFormReturn } from 'react-hook-form';
import { AgencyPicker } from '../../agencies/components/agency-picker.tsx';
import { ContactSelect } from '../../agencies/components/contact-select.tsx';
import type { MatterFormValues } from '../lib/matter-form.ts';

/** The agency a matter is with (the Home Office, a police force…) and a contact there. */
export function CounterpartFields({ form }: { form: UseFormReturn<MatterFormValues> }) {
  const agency = form.watch('agency');
  const agencyId = agency[0]?.id;
  return (
    <>
      <Controller
        control={form.control}
        name="agency"
        render={({ field, fieldState }) => (
          <AgencyPicker
            legend="Agency (optional)"
            hint="The organisation this matter is with, from the directory."
            value={field.value}
            onChange={(next) => {
              field.onChange(next);
              form.setValue('contactId', '');
            }}
            error={fieldState.error?.message}
          />
        )}
      />
      {agencyId ? (
        <Controller
          control={form.control}
          name="contactId"
          render={({ field, fieldState }) => (
            <ContactSelect
              key={agencyId}
              agencyId={agencyId}
              name={field.name}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      ) : null}
    </>
  );
}
