import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorCode } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useSession } from '../../auth/session.ts';
import { useTRPC } from '../../../trpc.ts';
import type { ClientProfile } from '../lib/types.ts';
import { useRefreshClient } from '../lib/use-client-cache.ts';

const schema = z.object({ status: z.enum(['open', 'closed']), leadCaseworkerId: z.string() });
const FIELDS = ['status', 'leadCaseworkerId'] as const;
const CONFLICT =
  'Someone else changed this case file while you were editing. It now shows their changes: check them, then save yours again.';

/** The case file: open or closed, and who leads it. */
export function CaseFileForm({
  client,
  onDone,
}: {
  client: ClientProfile;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const { user } = useSession();
  const refreshClient = useRefreshClient();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const caseFile = client.case;
  const baseVersion = useRef(caseFile.version);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { status: caseFile.status, leadCaseworkerId: caseFile.leadCaseworker?.id ?? '' },
  });
  // A change made elsewhere (a supervisor's reassignment moves the lead) shows here, unless this form is being edited.
  const leadId = caseFile.leadCaseworker?.id ?? '';
  useEffect(() => {
    if (caseFile.version === baseVersion.current || form.formState.isDirty) return;
    baseVersion.current = caseFile.version;
    form.reset({ status: caseFile.status, leadCaseworkerId: leadId });
  }, [caseFile.version, caseFile.status, leadId, form]);
  const update = useMutation(
    trpc.cases.update.mutationOptions({
      onSuccess: async (result) => {
        baseVersion.current = result.version;
        await refreshClient(client.id);
        form.reset(form.getValues());
        onDone('The case file has been updated.');
      },
      onError: async (error) => {
        applyFieldErrors(error, form.setError, FIELDS);
        if (errorCode(error) !== 'CONFLICT') return;
        const latest = await queryClient.fetchQuery(
          trpc.clients.get.queryOptions({ id: client.id }, { staleTime: 0 }),
        );
        baseVersion.current = latest.case.version;
        form.reset({ status: latest.case.status, leadCaseworkerId: latest.case.leadCaseworker?.id ?? '' });
        void refreshClient(client.id);
      },
    }),
  );
  const options = [...(staff.data?.items ?? [])];
  const lead = caseFile.leadCaseworker;
  if (lead && !options.some((s) => s.id === lead.id)) options.push({ ...lead, role: 'caseworker' as const });

  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Case file"
      onSubmit={form.handleSubmit((values) =>
        update.mutate({
          id: caseFile.id,
          version: baseVersion.current,
          status: values.status,
          leadCaseworkerId: values.leadCaseworkerId || null,
        }),
      )}
    >
      <p>
        Opened {formatCalendarDate(caseFile.openedOn)}
        {caseFile.closedOn ? `, closed ${formatCalendarDate(caseFile.closedOn)}` : ''}.
      </p>
      <FormError error={update.error} fields={FIELDS} messages={{ CONFLICT }} />
      <SelectField label="Status" className="field--medium" {...form.register('status')}>
        <option value="open">Open</option>
        <option value="closed">Closed</option>
      </SelectField>
      {user.role !== 'supervisor' ? (
        // Left unregistered, the field keeps its saved value: only a supervisor names the lead.
        <p>
          Lead caseworker: {lead?.displayName ?? 'none'}.{' '}
          <span className="muted">Only a supervisor can change it.</span>
        </p>
      ) : staff.data ? (
        <SelectField label="Lead caseworker" {...form.register('leadCaseworkerId')}>
          <option value="">No lead caseworker</option>
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="pending">Loading caseworkers…</p>
      )}
      <Button type="submit" busy={update.isPending}>
        Save case file
      </Button>
    </form>
  );
}
