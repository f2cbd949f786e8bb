import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { chaserDraft } from '../lib/log-form.ts';
import type { CommunicationView } from '../lib/types.ts';
import { LogCommunicationForm } from './log-communication-form.tsx';

/** A chaser drafted by Umbrella (citing the original and the case's references), to edit and log. */
export function ChaserForm({
  original,
  matters,
  onDone,
  onCancel,
}: {
  original: CommunicationView;
  matters: readonly MatterView[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  // A draft is made fresh each time: it saves nothing, and the case's references may have changed.
  const draft = useQuery({ ...trpc.communications.draftChaser.queryOptions({ id: original.id }), gcTime: 0 });
  if (draft.isPending) return <Pending label="Drafting the chaser…" />;
  if (draft.isError) {
    return (
      <Alert title="The chaser could not be drafted">
        <p>{errorMessage(draft.error)}</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </Alert>
    );
  }
  return (
    <LogCommunicationForm
      personId={original.personId}
      matters={matters}
      draft={chaserDraft(draft.data, original)}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
