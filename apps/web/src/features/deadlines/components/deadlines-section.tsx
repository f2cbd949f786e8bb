import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import type { MatterView } from '../../matters/lib/types.ts';
import { AddDeadlineForm } from './add-deadline-form.tsx';
import { DeadlineItem } from './deadline-item.tsx';

/** A client's deadlines: the open ones by due date, then a collapsed list of those met, missed or waived. */
export function DeadlinesSection({ personId, matters }: { personId: string; matters: MatterView[] }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.deadlines.listForClient.queryOptions({ personId }));
  const [notice, setNotice] = useState<string | null>(null);

  let body;
  if (query.isPending) body = <Pending label="Loading the deadlines…" />;
  else if (query.isError) {
    body = (
      <QueryError
        title="The deadlines could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const open = query.data.items
      .filter((d) => d.status === 'open')
      .sort((a, b) => a.due.localeCompare(b.due));
    const closed = query.data.items.filter((d) => d.status !== 'open');
    const overdue = open.filter((d) => d.overdue).length;
    body = (
      <>
        {open.length === 0 ? (
          <p>No open deadlines.</p>
        ) : (
          <p className="deadlines__summary">
            {open.length === 1 ? '1 open deadline' : `${open.length} open deadlines`}
            {overdue > 0 ? <span className="deadline__left--overdue">, {overdue} overdue</span> : null}.
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
        {closed.length > 0 ? (
          <details className="deadlines__closed">
            <summary>Closed deadlines ({closed.length}): met, missed or waived</summary>
            <ol className="deadline-list">
              {closed.map((deadline) => (
                <li key={deadline.id}>
                  <DeadlineItem deadline={deadline} onNotice={setNotice} />
                </li>
              ))}
            </ol>
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
