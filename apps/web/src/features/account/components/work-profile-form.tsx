import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DAY_PART_LABELS, DAY_PARTS, WEEKDAY_LABELS, WEEKDAYS } from '@umbrella/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Fieldset, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import {
  profileToValues,
  WORK_PROFILE_FIELDS,
  workProfileFormSchema,
  type WorkProfile,
  type WorkProfileFormValues,
  type WorkProfileUpdate,
} from '../lib/work-profile-form.ts';
import '../account.css';

const CONFLICT_MESSAGE =
  'Your work details were changed in another tab or window while you were editing. Reload the page to see them, then make your change again.';

/** "Morning (before 12:00)" -> ["Morning", "before 12:00"], for a narrow column heading. */
function partHeading(label: string): [string, string] {
  const match = /^(.*) \((.*)\)$/.exec(label);
  return match ? [match[1] ?? label, match[2] ?? ''] : [label, ''];
}

/** The phone number others reach you on; for volunteers, the languages they speak and when they are usually free. */
export function WorkProfileForm() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.workProfile.queryOptions());
  if (query.isPending) return <Pending label="Loading your work details…" />;
  if (query.isError) {
    return (
      <QueryError
        title="Your work details could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <WorkProfileFields profile={query.data} />;
}

function WorkProfileFields({ profile }: { profile: WorkProfile }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const volunteer = user.role === 'volunteer';
  // The version the form was filled from: a change made elsewhere meanwhile is refused, not overwritten.
  const [version, setVersion] = useState(profile.version);
  const form = useForm<WorkProfileFormValues, unknown, WorkProfileUpdate>({
    resolver: zodResolver(workProfileFormSchema),
    defaultValues: profileToValues(profile),
  });
  const { errors } = form.formState;
  const update = useMutation(
    trpc.account.updateWorkProfile.mutationOptions({
      onSuccess: (saved) => {
        setVersion(saved.version);
        form.reset(profileToValues(saved));
        queryClient.setQueryData(trpc.account.workProfile.queryKey(), saved);
      },
      onError: (error) => applyFieldErrors(error, form.setError, WORK_PROFILE_FIELDS),
    }),
  );

  return (
    <form
      noValidate
      className="work-profile-form"
      onSubmit={form.handleSubmit((values) => update.mutate({ ...values, version }))}
    >
      {update.isSuccess && !form.formState.isDirty ? (
        <Alert tone="success">Your work details have been saved.</Alert>
      ) : null}
      <FormError
        error={update.error}
        fields={WORK_PROFILE_FIELDS}
        messages={{ CONFLICT: CONFLICT_MESSAGE }}
      />
      <TextField
        label="Phone number"
        type="tel"
        autoComplete="tel"
        className="field--medium"
        hint={
          volunteer
            ? 'The number your caseworker can reach you on about an accompaniment.'
            : 'The number volunteers can call you on during an accompaniment. They see it on the appointments of your clients.'
        }
        error={errors.phone?.message}
        {...form.register('phone')}
      />
      {volunteer ? (
        <>
          <TextField
            label="Languages you speak"
            hint="Separate them with commas, for example: English, Arabic, Tigrinya. Caseworkers use them to find someone who can talk with a client."
            error={errors.languages?.message}
            {...form.register('languages')}
          />
          <Fieldset
            legend="When you are usually free"
            small
            hint="Tick the parts of the week you can usually accompany someone. You can still say no to any request."
            error={errors.availability?.message}
          >
            <div className="availability">
              <table className="availability__grid">
                <thead>
                  <tr>
                    <td />
                    {DAY_PARTS.map((part) => {
                      const [name, when] = partHeading(DAY_PART_LABELS[part]);
                      return (
                        <th key={part} scope="col">
                          {name}
                          <span className="availability__when">{when}</span>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {WEEKDAYS.map((day) => (
                    <tr key={day}>
                      <th scope="row">{WEEKDAY_LABELS[day]}</th>
                      {DAY_PARTS.map((part) => (
                        <td key={part}>
                          <label className="availability__cell">
                            <input
                              type="checkbox"
                              value={`${day}-${part}`}
                              aria-label={`${WEEKDAY_LABELS[day]} ${part}`}
                              {...form.register('availability')}
                            />
                          </label>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Fieldset>
          <TextAreaField
            label="Anything else about when you are free (optional)"
            hint="For example: “Not in school holidays” or “Thursdays every other week”."
            rows={3}
            maxLength={500}
            error={errors.availabilityNote?.message}
            {...form.register('availabilityNote')}
          />
        </>
      ) : null}
      <Button type="submit" busy={update.isPending}>
        Save work details
      </Button>
    </form>
  );
}
