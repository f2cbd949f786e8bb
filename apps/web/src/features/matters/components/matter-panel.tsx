import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { AGENCY_CATEGORY_LABELS, MATTER_KIND_LABELS } from '@umbrella/domain';
import { useId, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { ImmigrationWarning } from '../../agencies/components/immigration-warning.tsx';
import { useRefreshClient } from '../../clients/lib/use-client-cache.ts';
import { stageTone } from '../../clients/lib/timeline-layout.ts';
import type { MatterView } from '../lib/types.ts';
import { DatedActionForm } from './dated-action-form.tsx';
import { EditMatterForm } from './edit-matter-form.tsx';
import { MatterDetailsList } from './matter-details-list.tsx';
import { StageChangeForm } from './stage-change-form.tsx';

const TONE_BADGE = { neutral: 'info', positive: 'success', negative: 'danger', closed: 'neutral' } as const;

/** One matter: where it stands, its references and counterparts, and what can be done next. */
export function MatterPanel({ matter, clientId }: { matter: MatterView; clientId: string }) {
  const trpc = useTRPC();
  const refreshClient = useRefreshClient();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const canClose = matter.nextStages.some((s) => s.stage === 'closed');
  const moves = matter.nextStages.filter((s) => s.stage !== 'closed');

  const close = useMutation(
    trpc.matters.changeStage.mutationOptions({
      onSuccess: () => refreshClient(clientId),
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refreshClient(clientId);
      },
    }),
  );
  const reopen = useMutation(
    trpc.matters.reopen.mutationOptions({
      onSuccess: () => refreshClient(clientId),
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refreshClient(clientId);
      },
    }),
  );
  const kindLabel = MATTER_KIND_LABELS[matter.kind];

  return (
    <article className={`matter-panel matter-panel--${matter.kind}`} aria-labelledby={headingId}>
      <header className="matter-panel__header">
        <h3 id={headingId}>{kindLabel}</h3>
        <Badge tone={TONE_BADGE[matter.closed ? 'closed' : stageTone(matter.stage)]}>
          {matter.closed ? 'Closed' : matter.stageLabel}
        </Badge>
      </header>
      <dl className="details details--compact">
        <div>
          <dt>Stage</dt>
          <dd>
            {matter.stageLabel}, since {formatCalendarDate(matter.stageChangedOn)}
          </dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>{formatCalendarDate(matter.openedOn)}</dd>
        </div>
        {matter.reference ? (
          <div>
            <dt>Reference</dt>
            <dd className="reference">{matter.reference}</dd>
          </div>
        ) : null}
        <div>
          <dt>Agency</dt>
          <dd>
            {matter.agency ? (
              <>
                {matter.agency.name}{' '}
                <span className="muted">({AGENCY_CATEGORY_LABELS[matter.agency.category]})</span>
                {matter.agency.category === 'immigration_enforcement' ? (
                  <>
                    {' '}
                    <ImmigrationWarning />
                  </>
                ) : null}
              </>
            ) : (
              'None recorded'
            )}
          </dd>
        </div>
        {matter.contact ? (
          <div>
            <dt>Contact</dt>
            <dd>{matter.contact.name}</dd>
          </div>
        ) : null}
      </dl>
      <MatterDetailsList matter={matter} />
      <p className="matter-panel__chronology">
        <Link to="/clients/$clientId/chronology" params={{ clientId }} search={{ matter: matter.id }}>
          Printable chronology<span className="visually-hidden"> of the {kindLabel.toLowerCase()}</span>
        </Link>
      </p>

      {notice ? (
        <p role="status" className="success-text">
          {notice}
        </p>
      ) : null}

      <div className="matter-panel__actions">
        {matter.closed ? (
          <Reveal label="Reopen matter">
            {(done) => (
              <DatedActionForm
                label={`Reopen the ${kindLabel.toLowerCase()}`}
                intro="It goes back to the stage it was at when it was closed."
                submitLabel="Reopen matter"
                busyLabel="Reopening…"
                busy={reopen.isPending}
                error={reopen.error}
                onSubmit={async (values) => {
                  const updated = await reopen.mutateAsync({
                    matterId: matter.id,
                    version: matter.version,
                    ...values,
                  });
                  setNotice(`Reopened at “${updated.stageLabel}”.`);
                  done();
                }}
                onCancel={() => {
                  reopen.reset();
                  done();
                }}
              />
            )}
          </Reveal>
        ) : (
          <>
            {moves.length > 0 ? (
              <Reveal label="Record a stage change" variant="primary">
                {(done) => (
                  <StageChangeForm
                    matter={matter}
                    clientId={clientId}
                    onDone={(message) => {
                      setNotice(message);
                      done();
                    }}
                    onCancel={done}
                  />
                )}
              </Reveal>
            ) : (
              <p className="muted">
                “{matter.stageLabel}” is a final stage: it can only be closed from here.
              </p>
            )}
            <Reveal label="Edit details">
              {(done) => (
                <EditMatterForm
                  matter={matter}
                  clientId={clientId}
                  onDone={(message) => {
                    setNotice(message);
                    done();
                  }}
                  onCancel={done}
                />
              )}
            </Reveal>
            {canClose ? (
              <Reveal label="Close matter">
                {(done) => (
                  <DatedActionForm
                    label={`Close the ${kindLabel.toLowerCase()}`}
                    intro="Closing keeps everything recorded. It can be reopened later, at the stage it is at now."
                    submitLabel="Close matter"
                    busyLabel="Closing…"
                    busy={close.isPending}
                    error={close.error}
                    onSubmit={async (values) => {
                      await close.mutateAsync({
                        matterId: matter.id,
                        version: matter.version,
                        toStage: 'closed',
                        ...values,
                      });
                      setNotice('The matter has been closed.');
                      done();
                    }}
                    onCancel={() => {
                      close.reset();
                      done();
                    }}
                  />
                )}
              </Reveal>
            ) : null}
          </>
        )}
      </div>
    </article>
  );
}
