import { Link } from '@tanstack/react-router';
import { LanguageDetails } from '../../../components/language-details.tsx';
import { formatDate } from '@umbrella/domain';
import { useRef } from 'react';
import { useFocusAfterNavigation } from '../../../components/page.tsx';
import { Badge } from '../../../components/badge.tsx';
import { formatCalendarDate, formatMonthYear } from '../../../lib/dates.ts';
import { contactRules, riskFlagLabel } from '../lib/labels.ts';
import type { ClientProfile } from '../lib/types.ts';

function dateOfBirthText(client: ClientProfile): string {
  if (!client.dateOfBirth || client.dateOfBirthPrecision === 'unknown') return 'Not known';
  return client.dateOfBirthPrecision === 'approximate'
    ? `About ${formatMonthYear(client.dateOfBirth)}`
    : formatCalendarDate(client.dateOfBirth);
}

/**
 * The top of a client's record: who they are, how (and whether) they may be contacted, and what to be careful
 * of. It comes first on the page, before anything else about them, so nobody contacts them unsafely.
 */
export function ClientHeader({ client }: { client: ClientProfile }) {
  const rules = contactRules(client.safeContact);
  const { codeWord, safeTimes, notes } = client.safeContact;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusAfterNavigation(headingRef);

  return (
    <header className="client-header" aria-labelledby="client-name">
      <div className="client-header__title">
        <h1 id="client-name" ref={headingRef} tabIndex={-1}>
          {client.displayName}
        </h1>
        {client.pronouns ? <span className="client-header__pronouns">{client.pronouns}</span> : null}
        {client.restricted ? <Badge tone="warning">Restricted</Badge> : null}
        {client.archivedAt ? <Badge>Archived {formatDate(client.archivedAt)}</Badge> : null}
        {client.case.status === 'closed' ? <Badge>Case closed</Badge> : null}
      </div>

      <section className="safe-contact" aria-labelledby="safe-contact-title">
        <h2 id="safe-contact-title" className="safe-contact__title">
          Safe contact
        </h2>
        <ul className="contact-rules">
          {rules.map((rule) => (
            <li
              key={rule.key}
              className={`contact-rule ${rule.safe ? 'contact-rule--safe' : 'contact-rule--unsafe'}`}
            >
              <span aria-hidden="true" className="contact-rule__icon">
                {rule.safe ? '✓' : '✕'}
              </span>
              {rule.text}
            </li>
          ))}
        </ul>
        <dl className="details details--compact">
          <div>
            <dt>Code word</dt>
            <dd>{codeWord ?? 'None'}</dd>
          </div>
          <div>
            <dt>Safe times</dt>
            <dd>{safeTimes ?? 'Not recorded'}</dd>
          </div>
          {notes ? (
            <div>
              <dt>Contact notes</dt>
              <dd className="pre-line">{notes}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {client.riskFlags.length > 0 ? (
        <section className="client-header__flags" aria-labelledby="risk-flags-title">
          <h2 id="risk-flags-title" className="client-header__subtitle">
            Risk flags
          </h2>
          <ul className="chip-list chip-list--inline">
            {client.riskFlags.map((flag) => (
              <li key={flag} className="flag-chip">
                {riskFlagLabel(flag)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <dl className="details details--compact client-header__facts">
        <LanguageDetails
          languages={client.languages}
          interpreterNeeded={client.interpreterNeeded}
          interpreterLanguage={client.interpreterLanguage}
        />
        <div>
          <dt>Key worker</dt>
          <dd>{client.keyWorker?.displayName ?? 'None'}</dd>
        </div>
        <div>
          <dt>Team</dt>
          <dd>{client.team?.name ?? 'None'}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{dateOfBirthText(client)}</dd>
        </div>
        {client.nationality ? (
          <div>
            <dt>Nationality</dt>
            <dd>{client.nationality}</dd>
          </div>
        ) : null}
      </dl>
      {client.anonymisedAt ? null : (
        <p className="client-header__actions">
          <Link
            to="/clients/$clientId/edit"
            params={{ clientId: client.id }}
            className="button button--secondary button--small"
          >
            Edit client details
          </Link>
        </p>
      )}
    </header>
  );
}
