import { Link } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { RetentionPolicyForm } from '../components/retention-policy-form.tsx';

/** `/admin/retention`: how long closed cases are kept before they are due for anonymisation. */
export function RetentionPolicyPage() {
  return (
    <Page title="Retention">
      <p>
        How long a client’s record is kept after their case file closes. Once that time has passed the client
        is listed as due on the <Link to="/retention">retention page</Link>; nothing is anonymised until one
        person asks and a second approves. Clients on legal hold are never due.
      </p>
      <RetentionPolicyForm />
    </Page>
  );
}
