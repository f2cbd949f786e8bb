import { ACCOMPANIMENT_OUTCOME_LABELS, formatDateTime, PRESENT_ROLE_LABELS } from '@umbrella/domain';
import { useId } from 'react';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { formatMinutes } from '../../../lib/dates.ts';
import type { AccompanimentReportView } from '../lib/types.ts';
import { ConcernBadges } from './concern-badges.tsx';

/** A report a volunteer filed after accompanying the client, as they wrote it. */
export function ReportCard({ report: r }: { report: AccompanimentReportView }) {
  const headingId = useId();
  const present = r.present.filter((role) => role !== 'other').map((role) => PRESENT_ROLE_LABELS[role]);
  if (r.presentOther) present.push(r.presentOther);
  return (
    <article className="report-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="report-card__title">
        Report by {r.volunteer.displayName}
      </h3>
      <ConcernBadges concerns={r.concerns} />
      <dl className="details">
        <div>
          <dt>What happened</dt>
          <dd>{ACCOMPANIMENT_OUTCOME_LABELS[r.outcome]}</dd>
        </div>
        <div>
          <dt>Present</dt>
          <dd>{present.length > 0 ? present.join(', ') : 'Not recorded'}</dd>
        </div>
        {r.treatment ? (
          <div>
            <dt>How the client was treated</dt>
            <dd className="pre-line">{r.treatment}</dd>
          </div>
        ) : null}
        {r.concernDetails ? (
          <div>
            <dt>About the concerns</dt>
            <dd className="pre-line">{r.concernDetails}</dd>
          </div>
        ) : null}
        {r.promised ? (
          <div>
            <dt>Promised or decided</dt>
            <dd className="pre-line">{r.promised}</dd>
          </div>
        ) : null}
        {r.promisedDates.length > 0 ? (
          <div>
            <dt>Dates given</dt>
            <dd>
              <ul className="report-card__dates">
                {r.promisedDates.map((d, i) => (
                  <li key={i}>
                    <time dateTime={d.date}>{formatCalendarDate(d.date)}</time>: {d.what}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Time given</dt>
          <dd>{formatMinutes(r.minutesSpent)}, travel included</dd>
        </div>
        <div>
          <dt>Filed</dt>
          <dd>{formatDateTime(r.filedAt)}</dd>
        </div>
      </dl>
    </article>
  );
}
