import { Certainty, DueDate } from '../../deadlines/components/deadline-facts.tsx';
import type { MyWorkDeadline } from '../lib/types.ts';
import { ClientLine } from './client-line.tsx';

/** One deadline on My work: whose, which matter, what, when; one click from the client's profile. */
export function DeadlineRow({ deadline }: { deadline: MyWorkDeadline }) {
  return (
    <li className={['work-row', deadline.overdue ? 'work-row--overdue' : ''].filter(Boolean).join(' ')}>
      <ClientLine row={deadline} />
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
