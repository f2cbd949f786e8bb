import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { formatDueDate } from '../../deadlines/lib/format.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { DeadlineRow } from '../components/deadline-row.tsx';
import type { MyWorkDeadline } from '../lib/types.ts';

const route = getRouteApi('/app/my-work/');

/** `/my-work`, and `?userId=` for a supervisor looking at a caseworker's work. */
export function MyWorkPage() {
  const { userId } = route.useSearch();
  return <MyWork userId={userId} />;
}

/** The home page of caseworkers and supervisors: their own work. */
export function MyWorkHome() {
  return <MyWork userId={undefined} />;
}

function MyWork({ userId }: { userId: string | undefined }) {
  const trpc = useTRPC();
  const { user } = useSession();
  const navigate = useNavigate();
  const ownWork = !userId || userId === user.id;
  const query = useQuery(trpc.myWork.get.queryOptions(ownWork ? {} : { userId }));

  const heading = ownWork ? 'My work' : `My work: ${query.data?.user.displayName ?? '…'}`;
  let body;
  if (query.isPending) body = <Pending />;
  else if (query.isError) {
    body =
      errorCode(query.error) === 'FORBIDDEN' ? (
        <Alert title="You cannot see this caseworker’s work">
          <p>Only supervisors can look at someone else’s work.</p>
        </Alert>
      ) : (
        <Alert title="Your work could not be loaded">
          <p>{errorMessage(query.error)}</p>
          <Button variant="secondary" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Alert>
      );
  } else {
    const { overdue, upcoming, today } = query.data;
    body = (
      <>
        <p className="muted">
          Today is {formatDueDate(today)}. Deadlines of the clients{' '}
          {ownWork
            ? 'you are key worker or lead caseworker for'
            : 'they are key worker or lead caseworker for'}
          .
        </p>
        <WorkList title="Overdue" empty="Nothing is overdue." items={overdue} tone="overdue" />
        <WorkList
          title="Due in the next 14 days"
          empty="Nothing is due in the next 14 days."
          items={upcoming}
        />
      </>
    );
  }

  return (
    <Page title="My work" heading={heading}>
      {user.role === 'supervisor' ? (
        <CaseworkerPicker
          value={ownWork ? '' : (userId ?? '')}
          onChange={(next) =>
            void navigate({ to: '/my-work', search: next && next !== user.id ? { userId: next } : {} })
          }
        />
      ) : null}
      {body}
    </Page>
  );
}

function CaseworkerPicker({ value, onChange }: { value: string; onChange: (userId: string) => void }) {
  const trpc = useTRPC();
  const { user } = useSession();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const others = (staff.data?.items ?? []).filter((person) => person.id !== user.id);
  return (
    <form className="filters" aria-label="Whose work" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Show the work of"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={staff.isPending}
      >
        <option value="">Me</option>
        {others.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
            {person.role === 'supervisor' ? ' (supervisor)' : ''}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

function WorkList({
  title,
  empty,
  items,
  tone,
}: {
  title: string;
  empty: string;
  items: MyWorkDeadline[];
  tone?: 'overdue';
}) {
  const id = useId();
  return (
    <section
      className={['section', 'work-list', tone ? `work-list--${tone}` : ''].join(' ')}
      aria-labelledby={id}
    >
      <h2 id={id}>
        {title} <span className="work-list__count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="work-rows">
          {items.map((deadline) => (
            <DeadlineRow key={deadline.id} deadline={deadline} />
          ))}
        </ol>
      )}
    </section>
  );
}
