import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import {
  DEFAULT_JURISDICTION,
  findRule,
  JURISDICTION_LABELS,
  JURISDICTIONS,
  MATTER_KIND_LABELS,
  type RuleId,
} from '@umbrella/domain';
import { useId, useState, type ComponentProps } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { Fieldset, SelectField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { dateDeadlineFormSchema, ruleDeadlineFormSchema } from '../lib/deadline-form.ts';
import { formatDueDate } from '../lib/format.ts';
import { ruleGroups } from '../lib/rule-groups.ts';
import type { DeadlineView } from '../lib/types.ts';
import { useRefreshDeadlines } from '../lib/use-deadline-cache.ts';

interface AddDeadlineFormProps {
  personId: string;
  matters: MatterView[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Kind = 'rule' | 'date';

/** Adds a deadline by hand: worked out from a rule and a trigger date, or a date of the caseworker's own. */
export function AddDeadlineForm({ personId, matters, onDone, onCancel }: AddDeadlineFormProps) {
  const [kind, setKind] = useState<Kind>('rule');
  const name = useId();
  return (
    <div className="add-deadline">
      <Fieldset legend="How is the date set?" small>
        <div className="radio-row">
          {(
            [
              ['rule', 'From a rule'],
              ['date', 'A date of your own'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={name}
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </Fieldset>
      {kind === 'rule' ? (
        <RuleDeadlineForm personId={personId} matters={matters} onDone={onDone} onCancel={onCancel} />
      ) : (
        <DateDeadlineForm personId={personId} matters={matters} onDone={onDone} onCancel={onCancel} />
      )}
    </div>
  );
}

const created = (deadline: DeadlineView) =>
  `“${deadline.title}” has been added, due ${formatDueDate(deadline.due)}.`;

/** Both ways of adding a deadline save alike: refresh the client's deadlines, then say what was added. */
function useCreateDeadline(
  personId: string,
  onDone: (message: string) => void,
  onError: (error: Parameters<typeof applyFieldErrors>[0]) => void,
) {
  const trpc = useTRPC();
  const refresh = useRefreshDeadlines();
  return useMutation(
    trpc.deadlines.create.mutationOptions({
      onSuccess: async (deadline) => {
        await refresh(personId);
        onDone(created(deadline));
      },
      onError,
    }),
  );
}

function MatterSelect({
  matters,
  error,
  ...select
}: { matters: MatterView[]; error: string | undefined } & ComponentProps<'select'>) {
  return (
    <SelectField label="Matter (optional)" error={error} {...select}>
      <option value="">Not linked to a matter</option>
      {matters.map((matter) => (
        <option key={matter.id} value={matter.id}>
          {MATTER_KIND_LABELS[matter.kind]}: {matter.stageLabel}
        </option>
      ))}
    </SelectField>
  );
}

const RULE_FIELDS = ['ruleId', 'triggerDate', 'matterId', 'jurisdiction'] as const;

function RuleDeadlineForm({ personId, matters, onDone, onCancel }: AddDeadlineFormProps) {
  const form = useForm({
    resolver: zodResolver(ruleDeadlineFormSchema),
    defaultValues: { ruleId: '', triggerDate: '', matterId: '', jurisdiction: DEFAULT_JURISDICTION },
  });
  const { errors } = form.formState;
  const rule = findRule(form.watch('ruleId'));
  const create = useCreateDeadline(personId, onDone, (error) =>
    applyFieldErrors(error, form.setError, RULE_FIELDS),
  );
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Add a deadline from a rule"
      onSubmit={form.handleSubmit((values) =>
        create.mutate({
          personId,
          kind: 'rule',
          ruleId: values.ruleId as RuleId,
          triggerDate: values.triggerDate,
          matterId: values.matterId || null,
          jurisdiction: values.jurisdiction,
        }),
      )}
    >
      <FormError error={create.error} fields={RULE_FIELDS} />
      <SelectField label="Rule" error={errors.ruleId?.message} {...form.register('ruleId')}>
        <option value="">Choose a rule</option>
        {ruleGroups().map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        label="Trigger date"
        type="date"
        className="field--medium"
        hint={rule ? `The date ${rule.triggerDescription}.` : 'The date the time limit runs from.'}
        error={errors.triggerDate?.message}
        {...form.register('triggerDate')}
      />
      <MatterSelect matters={matters} error={errors.matterId?.message} {...form.register('matterId')} />
      <SelectField
        label="Jurisdiction"
        hint="Bank holidays differ between the nations of the UK."
        error={errors.jurisdiction?.message}
        {...form.register('jurisdiction')}
      >
        {JURISDICTIONS.map((j) => (
          <option key={j} value={j}>
            {JURISDICTION_LABELS[j]}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <Button type="submit" busy={create.isPending}>
          Add deadline
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

const DATE_FIELDS = ['due', 'title', 'matterId'] as const;

function DateDeadlineForm({ personId, matters, onDone, onCancel }: AddDeadlineFormProps) {
  const form = useForm({
    resolver: zodResolver(dateDeadlineFormSchema),
    defaultValues: { due: '', title: '', matterId: '' },
  });
  const { errors } = form.formState;
  const create = useCreateDeadline(personId, onDone, (error) =>
    applyFieldErrors(error, form.setError, DATE_FIELDS),
  );
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Add a deadline of your own"
      onSubmit={form.handleSubmit((values) =>
        create.mutate({
          personId,
          kind: 'date',
          due: values.due,
          title: values.title,
          matterId: values.matterId || null,
        }),
      )}
    >
      <FormError error={create.error} fields={DATE_FIELDS} />
      <TextField
        label="Due date"
        type="date"
        className="field--medium"
        error={errors.due?.message}
        {...form.register('due')}
      />
      <TextField
        label="What is it for?"
        hint="For example: send the signed witness statement to the solicitor."
        maxLength={200}
        error={errors.title?.message}
        {...form.register('title')}
      />
      <MatterSelect matters={matters} error={errors.matterId?.message} {...form.register('matterId')} />
      <div className="button-row">
        <Button type="submit" busy={create.isPending}>
          Add deadline
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
