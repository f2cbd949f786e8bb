import { ALIAS_KIND_LABELS, ALIAS_KINDS } from '@umbrella/domain';
import { useRef } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { Fieldset, SelectField, TextField } from '../../../components/field.tsx';
import { AgencyPicker } from '../../agencies/components/agency-picker.tsx';
import type { ClientFormOutput, ClientFormValues } from '../lib/client-form.ts';

type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientFormOutput>;

/**
 * Legal names, names they are also known by, and previous names: each with the agencies that know the client
 * by it, so a caseworker writing to the Home Office uses the name the Home Office knows.
 */
export function AliasFields({ form }: { form: ClientForm }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'aliases' });
  const { errors } = form.formState;
  const addRef = useRef<HTMLButtonElement>(null);

  return (
    <Fieldset
      legend="Other names"
      hint="Legal names, names they are also known by, and previous names. Note which agencies know them by each name."
      error={errors.aliases?.message ?? errors.aliases?.root?.message}
      className="fieldset--group"
    >
      {fields.length === 0 ? <p className="muted">No other names recorded.</p> : null}
      {fields.map((field, index) => {
        const rowErrors = errors.aliases?.[index];
        return (
          <Fieldset key={field.id} legend={`Other name ${index + 1}`} small className="repeat-row">
            <TextField
              label="Name"
              autoComplete="off"
              error={rowErrors?.name?.message}
              {...form.register(`aliases.${index}.name`)}
            />
            <SelectField
              label="Kind of name"
              error={rowErrors?.kind?.message}
              {...form.register(`aliases.${index}.kind`)}
            >
              {ALIAS_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ALIAS_KIND_LABELS[kind]}
                </option>
              ))}
            </SelectField>
            <Controller
              control={form.control}
              name={`aliases.${index}.knownToAgencies`}
              render={({ field: picker, fieldState }) => (
                <AgencyPicker
                  legend="Agencies that know them by this name"
                  multiple
                  value={picker.value}
                  onChange={picker.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextField
              label="Notes about this name"
              autoComplete="off"
              error={rowErrors?.notes?.message}
              {...form.register(`aliases.${index}.notes`)}
            />
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => {
                remove(index);
                addRef.current?.focus();
              }}
            >
              Remove this name<span className="visually-hidden"> (other name {index + 1})</span>
            </Button>
          </Fieldset>
        );
      })}
      <Button
        ref={addRef}
        variant="secondary"
        onClick={() =>
          append(
            { name: '', kind: 'alias', knownToAgencies: [], notes: '' },
            { focusName: `aliases.${fields.length}.name` },
          )
        }
      >
        Add another name
      </Button>
    </Fieldset>
  );
}
