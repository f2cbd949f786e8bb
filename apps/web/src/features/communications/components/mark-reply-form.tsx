import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { communicationHeading } from '@umbrella/domain';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Pending } from '../../../components/pending.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import type { CommunicationView } from '../lib/types.ts';
import { useRefreshCommunications } from '../lib/use-communication-cache.ts';
import { FormButtons } from './form-buttons.tsx';

const schema = z.object({ outgoingId: z.string().min(1, 'Choose what it replies to') });
const FIELDS = ['outgoingId'] as const;
/** The most a page of the list holds: enough to find what is still waiting for a reply. */
const LOOK_BACK = 100;

/** Marks something received as the reply to something sent to the same client's agencies. */
export function MarkReplyForm({
  incoming,
  onDone,
  onCancel,
}: {
  incoming: CommunicationView;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCommunications();
  const sent = useQuery(
    trpc.communications.list.queryOptions({ personId: incoming.personId, limit: LOOK_BACK }),
  );
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { outgoingId: '' } });
  const mark = useMutation(
    trpc.communications.markReply.mutationOptions({
      onSuccess: async (answered) => {
        await refresh(incoming.personId);
        onDone(`Marked as the reply to “${answered.subject}”.`);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    }),
  );

  if (sent.isPending) return <Pending label="Loading what is waiting for a reply…" />;
  if (sent.isError) return <p className="field__error">{errorMessage(sent.error)}</p>;
  const waiting = sent.data.items.filter(
    (c) => c.direction === 'outgoing' && (c.replyState === 'awaiting' || c.replyState === 'chased'),
  );
  if (waiting.length === 0) {
    return (
      <div className="inline-form">
        <p>Nothing sent for this client is waiting for a reply.</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="inline-form"
      aria-label="Mark as the reply"
      onSubmit={form.handleSubmit(({ outgoingId }) => mark.mutate({ incomingId: incoming.id, outgoingId }))}
    >
      <FormError error={mark.error} fields={FIELDS} />
      <SelectField
        label="It replies to"
        hint="Everything sent for this client that is still waiting for a reply. Its chasers are answered too."
        error={form.formState.errors.outgoingId?.message}
        {...form.register('outgoingId')}
      >
        <option value="">Choose one</option>
        {waiting.map((c) => (
          <option key={c.id} value={c.id}>
            {`${formatCalendarDate(c.occurredOn)} · ${communicationHeading(c.channel, c.direction)} to ${c.counterpartLabel}: ${c.subject}`}
          </option>
        ))}
      </SelectField>
      <FormButtons busy={mark.isPending} onCancel={onCancel}>
        Mark as the reply
      </FormButtons>
    </form>
  );
}
