import type { MatterKind } from '@umbrella/domain';
import { useRef } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import {
  CheckboxField,
  Fieldset,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/field.tsx';
import { todayInLondon } from '../../../lib/dates.ts';
import { AgencyIdPicker } from '../../agencies/components/agency-id-picker.tsx';
import { DETAIL_FIELDS } from '../lib/details.ts';
import type { MatterFormValues } from '../lib/matter-form.ts';

type MatterForm = UseFormReturn<MatterFormValues>;

/** The typed details of one kind of matter, driven by the field list in lib/details.ts. */
export function DetailsFields({ kind, form }: { kind: MatterKind; form: MatterForm }) {
  const errors = form.formState.errors.details;
  return (
    <div className="details-fields">
      {DETAIL_FIELDS[kind].map((field) => {
        const error = field.type === 'children' ? undefined : errors?.[field.name]?.message;
        switch (field.type) {
          case 'text':
            return (
              <TextField
                key={field.name}
                label={`${field.label} (optional)`}
                hint={field.hint}
                autoComplete="off"
                error={error}
                {...form.register(`details.${field.name}`)}
              />
            );
          case 'textarea':
            return (
              <TextAreaField
                key={field.name}
                label={`${field.label} (optional)`}
                hint={field.hint}
                rows={2}
                error={error}
                {...form.register(`details.${field.name}`)}
              />
            );
          case 'date':
            return (
              <TextField
                key={field.name}
                label={`${field.label} (optional)`}
                hint={field.hint}
                type="date"
                className="field--medium"
                max={field.name === 'hearingDate' ? undefined : todayInLondon()}
                error={error}
                {...form.register(`details.${field.name}`)}
              />
            );
          case 'boolean':
            return (
              <CheckboxField
                key={field.name}
                label={field.label}
                hint={field.hint}
                error={error}
                {...form.register(`details.${field.name}`)}
              />
            );
          case 'select':
            return (
              <SelectField
                key={field.name}
                label={`${field.label} (optional)`}
                hint={field.hint}
                className="field--medium"
                error={error}
                {...form.register(`details.${field.name}`)}
              >
                <option value="">Not recorded</option>
                {Object.entries(field.options).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
            );
          case 'agency':
            return (
              <Controller
                key={field.name}
                control={form.control}
                name={`details.${field.name}`}
                render={({ field: picker, fieldState }) => (
                  <AgencyIdPicker
                    legend={`${field.label} (optional)`}
                    hint={field.hint}
                    category={field.category}
                    value={typeof picker.value === 'string' ? picker.value : ''}
                    onChange={picker.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
            );
          case 'children':
            return <ChildrenFields key={field.name} form={form} legend={field.label} hint={field.hint} />;
        }
      })}
    </div>
  );
}

function ChildrenFields({
  form,
  legend,
  hint,
}: {
  form: MatterForm;
  legend: string;
  hint?: string | undefined;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'details.children' });
  const errors = form.formState.errors.details?.children;
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <Fieldset legend={legend} hint={hint} small error={errors?.message ?? errors?.root?.message}>
      {fields.length === 0 ? <p className="muted">No children recorded.</p> : null}
      {fields.map((field, index) => (
        <div key={field.id} className="child-row" role="group" aria-label={`Child ${index + 1}`}>
          <TextField
            label="First name"
            autoComplete="off"
            error={errors?.[index]?.firstName?.message}
            {...form.register(`details.children.${index}.firstName`)}
          />
          <TextField
            label="Age (optional)"
            type="number"
            inputMode="numeric"
            min={0}
            max={25}
            className="field--age"
            error={errors?.[index]?.age?.message}
            {...form.register(`details.children.${index}.age`)}
          />
          <Button
            variant="secondary"
            className="button--small"
            onClick={() => {
              remove(index);
              addRef.current?.focus();
            }}
          >
            Remove<span className="visually-hidden"> child {index + 1}</span>
          </Button>
        </div>
      ))}
      <Button
        ref={addRef}
        variant="secondary"
        className="button--small"
        onClick={() =>
          append({ firstName: '', age: '' }, { focusName: `details.children.${fields.length}.firstName` })
        }
      >
        Add a child
      </Button>
    </Fieldset>
  );
}
