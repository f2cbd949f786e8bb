import { Link } from '@tanstack/react-router';
import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { Certainty, DueDate } from '../../deadlines/components/deadline-facts.tsx';
import type { MyWorkDeadline } from '../lib/types.ts';

/** One deadline on My work: whose, which matter, what, when; one click from the client's profile. */
export function DeadlineRow({ deadline }: { deadline: MyWorkDeadline }) {
  return (
    <li className={['work-row', deadline.overdue ? 'work-row--overdue' : ''].filter(Boolean).join(' ')}>
      <p className="work-row__client">
        <Link to="/clients/$clientId" params={{ clientId: deadline.personId }}>
          {deadline.clientDisplayName}
        </Link>
        <span className="muted">
          {' · '}
          {deadline.matterKind ? MATTER_KIND_LABELS[deadline.matterKind] : 'No matter'}
        </span>
      </p>
      <p className="work-row__title">{deadline.title}</p>
      <p className="work-row__due">
        <DueDate deadline={deadline} />
      </p>
      <details className="work-row__explanation">
        <summary>How this date was worked out</summary>
        <p>{deadline.explanation}</p>
        <p>
          <Certainty deadline={deadline} />
        </p>
      </details>
    </li>
  );
}
