import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { lastSignInText, roleText, statusText } from '../lib/user-labels.ts';

const PAGE_SIZE = 50;

export function UsersTable({ search }: { search: string | undefined }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions({ search, limit: PAGE_SIZE }, PAGED_QUERY_OPTIONS),
  );

  if (query.isPending) return <Pending label="Loading users…" />;
  if (query.data === undefined) {
    return (
      <QueryError
        title="The users could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const users = query.data.pages.flatMap((page) => page.items);
  if (users.length === 0) {
    return <p>{search ? 'No users match your search.' : 'There are no users yet.'}</p>;
  }

  return (
    <>
      <div className="table-scroll" role="region" aria-label="Users table" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">
            {search ? 'Users matching your search' : 'All users'}, {users.length} shown
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail address</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Two-factor</th>
              <th scope="col">Last signed in</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link to="/admin/users/$userId" params={{ userId: user.id }}>
                    {user.displayName}
                  </Link>
                </th>
                <td className="break">{user.email}</td>
                <td>{roleText(user)}</td>
                <td>{statusText(user)}</td>
                <td>{user.totpEnabled ? 'On' : 'Off'}</td>
                <td>{lastSignInText(user)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore query={query} label="Show more users" what="users" />
    </>
  );
}
