import { useQuery } from '@tanstack/react-query';
import { STALL_REASON_LABELS } from '@umbrella/domain';
import { useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import type { ClientProfile } from '../../clients/lib/types.ts';
import type { ClientSupervision } from '../lib/review-types.ts';
import { ReassignForm } from './reassign-form.tsx';
import { ReviewForm } from './review-form.tsx';
import { ReviewList } from './review-list.tsx';
import { REASON_TONES } from '../lib/reason-tones.ts';
import './supervision-section.css';

/**
 * The client's case as a supervisor sees it: why it is flagged as stalled (or that nothing is), its reviews
 * for those allowed to read them, and for supervisors the forms to record a review and change the key worker.
 */
export function SupervisionSection({ client }: { client: ClientProfile }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.supervision.client.queryOptions({ personId: client.id }));

  let body;
  if (query.isPending) body = <Pending label="Loading the supervision details…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The supervision details could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = <SupervisionBody client={client} supervision={query.data} />;
  }
  return <Section title="Supervision">{body}</Section>;
}

function SupervisionBody({ client, supervision }: { client: ClientProfile; supervision: ClientSupervision }) {
  const [notice, setNotice] = useState<string | null>(null);
  const { flags, today } = supervision;
  return (
    <>
      {/* Always present, so a screen reader announces the text when it arrives. */}
      <p role="status" className="success-text supervision__status">
        {notice}
      </p>
      {supervision.caseStatus === 'closed' ? (
        <p>The case file is closed: nothing is flagged on a closed case.</p>
      ) : flags.length === 0 ? (
        <p className="supervision__clear">Nothing stalled.</p>
      ) : (
        <ul className="stall-flags" aria-label="Why the case is flagged as stalled">
          {flags.map((flag, index) => (
            <li key={`${flag.reason}-${index}`} className="stall-flag">
              <Badge tone={REASON_TONES[flag.reason]}>{STALL_REASON_LABELS[flag.reason]}</Badge>{' '}
              <span className="stall-flag__sentence">{flag.sentence}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="details details--compact supervision__dates">
        <div>
          <dt>Last review</dt>
          <dd>
            {supervision.lastReviewOn ? formatCalendarDate(supervision.lastReviewOn) : 'Never reviewed'}
          </dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {supervision.nextReviewOn ? (
              <>
                {formatCalendarDate(supervision.nextReviewOn)}
                {supervision.nextReviewOn < today ? (
                  <span className="deadline__left--overdue"> (overdue)</span>
                ) : null}
              </>
            ) : (
              'Not set'
            )}
          </dd>
        </div>
      </dl>
      {supervision.canReview ? (
        <SupervisorActions client={client} supervision={supervision} onNotice={setNotice} />
      ) : null}
      {supervision.canReadReviews ? (
        <>
          <h3 className="supervision__subheading">Reviews</h3>
          <ReviewList reviews={supervision.reviews} />
        </>
      ) : (
        <p className="muted">
          Review notes are shared only with supervisors and the caseworkers on the case (its key worker and
          lead caseworker).
        </p>
      )}
    </>
  );
}

function SupervisorActions({
  client,
  supervision,
  onNotice,
}: {
  client: ClientProfile;
  supervision: ClientSupervision;
  onNotice: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  // The next review is suggested after the organisation's interval (supervisors may read the thresholds).
  const settings = useQuery(trpc.supervision.settings.queryOptions());
  return (
    <div className="supervision__actions">
      <Reveal
        label={supervision.draft ? 'Record a review (draft saved)' : 'Record a review'}
        variant="primary"
      >
        {(done) => (
          <ReviewForm
            personId={client.id}
            today={supervision.today}
            intervalDays={settings.data?.thresholds.reviewIntervalDays}
            caseClosed={supervision.caseStatus === 'closed'}
            draft={supervision.draft}
            onDone={(message) => {
              onNotice(message);
              done();
            }}
            onCancel={done}
          />
        )}
      </Reveal>
      <Reveal label="Change key worker">
        {(done) => (
          <ReassignForm
            personIds={[client.id]}
            currentKeyWorker={supervision.keyWorker}
            onDone={(message) => {
              if (message) onNotice(message);
              done();
            }}
          />
        )}
      </Reveal>
    </div>
  );
}
