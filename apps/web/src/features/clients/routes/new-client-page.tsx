import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { setFlash } from '../../../components/flash.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { ClientForm } from '../components/client-form.tsx';
import { CLIENT_FIELDS, clientFormSchema, EMPTY_CLIENT, toClientInput } from '../lib/client-form.ts';

export function NewClientPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  // Whoever adds a client is their key worker until someone says otherwise.
  const form = useForm({
    resolver: zodResolver(clientFormSchema),
    defaultValues: { ...EMPTY_CLIENT, keyWorkerId: user.id },
  });
  const create = useMutation(
    trpc.clients.create.mutationOptions({
      onSuccess: async ({ id }) => {
        void queryClient.invalidateQueries(trpc.clients.list.pathFilter());
        setFlash('The client has been added and their case file opened.');
        await navigate({ to: '/clients/$clientId', params: { clientId: id } });
      },
      onError: (error) => applyFieldErrors(error, form.setError, CLIENT_FIELDS),
    }),
  );

  return (
    <Page title="Add a client">
      <p className="back-link">
        <Link to="/clients">Back to clients</Link>
      </p>
      <p>
        Adding a client also opens their case file. You can open matters (a police report, an asylum claim…)
        on their record next.
      </p>
      <ClientForm
        form={form}
        onSubmit={(values) => create.mutate(toClientInput(values))}
        submitLabel="Add client"
        busy={create.isPending}
        messages={<FormError error={create.error} fields={CLIENT_FIELDS} />}
        cancel={<Link to="/clients">Cancel</Link>}
      />
    </Page>
  );
}
