import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { setFlash } from '../../../components/flash.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { ClientForm } from '../components/client-form.tsx';
import { ClientLoadError } from '../components/client-load-error.tsx';
import {
  CLIENT_FIELDS,
  clientFormSchema,
  toClientInput,
  unsavedChanges,
  valuesFromProfile,
} from '../lib/client-form.ts';
import { anonymisedNotice } from '../lib/anonymised.ts';
import type { ClientProfile } from '../lib/types.ts';
import { CLIENT_CONFLICT_MESSAGE, useRefreshClient } from '../lib/use-client-cache.ts';

const route = getRouteApi('/app/clients/$clientId/edit');

export function EditClientPage() {
  const { clientId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.clients.get.queryOptions({ id: clientId }));

  if (query.isPending) {
    return (
      <Page title="Edit client">
        <p className="pending" role="status">
          Loading…
        </p>
      </Page>
    );
  }
  if (query.isError)
    return <ClientLoadError title="Edit client" error={query.error} retry={() => void query.refetch()} />;
  if (query.data.anonymisedAt) {
    // Nothing to edit: the server refuses every change to an anonymised record.
    return (
      <Page title="Edit client">
        <Alert tone="info" title={anonymisedNotice(query.data.anonymisedAt)}>
          <p>It can be read but no longer changed.</p>
        </Alert>
        <p className="back-link">
          <Link to="/clients/$clientId" params={{ clientId }}>
            Back to the client
          </Link>
        </p>
      </Page>
    );
  }
  // Keyed by id: a different client starts a fresh form.
  return <EditClient key={query.data.id} client={query.data} />;
}

function EditClient({ client }: { client: ClientProfile }) {
  const trpc = useTRPC();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refreshClient = useRefreshClient();
  // The version this form was filled from: sent with the change so nobody's edit is overwritten unseen.
  const baseVersion = useRef(client.version);
  const [unsaved, setUnsaved] = useState<{ field: string; label: string; text: string }[] | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);
  // The values the form was filled with: what the user changed is measured against them.
  const baseValues = useRef(valuesFromProfile(client));
  const form = useForm({ resolver: zodResolver(clientFormSchema), defaultValues: baseValues.current });
  const unsavedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (unsaved) unsavedRef.current?.focus();
  }, [unsaved]);

  const update = useMutation(
    trpc.clients.update.mutationOptions({
      onSuccess: async () => {
        await refreshClient(client.id);
        setFlash('The changes have been saved.');
        await navigate({ to: '/clients/$clientId', params: { clientId: client.id } });
      },
      onError: (error) => applyFieldErrors(error, form.setError, CLIENT_FIELDS),
    }),
  );
  const archive = useMutation(
    trpc.clients.archive.mutationOptions({
      onSuccess: async () => {
        await refreshClient(client.id);
        setFlash(
          'The client has been archived. Their record is kept; find it under “Archived” in the client list.',
        );
        await navigate({ to: '/clients' });
      },
    }),
  );

  const reload = async () => {
    setReloadError(null);
    try {
      const mine = form.getValues();
      const latest = await queryClient.fetchQuery(
        trpc.clients.get.queryOptions({ id: client.id }, { staleTime: 0 }),
      );
      const theirs = valuesFromProfile(latest);
      const names = new Map<string, string>();
      for (const c of [client, latest]) {
        if (c.keyWorker) names.set(c.keyWorker.id, c.keyWorker.displayName);
        if (c.team) names.set(c.team.id, c.team.name);
      }
      const staff = queryClient.getQueryData(trpc.staff.list.queryKey());
      for (const person of staff?.items ?? []) names.set(person.id, person.displayName);
      const teams = queryClient.getQueryData(trpc.teams.list.queryKey());
      for (const team of teams?.items ?? []) names.set(team.id, team.name);
      baseVersion.current = latest.version;
      setUnsaved(unsavedChanges(mine, baseValues.current, theirs, names));
      baseValues.current = theirs;
      form.reset(theirs);
      update.reset();
    } catch (error) {
      setReloadError(error);
    }
  };

  const conflict = errorCode(update.error) === 'CONFLICT';
  const messages = (
    <>
      {conflict ? (
        <Alert title="Your changes have not been saved">
          <p>{CLIENT_CONFLICT_MESSAGE}</p>
          <p>What you typed will be listed after reloading, so you can copy it back.</p>
          <Button variant="secondary" onClick={() => void reload()}>
            Reload
          </Button>
        </Alert>
      ) : (
        <FormError error={update.error} fields={CLIENT_FIELDS} />
      )}
      {reloadError ? (
        <Alert>The latest details could not be loaded. {errorMessage(reloadError)}</Alert>
      ) : null}
      {unsaved ? (
        <div ref={unsavedRef} tabIndex={-1} className="alert alert--info" role="status">
          <p className="alert__title">The latest details are shown below</p>
          {unsaved.length > 0 ? (
            <>
              <p>
                These are the changes you had made, which were not saved. Make them again if they are still
                right:
              </p>
              <dl className="details details--compact">
                {unsaved.map((row) => (
                  <div key={row.field}>
                    <dt>{row.label}</dt>
                    <dd className="break">{row.text}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>The other person’s changes already include yours; there is nothing to make again.</p>
          )}
          <Button variant="secondary" className="button--small" onClick={() => setUnsaved(null)}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </>
  );

  return (
    <Page title="Edit client" heading={`Edit ${client.displayName}`}>
      <p className="back-link">
        <Link to="/clients/$clientId" params={{ clientId: client.id }}>
          Back to their record
        </Link>
      </p>
      <ClientForm
        form={form}
        onSubmit={(values) =>
          update.mutate({ id: client.id, version: baseVersion.current, ...toClientInput(values) })
        }
        submitLabel="Save changes"
        busy={update.isPending}
        messages={messages}
        current={{ keyWorker: client.keyWorker, team: client.team }}
        keyWorkerLocked={user.role !== 'supervisor'}
        cancel={
          <Link to="/clients/$clientId" params={{ clientId: client.id }}>
            Cancel
          </Link>
        }
      />
      {client.archivedAt ? null : (
        <Section title="Archive">
          <p>
            Archive a client who no longer works with you. Their record and history are kept, but they leave
            the client list unless you ask for archived clients.
          </p>
          <FormError error={archive.error} messages={{ CONFLICT: CLIENT_CONFLICT_MESSAGE }} />
          <ConfirmAction
            label="Archive client"
            question={<p>Archive this client? You can still find their record under “Archived”.</p>}
            confirmLabel="Yes, archive"
            busyLabel="Archiving…"
            busy={archive.isPending}
            onConfirm={() => archive.mutateAsync({ id: client.id, version: baseVersion.current })}
          />
        </Section>
      )}
    </Page>
  );
}
