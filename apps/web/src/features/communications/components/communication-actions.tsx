import { isSpokenChannel } from '@umbrella/domain';
import { Reveal } from '../../../components/reveal.tsx';
import type { MatterView } from '../../matters/lib/types.ts';
import { confirmationDraft } from '../lib/log-form.ts';
import type { CommunicationView } from '../lib/types.ts';
import { ChaserForm } from './chaser-form.tsx';
import { DismissConfirmationForm } from './dismiss-confirmation-form.tsx';
import { EditCommunicationForm } from './edit-communication-form.tsx';
import { LogCommunicationForm } from './log-communication-form.tsx';
import { MarkReplyForm } from './mark-reply-form.tsx';

/**
 * What can be done next with a communication: chase what is still unanswered, say what a letter received
 * answers, confirm a call in writing (or say why not), and correct it.
 */
export function CommunicationActions({
  communication: c,
  matters,
  onNotice,
}: {
  communication: CommunicationView;
  matters: readonly MatterView[];
  onNotice: (message: string) => void;
}) {
  const done = (close: () => void) => (message: string) => {
    onNotice(message);
    close();
  };
  const toConfirm = isSpokenChannel(c.channel) && c.confirmation === 'needed';
  return (
    <div className="communication-actions">
      {c.direction === 'outgoing' && c.replyState === 'awaiting' ? (
        <Reveal label="Draft a chaser" variant="primary">
          {(close) => <ChaserForm original={c} matters={matters} onDone={done(close)} onCancel={close} />}
        </Reveal>
      ) : null}
      {c.direction === 'incoming' && !c.answers ? (
        <Reveal label="Mark as the reply to…">
          {(close) => <MarkReplyForm incoming={c} onDone={done(close)} onCancel={close} />}
        </Reveal>
      ) : null}
      {toConfirm ? (
        <>
          <Reveal label="Confirm in writing" variant="primary">
            {(close) => (
              <LogCommunicationForm
                personId={c.personId}
                matters={matters}
                draft={confirmationDraft(c)}
                onDone={done(close)}
                onCancel={close}
              />
            )}
          </Reveal>
          <Reveal label="No need to confirm">
            {(close) => <DismissConfirmationForm communication={c} onDone={done(close)} onCancel={close} />}
          </Reveal>
        </>
      ) : null}
      <Reveal label="Edit">
        {(close) => <EditCommunicationForm communication={c} onDone={done(close)} onCancel={close} />}
      </Reveal>
    </div>
  );
}
