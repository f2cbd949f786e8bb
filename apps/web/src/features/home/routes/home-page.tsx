import { Link } from '@tanstack/react-router';
import { ROLE_LABELS, type Role } from '@umbrella/domain';
import { Page } from '../../../components/page.tsx';
import { isStaff } from '../../../components/staff-gate.tsx';
import { useSession } from '../../auth/session.ts';

/** What each role will do in Umbrella. Honest about what exists today: only accounts, so far. */
const ROLE_PURPOSE: Record<Role, string> = {
  volunteer:
    'As a volunteer you will see the appointments you are asked to help with, and just enough about each person to meet them and support them.',
  caseworker:
    'As a caseworker you will keep track of your clients, their cases and the deadlines that matter to them.',
  supervisor:
    'As a supervisor you will see every client and case, keep an eye on deadlines and share out the work.',
};

export function HomePage() {
  const { user } = useSession();
  return (
    <Page title="Home" heading={`Welcome, ${user.displayName}`}>
      <p>
        You are signed in as a {ROLE_LABELS[user.role].toLowerCase()}
        {user.isAdmin ? ' and an administrator' : ''}.
      </p>
      <p>{ROLE_PURPOSE[user.role]}</p>
      <p>
        Umbrella is being built in stages. Deadlines and your own list of work will appear here as they are
        added. For now you can:
      </p>
      <ul className="link-list">
        {isStaff(user.role) ? (
          <>
            <li>
              <Link to="/clients">Clients</Link>: find a client, see their case as a timeline, record stage
              changes and notes, or <Link to="/clients/new">add a client</Link>.
            </li>
            <li>
              <Link to="/agencies">Agencies</Link>: the police forces, Home Office units, tribunals, local
              authorities and services you deal with, and people there.
            </li>
          </>
        ) : null}
        <li>
          <Link to="/account">Your details and sign-in settings</Link>: your e-mail address, password and
          two-factor authentication.
        </li>
        {user.isAdmin ? (
          <li>
            <Link to="/admin/users">Manage who can sign in</Link>: add people, change their roles, reset
            passwords and deactivate accounts.
          </li>
        ) : null}
      </ul>
    </Page>
  );
}
