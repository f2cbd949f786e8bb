import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { errorCode, fieldErrors } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { DISCLOSURE_CONFLICT_MESSAGE } from '../lib/decision.ts';
import {
  attachmentsText,
  basisText,
  decisionText,
  disclosureHeading,
  informationText,
  pendingHeading,
  recipientText,
  statusBadge,
  whoWhenText,
} from '../lib/format.ts';
import type { DisclosureView } from '../lib/types.ts';
import { useRefreshDisclosures } from '../lib/use-disclosure-cache.ts';
import { DecideForm } from './decide-form.tsx';

interface DisclosureItemProps {
  disclosure: DisclosureView;
  /** On the supervisors' queue: the client, by display name, linked to the record. */
  client?: { id: string; displayName: string };
  /** On the supervisors' queue: the limits the client set on their consents in force. */
  clientLimits?: readonly string[];
  /** A decision or cancellation made: what happened, for the list to announce. */
  onNotice: (message: string) => void;
}

/**
 * One disclosure: what left (or was asked to leave), to whom, what it contained, on what basis, who and when;
 * for a request awaiting approval, the letter itself and the supervisor's approve or refuse.
 */
export function DisclosureItem({ disclosure: d, client, clientLimits = [], onNotice }: DisclosureItemProps) {
  const badge = statusBadge(d);
  const decision = decisionText(d);
  const to = recipientText(d);
  const subject = to ? `${disclosureHeading(d)} ${to}` : disclosureHeading(d);
  return (
    <li className={`disclosure disclosure--${d.status}`}>
      <p className="disclosure__title">
        {client ? (
          <>
            <Link to="/clients/$clientId" params={{ clientId: client.id }} className="disclosure__client">
              {client.displayName}
            </Link>
            {' · '}
          </>
        ) : null}
        <strong>{disclosureHeading(d)}</strong>
        {to ? ` ${to}` : null}
        {badge ? (
          <>
            {' '}
            <Badge tone={badge.tone}>{badge.label}</Badge>
          </>
        ) : null}
      </p>
      <dl className="details details--compact disclosure__facts">
        {d.communication ? <Fact term="Subject">{d.communication.subject}</Fact> : null}
        <Fact term="Information">{informationText(d.informationShared)}</Fact>
        <Fact term="Basis">
          {basisText(d)}
          {d.basisDetails ? <span className="pre-line disclosure__details">: {d.basisDetails}</span> : null}
        </Fact>
        <Fact term={d.status === 'made' ? 'By' : 'Asked by'}>{whoWhenText(d)}</Fact>
        {decision ? <Fact term="Decision">{decision}</Fact> : null}
        {clientLimits.length > 0 ? (
          <Fact term="The client’s limits">
            <span className="pre-line">{clientLimits.join('\n')}</span>
          </Fact>
        ) : null}
      </dl>
      {d.pending ? (
        <div className="disclosure__pending">
          <p className="disclosure__pending-title">
            {pendingHeading(d.pending.channel)}: <strong>{d.pending.subject}</strong>
          </p>
          {d.pending.body ? (
            <details>
              <summary>Read the text</summary>
              <p className="pre-line disclosure__body">{d.pending.body}</p>
            </details>
          ) : (
            <p className="muted">No text was written.</p>
          )}
          <p className="muted">{attachmentsText(d.pending.attachmentCount)}</p>
        </div>
      ) : null}
      {d.canDecide ? <DecideForm disclosure={d} subject={subject} onDone={onNotice} /> : null}
      {d.canCancel ? <CancelRequest disclosure={d} onDone={onNotice} /> : null}
    </li>
  );
}

function CancelRequest({
  disclosure,
  onDone,
}: {
  disclosure: DisclosureView;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshDisclosures();
  const cancel = useMutation(
    trpc.disclosures.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh(disclosure.personId);
        onDone('Request cancelled: nothing was sent.');
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT' || fieldErrors(error).id) void refresh(disclosure.personId);
      },
    }),
  );
  return (
    <div className="disclosure__cancel">
      <FormError error={cancel.error} messages={{ CONFLICT: DISCLOSURE_CONFLICT_MESSAGE }} />
      <ConfirmAction
        label="Cancel request"
        question={<p>Cancel this request? Nothing is sent, and it stays on the record as cancelled.</p>}
        confirmLabel="Cancel the request"
        cancelLabel="Keep it"
        busyLabel="Cancelling…"
        busy={cancel.isPending}
        onConfirm={() => cancel.mutateAsync({ id: disclosure.id, version: disclosure.version })}
      />
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
