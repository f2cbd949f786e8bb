import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '@umbrella/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import '../account.css';

/**
 * A secret address a calendar app can subscribe to. The feed carries no personal data (the time, the area
 * and a link into Umbrella), and the address is shown only once, when it is made.
 */
export function CalendarFeedSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const volunteer = user.role === 'volunteer';
  const status = useQuery(trpc.calendarFeed.status.queryOptions());
  const [address, setAddress] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendarFeed.status.queryKey() });
  const create = useMutation(
    trpc.calendarFeed.create.mutationOptions({
      onSuccess: async ({ path }) => {
        setStopped(false);
        setAddress(`${window.location.origin}${path}`);
        await refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendarFeed.revoke.mutationOptions({
      onSuccess: async () => {
        setAddress(null);
        setStopped(true);
        await refresh();
      },
    }),
  );

  const whose = volunteer ? 'your accompaniments' : 'the appointments of your clients';
  const example = volunteer ? 'Accompaniment, 14:00, Croydon' : 'Client appointment, 14:00, Croydon';

  let body;
  if (status.isPending) body = <Pending label="Loading your calendar feed…" />;
  else if (status.isError) {
    body = (
      <QueryError
        title="Your calendar feed could not be loaded"
        error={status.error}
        onRetry={() => void status.refetch()}
      />
    );
  } else if (!status.data.active) {
    body = (
      <>
        {stopped ? (
          <Alert tone="success">The feed has stopped. The old address no longer works.</Alert>
        ) : null}
        <p>You have no calendar address at the moment.</p>
        <FormError error={create.error} />
        <Button busy={create.isPending} busyLabel="Creating…" onClick={() => create.mutate()}>
          Create a calendar address
        </Button>
      </>
    );
  } else {
    const { createdAt, lastFetchedAt } = status.data;
    body = (
      <>
        {address ? <NewAddress address={address} whose={whose} /> : null}
        <p>
          Your calendar feed is on{createdAt ? `, with an address made on ${formatDate(createdAt)}` : ''}.{' '}
          {lastFetchedAt
            ? `A calendar app last read it on ${formatDateTime(lastFetchedAt)}.`
            : 'No calendar app has read it yet.'}
        </p>
        {address ? null : (
          <p className="muted">
            The address is shown only when it is made. If you have lost it, or think someone else has it,
            replace it.
          </p>
        )}
        <FormError error={create.error ?? revoke.error} />
        <div className="button-row calendar-feed__actions">
          <ConfirmAction
            label="Replace the address"
            variant="primary"
            question={
              <p>
                The current address will stop working. You will need to add the new one to your calendar app.
              </p>
            }
            confirmLabel="Replace it"
            busyLabel="Replacing…"
            busy={create.isPending}
            onConfirm={() => create.mutateAsync()}
          />
          <ConfirmAction
            label="Stop the feed"
            question={
              <p>
                Your calendar app will no longer get {whose}, and the address will stop working. You can make
                a new one later.
              </p>
            }
            confirmLabel="Stop the feed"
            busyLabel="Stopping…"
            busy={revoke.isPending}
            onConfirm={() => revoke.mutateAsync()}
          />
        </div>
      </>
    );
  }

  return (
    <>
      <p>
        See {whose} in the calendar on your phone or computer. Each shows only the time, the area and a link
        into Umbrella, like “{example}”: no names, places or notes, because calendar apps keep their copy
        outside Umbrella.
      </p>
      {body}
    </>
  );
}

/** The address, this once: to copy into a calendar app, with a warning to keep it to oneself. */
function NewAddress({ address, whose }: { address: string; whose: string }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [address]);

  const copy = () => {
    navigator.clipboard.writeText(address).then(
      () => setCopied('yes'),
      () => {
        setCopied('failed');
        inputRef.current?.select();
      },
    );
  };

  return (
    <Alert tone="info" title="Your calendar address">
      <p>
        <strong>Keep it secret.</strong> Anyone with this address can see when and where {whose} are. It is
        shown only now: copy it into your calendar app (“Add calendar from URL” or “Add subscribed calendar”).
      </p>
      <label htmlFor={inputId} className="visually-hidden">
        Calendar address
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="field__input calendar-feed__address"
        readOnly
        value={address}
        onFocus={(event) => event.target.select()}
      />
      <Button variant="secondary" onClick={copy}>
        Copy the address
      </Button>
      <p role="status" className="calendar-feed__copied">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'failed'
            ? 'It could not be copied: it is selected, so copy it yourself.'
            : ''}
      </p>
    </Alert>
  );
}
