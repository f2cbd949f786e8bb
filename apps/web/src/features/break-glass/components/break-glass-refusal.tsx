import { useId, type ReactNode } from 'react';
import { Page } from '../../../components/page.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { OpenBreakGlassForm } from './open-break-glass-form.tsx';

interface BreakGlassRefusalProps {
  /** The page's title, as the record's page would have it (never a name). */
  title: string;
  personId: string;
  error: unknown;
  back: ReactNode;
}

/**
 * A caseworker refused a restricted record outside their teams: why, and the way in when it cannot wait
 * (break-glass), with what that records.
 */
export function BreakGlassRefusal({ title, personId, error, back }: BreakGlassRefusalProps) {
  const headingId = useId();
  return (
    <Page title={title} heading="You cannot open this record">
      <p>
        {errorMessage(error)} You are not on their team, so it is closed to you, and your attempt to open it
        has been recorded.
      </p>
      <p>
        If it cannot wait for someone on their team or a supervisor, for example to act on a safeguarding
        concern, you can open it yourself for a limited time. Say why: your reason, and everything you view or
        change while it is open, is recorded and shown to supervisors.
      </p>
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>Open this record for a limited time</h2>
        <OpenBreakGlassForm personId={personId} headingId={headingId} />
      </section>
      <p className="back-link">{back}</p>
    </Page>
  );
}
