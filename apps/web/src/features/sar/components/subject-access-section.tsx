import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime, SAR_CHANNEL_LABELS } from '@umbrella/domain';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import type { ClientSars, SarView } from '../lib/types.ts';
import { CompleteSarFormPanel } from './complete-sar-form.tsx';
import { ConfirmIdentityFormPanel } from './confirm-identity-form.tsx';
import { RecordSarFormPanel } from './record-sar-form.tsx';
import '../sar.css';

/**
 * The client's requests for everything we hold about them: each with its one-month deadline; supervisors
 * download the bundle (JSON, a readable copy and the files), which is recorded as a disclosure.
 */
export function SubjectAccessSection({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.sar.forClient.queryOptions({ personId: clientId }));
  let body;
  if (query.isPending) body = <Pending label="Loading the requests…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The requests could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else body = <SubjectAccessBody clientId={clientId} sars={query.data} />;
  return <Section title="Requests for their data">{body}</Section>;
}

function SubjectAccessBody({ clientId, sars }: { clientId: string; sars: ClientSars }) {
  const { user } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p role="status" className="success-text">
        {notice}
      </p>
      {sars.requests.length === 0 ? (
        <p>The client has not asked for their data.</p>
      ) : (
        <ul className="sar-list">
          {sars.requests.map((request) => (
            <SarItem key={request.id} clientId={clientId} request={request} sars={sars} onDone={setNotice} />
          ))}
        </ul>
      )}
      {user.role === 'supervisor' || user.isAdmin ? (
        <p>
          <Link to="/audit" search={{ client: clientId }}>
            Who has viewed or changed this record
          </Link>
        </p>
      ) : null}
      {sars.canRecord ? (
        <Reveal label="Record a request for their data">
          {(close) => (
            <RecordSarFormPanel
              clientId={clientId}
              onCancel={close}
              onDone={(message) => {
                setNotice(message);
                close();
              }}
            />
          )}
        </Reveal>
      ) : null}
    </>
  );
}

function SarItem({
  clientId,
  request,
  sars,
  onDone,
}: {
  clientId: string;
  request: SarView;
  sars: ClientSars;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overdue = request.status === 'open' && request.due < todayInLondon();
  const exportWhyId = useId();
  const completeWhyId = useId();
  const open = request.status === 'open';
  return (
    <li className="sar-item">
      <p>
        <strong>Received {formatCalendarDate(request.receivedOn)}</strong> (
        {SAR_CHANNEL_LABELS[request.receivedVia]}, recorded by {request.recordedBy.displayName}).{' '}
        {request.status === 'completed' ? (
          <Badge tone="success">Answered {formatCalendarDate(request.completedOn)}</Badge>
        ) : overdue ? (
          <Badge tone="danger">Overdue: due {formatCalendarDate(request.due)}</Badge>
        ) : (
          <Badge tone="warning">Due by {formatCalendarDate(request.due)}</Badge>
        )}
      </p>
      <p className="muted">
        {request.identityChecked ? 'Identity checked.' : 'Identity not yet checked.'} {request.dueExplanation}
        {request.lastExportedAt ? ` Bundle last downloaded ${formatDateTime(request.lastExportedAt)}.` : ''}
      </p>
      {request.note ? <p>{request.note}</p> : null}
      {request.completionNote ? <p>{request.completionNote}</p> : null}
      <div className="button-row">
        {!sars.canExport ? (
          <p className="muted">A supervisor downloads the bundle of everything held.</p>
        ) : request.identityChecked ? (
          <a
            className="button button--secondary"
            href={`/sar/${request.id}/bundle.zip`}
            download
            onClick={() =>
              // The download is recorded on the server; show when, once it has been.
              setTimeout(
                () =>
                  void queryClient.invalidateQueries({
                    queryKey: trpc.sar.forClient.queryKey({ personId: clientId }),
                  }),
                3000,
              )
            }
          >
            Download everything held (ZIP)
          </a>
        ) : (
          <Button variant="secondary" disabled aria-describedby={exportWhyId}>
            Download everything held (ZIP)
          </Button>
        )}
        {!request.identityChecked && open && sars.canRecord ? (
          <Reveal label="Record that their identity was checked">
            {(close) => (
              <ConfirmIdentityFormPanel
                clientId={clientId}
                request={request}
                onCancel={close}
                onDone={(message) => {
                  onDone(message);
                  close();
                }}
              />
            )}
          </Reveal>
        ) : null}
        {open && sars.canRecord ? (
          request.lastExportedAt ? (
            <Reveal label="Mark as answered">
              {(close) => (
                <CompleteSarFormPanel
                  clientId={clientId}
                  request={request}
                  onCancel={close}
                  onDone={(message) => {
                    onDone(message);
                    close();
                  }}
                />
              )}
            </Reveal>
          ) : (
            <Button variant="secondary" disabled aria-describedby={completeWhyId}>
              Mark as answered
            </Button>
          )
        ) : null}
      </div>
      {sars.canExport && !request.identityChecked ? (
        <p id={exportWhyId} className="muted">
          The bundle cannot be downloaded until the client’s identity has been checked for this request.
        </p>
      ) : null}
      {open && sars.canRecord && !request.lastExportedAt ? (
        <p id={completeWhyId} className="muted">
          The request can be marked as answered once a supervisor has downloaded the bundle for it.
        </p>
      ) : null}
    </li>
  );
}
