import { Page } from '../../../components/page.tsx';
import { StallSettingsForm } from '../../supervision/components/stall-settings-form.tsx';

/** `/admin/supervision`: when the supervisors' dashboard flags a case as stalled. */
export function StallSettingsPage() {
  return (
    <Page title="Stall thresholds">
      <p>
        When a case is flagged as stalled on the supervisors’ dashboard, on each client’s profile and in the
        weekly digest. Changes apply to every case from the moment they are saved.
      </p>
      <StallSettingsForm />
    </Page>
  );
}
