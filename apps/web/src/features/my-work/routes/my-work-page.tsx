import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Alert } from '../../../components/alert.tsx';
import { SelectField } from '../../../components/field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { MyWorkLists } from '../components/my-work-lists.tsx';

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
        <QueryError
          title="Your work could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      );
  } else {
    // Keyed by whose work: another caseworker's lists start again from their first page, nothing read ahead.
    body = (
      <MyWorkLists
        key={ownWork ? 'own' : userId}
        work={query.data}
        ownWork={ownWork}
        userId={ownWork ? undefined : userId}
      />
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
