import type { VolunteerCard } from '../lib/types.ts';
import { LanguageDetails } from '../../../components/language-details.tsx';

const yesNo = (safe: boolean) => (
  <span className={safe ? 'safe-answer safe-answer--yes' : 'safe-answer safe-answer--no'}>
    {safe ? 'Yes' : 'No'}
  </span>
);

/**
 * Who the volunteer is meeting: only what the appointment needs (DOMAIN.md §1). The name they use, how to
 * speak with them, and how they may safely be contacted, said plainly.
 */
export function ClientCard({ client }: { client: VolunteerCard['client'] }) {
  const { safeContact } = client;
  return (
    <div className="client-card">
      <p className="client-card__name">
        {client.displayName}
        {client.pronouns ? <span className="client-card__pronouns"> ({client.pronouns})</span> : null}
      </p>
      <dl className="details details--compact">
        <LanguageDetails
          languages={client.languages}
          interpreterNeeded={client.interpreterNeeded}
          interpreterLanguage={client.interpreterLanguage}
        />
      </dl>
      <h3 className="client-card__subtitle">Safe contact</h3>
      <p className="muted">If you need to contact them before or after the appointment.</p>
      <dl className="details details--compact safe-answers">
        <div>
          <dt>Safe to call</dt>
          <dd>{yesNo(safeContact.call)}</dd>
        </div>
        <div>
          <dt>Safe to text</dt>
          <dd>{yesNo(safeContact.text)}</dd>
        </div>
        <div>
          <dt>Safe to leave voicemail</dt>
          <dd>{yesNo(safeContact.voicemail)}</dd>
        </div>
        <div>
          <dt>Safe to send post</dt>
          <dd>{yesNo(safeContact.post)}</dd>
        </div>
        <div>
          <dt>Code word</dt>
          <dd>{safeContact.codeWord ?? 'None'}</dd>
        </div>
        <div>
          <dt>Safe times</dt>
          <dd>{safeContact.safeTimes ?? 'Not recorded'}</dd>
        </div>
        {safeContact.notes ? (
          <div>
            <dt>Notes</dt>
            <dd className="pre-line">{safeContact.notes}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
