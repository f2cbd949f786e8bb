import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { deadlinePanel } from '../lib/deadline-pages.ts';
import { AddDeadlineForm } from './add-deadline-form.tsx';
import { DeadlineItem } from './deadline-item.tsx';

/** How many deadlines the panel reads at a time. */
const PAGE_SIZE = 50;

/**
 * A client's deadlines: the open ones by due date, then a collapsed list of those met, missed or waived, read
 * a page at a time (open ones first), with counts of them all.
 */
export function DeadlinesSection({ personId, matters }: { personId: string; matters: MatterView[] }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.deadlines.listForClient.infiniteQueryOptions(
      { personId, limit: PAGE_SIZE },
      // Not the paged lists' placeholder: another client's deadlines must never stand in for this one's.
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const [notice, setNotice] = useState<string | null>(null);

  let body;
  if (query.isPending) body = <Pending label="Loading the deadlines…" />;
  else if (query.data === undefined) {
    body = (
      <QueryError
        title="The deadlines could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const { open, closed, counts, moreOpen } = deadlinePanel(query.data.pages);
    body = (
      <>
        {counts.open === 0 ? (
          <p>No open deadlines.</p>
        ) : (
          <p className="deadlines__summary">
            {counts.open === 1 ? '1 open deadline' : `${counts.open} open deadlines`}
            {counts.overdue > 0 ? (
              <span className="deadline__left--overdue">, {counts.overdue} overdue</span>
            ) : null}
            .
          </p>
        )}
        {open.length > 0 ? (
          <ol className="deadline-list" aria-label="Open deadlines, soonest first">
            {open.map((deadline) => (
              <li key={deadline.id}>
                <DeadlineItem deadline={deadline} onNotice={setNotice} />
              </li>
            ))}
          </ol>
        ) : null}
        {moreOpen ? <ShowMore query={query} label="Show more open deadlines" what="deadlines" /> : null}
        {counts.closed > 0 ? (
          <details className="deadlines__closed">
            <summary>Closed deadlines ({counts.closed}): met, missed or waived</summary>
            {closed.length > 0 ? (
              <ol className="deadline-list">
                {closed.map((deadline) => (
                  <li key={deadline.id}>
                    <DeadlineItem deadline={deadline} onNotice={setNotice} />
                  </li>
                ))}
              </ol>
            ) : null}
            {moreOpen ? (
              <p className="muted">They are listed once every open deadline is shown.</p>
            ) : (
              <ShowMore query={query} label="Show more closed deadlines" what="deadlines" />
            )}
          </details>
        ) : null}
      </>
    );
  }

  return (
    <Section title="Deadlines">
      {notice ? (
        <p role="status" className="success-text">
          {notice}
        </p>
      ) : null}
      {body}
      <Reveal label="Add a deadline" className="add-deadline-reveal">
        {(done) => (
          <AddDeadlineForm
            personId={personId}
            matters={matters}
            onDone={(message) => {
              setNotice(message);
              done();
            }}
            onCancel={done}
          />
        )}
      </Reveal>
    </Section>
  );
}
