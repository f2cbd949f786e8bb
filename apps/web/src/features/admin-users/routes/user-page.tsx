import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { formatDate } from '@umbrella/domain';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Section } from '../../../components/section.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { UserTeams } from '../../admin-teams/components/user-teams.tsx';
import { EditUserForm } from '../components/edit-user-form.tsx';
import { ResetPasswordForm } from '../components/reset-password-form.tsx';
import { ResetTotp } from '../components/reset-totp.tsx';
import { UserAccess } from '../components/user-access.tsx';
import { lastSignInText, roleText, statusText } from '../lib/user-labels.ts';

const route = getRouteApi('/app/admin/users/$userId');

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/admin/users">Back to users</Link>
    </p>
  );
}

export function UserPage() {
  const { userId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.users.get.queryOptions({ id: userId }));

  if (query.isPending) {
    return (
      <Page title="User">
        <Pending />
      </Page>
    );
  }
  if (query.isError) {
    const missing = ['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(query.error) ?? '');
    return (
      <Page title={missing ? 'User not found' : 'User'} heading={missing ? 'User not found' : 'User'}>
        {missing ? (
          <p>There is no user at this address. They may have been removed, or the link may be incomplete.</p>
        ) : (
          <QueryError
            title="This user could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        <BackLink />
      </Page>
    );
  }

  const user = query.data;
  return (
    <Page title="User" heading={user.displayName}>
      <BackLink />
      <Section title="Details">
        <dl className="details">
          <div>
            <dt>E-mail address</dt>
            <dd className="break">{user.email}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>{roleText(user)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{statusText(user)}</dd>
          </div>
          <div>
            <dt>Two-factor authentication</dt>
            <dd>{user.totpEnabled ? 'On' : 'Off'}</dd>
          </div>
          <div>
            <dt>Last signed in</dt>
            <dd>{lastSignInText(user)}</dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>{formatDate(user.createdAt)}</dd>
          </div>
        </dl>
      </Section>
      <Section title="Teams">
        <UserTeams user={user} />
      </Section>
      <Section title="Edit details">
        <EditUserForm user={user} />
      </Section>
      <Section title="Access">
        <UserAccess user={user} />
      </Section>
      <Section title="Reset password">
        <ResetPasswordForm user={user} />
      </Section>
      <Section title="Two-factor authentication">
        <ResetTotp user={user} />
      </Section>
    </Page>
  );
}
