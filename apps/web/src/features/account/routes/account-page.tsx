import { ROLE_LABELS } from '@umbrella/domain';
import { Page } from '../../../components/page.tsx';
import { Section } from '../../../components/section.tsx';
import { useSession } from '../../auth/session.ts';
import { CalendarFeedSettings } from '../components/calendar-feed-settings.tsx';
import { ChangeEmailForm } from '../components/change-email-form.tsx';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { TwoFactorSettings } from '../components/two-factor-settings.tsx';
import { WorkProfileForm } from '../components/work-profile-form.tsx';

export function AccountPage() {
  const { user } = useSession();
  return (
    <Page title="Account">
      <Section title="Your details">
        <dl className="details">
          <div>
            <dt>Name</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>E-mail address</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>
              {ROLE_LABELS[user.role]}
              {user.isAdmin ? ', administrator' : ''}
            </dd>
          </div>
        </dl>
        <p className="muted">To change your name or role, ask an administrator.</p>
      </Section>
      <Section title="Work details">
        <WorkProfileForm />
      </Section>
      <Section title="Calendar feed">
        <CalendarFeedSettings />
      </Section>
      <Section title="Change e-mail address">
        <ChangeEmailForm />
      </Section>
      <Section title="Change password">
        <ChangePasswordForm />
      </Section>
      <Section title="Two-factor authentication">
        <TwoFactorSettings />
      </Section>
    </Page>
  );
}
