import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ALIAS_KIND_LABELS, MATTER_KIND_LABELS } from '@umbrella/domain';
import { useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { FlashNotice } from '../../../components/flash.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useTRPC } from '../../../trpc.ts';
import { AppointmentsSection } from '../../appointments/components/appointments-section.tsx';
import { BreakGlassBanner } from '../../break-glass/components/break-glass-banner.tsx';
import { CommunicationsSection } from '../../communications/components/communications-section.tsx';
import { ConsentsSection } from '../../consents/components/consents-section.tsx';
import { DeadlinesSection } from '../../deadlines/components/deadlines-section.tsx';
import { DisclosuresSection } from '../../disclosures/components/disclosures-section.tsx';
import { MatterPanel } from '../../matters/components/matter-panel.tsx';
import { OpenMatterForm } from '../../matters/components/open-matter-form.tsx';
import { RetentionSection } from '../../retention/components/retention-section.tsx';
import { SubjectAccessSection } from '../../sar/components/subject-access-section.tsx';
import { SupervisionSection } from '../../supervision/components/supervision-section.tsx';
import { AddNoteForm } from '../components/add-note-form.tsx';
import { CaseFileForm } from '../components/case-file-form.tsx';
import { ClientHeader } from '../components/client-header.tsx';
import { ClientLoadError } from '../components/client-load-error.tsx';
import { SwimlaneTimeline } from '../components/swimlane-timeline.tsx';
import { anonymisedNotice } from '../lib/anonymised.ts';
import { eventDescription } from '../lib/timeline-layout.ts';
import type { ClientProfile } from '../lib/types.ts';
import { useClientTimeline } from '../lib/use-client-timeline.ts';

const route = getRouteApi('/app/clients/$clientId');

export function ClientPage() {
  const { clientId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.clients.get.queryOptions({ id: clientId }));

  if (query.isPending) {
    return (
      <Page title="Client">
        <Pending />
      </Page>
    );
  }
  if (query.isError) {
    return <ClientLoadError title="Client" error={query.error} retry={() => void query.refetch()} />;
  }
  return <ClientRecord client={query.data} />;
}

function ClientRecord({ client }: { client: ClientProfile }) {
  // The title names the page, never the person: titles end up in history, tabs and screen shares.
  usePageTitle('Client');
  const [noteNotice, setNoteNotice] = useState<string | null>(null);
  const [matterNotice, setMatterNotice] = useState<string | null>(null);
  const [caseNotice, setCaseNotice] = useState<string | null>(null);
  // Retention anonymised the record: it can be read but no longer changed (the server refuses every write),
  // so the sections made for working on it and every form are left out.
  const editable = client.anonymisedAt === null;

  return (
    <div className="client-record">
      <p className="back-link">
        <Link to="/clients">Back to clients</Link>
      </p>
      <FlashNotice />
      {client.anonymisedAt ? (
        <Alert tone="info" title={anonymisedNotice(client.anonymisedAt)}>
          <p>Its identifying details were removed. It can be read but no longer changed.</p>
        </Alert>
      ) : null}
      <ClientHeader client={client} />
      <BreakGlassBanner client={client} />

      {editable ? (
        <>
          <SupervisionSection client={client} />

          <DeadlinesSection personId={client.id} matters={client.matters} />

          <CommunicationsSection personId={client.id} matters={client.matters} />

          <ConsentsSection personId={client.id} />
        </>
      ) : null}

      <DisclosuresSection personId={client.id} />

      {editable ? (
        <>
          <SubjectAccessSection clientId={client.id} />

          <AppointmentsSection client={client} matters={client.matters} />
        </>
      ) : null}

      <Section title="Timeline">
        <Timeline client={client} />
      </Section>

      <Section title="Matters">
        {matterNotice ? (
          <p role="status" className="success-text">
            {matterNotice}
          </p>
        ) : null}
        {!editable ? (
          <MatterSummaries client={client} />
        ) : client.matters.length === 0 ? (
          <p>
            No matters yet. Open one for each track of their case: a police report, an NRM referral, an asylum
            claim or social services.
          </p>
        ) : (
          <div className="matter-panels">
            {client.matters.map((matter) => (
              <MatterPanel key={matter.id} matter={matter} clientId={client.id} />
            ))}
          </div>
        )}
        {editable ? (
          <Reveal label="Open a matter" className="open-matter">
            {(done) => (
              <OpenMatterForm
                caseId={client.case.id}
                clientId={client.id}
                onDone={(message) => {
                  setMatterNotice(message);
                  done();
                }}
                onCancel={done}
              />
            )}
          </Reveal>
        ) : null}
      </Section>

      <Section title="Notes">
        {noteNotice ? (
          <p role="status" className="success-text">
            {noteNotice}
          </p>
        ) : null}
        {editable ? (
          <Reveal label="Add a note" variant="primary">
            {(done) => (
              <AddNoteForm
                clientId={client.id}
                matters={client.matters}
                onDone={(message) => {
                  setNoteNotice(message);
                  done();
                }}
                onCancel={done}
              />
            )}
          </Reveal>
        ) : null}
        <RecentNotes client={client} />
      </Section>

      <Section title="Other names">
        {client.aliases.length === 0 ? (
          <p>No other names recorded.</p>
        ) : (
          <ul className="alias-list">
            {client.aliases.map((alias) => (
              <li key={alias.id}>
                <strong>{alias.name}</strong> <span className="muted">({ALIAS_KIND_LABELS[alias.kind]})</span>
                {alias.knownToAgencies.length > 0 ? (
                  <> — known by this name to {alias.knownToAgencies.map((a) => a.name).join(', ')}</>
                ) : null}
                {alias.notes ? <p className="muted pre-line">{alias.notes}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {client.notes ? (
        <Section title="Background">
          <p className="pre-line">{client.notes}</p>
        </Section>
      ) : null}

      <Section title="Case file">
        {caseNotice ? (
          <p role="status" className="success-text">
            {caseNotice}
          </p>
        ) : null}
        {editable ? (
          <CaseFileForm client={client} onDone={setCaseNotice} />
        ) : (
          <CaseFileSummary client={client} />
        )}
      </Section>

      <RetentionSection clientId={client.id} />
    </div>
  );
}

/** The matters of a record that can no longer be changed: what they were and where they got to. */
function MatterSummaries({ client }: { client: ClientProfile }) {
  if (client.matters.length === 0) return <p>No matters were opened.</p>;
  return (
    <ul>
      {client.matters.map((matter) => (
        <li key={matter.id}>
          <strong>{MATTER_KIND_LABELS[matter.kind]}</strong>: {matter.stageLabel}
          {matter.closed ? ' (closed)' : ''}{' '}
          <span className="muted">· opened {formatCalendarDate(matter.openedOn)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The case file of a record that can no longer be changed. */
function CaseFileSummary({ client }: { client: ClientProfile }) {
  const file = client.case;
  return (
    <p>
      {file.status === 'open' ? 'Open' : 'Closed'}: opened {formatCalendarDate(file.openedOn)}
      {file.closedOn ? `, closed ${formatCalendarDate(file.closedOn)}` : ''}. Lead caseworker:{' '}
      {file.leadCaseworker?.displayName ?? 'none'}.
    </p>
  );
}

function Timeline({ client }: { client: ClientProfile }) {
  const { query, events } = useClientTimeline(client.id);
  if (query.isPending) return <Pending label="Loading the timeline…" />;
  if (events === undefined) {
    return (
      <QueryError
        title="The timeline could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const earliest = events[0];
  return (
    <>
      <SwimlaneTimeline
        matters={client.matters}
        events={events}
        caseOpenedOn={client.case.openedOn}
        caseClosedOn={client.case.closedOn}
      />
      {query.hasNextPage && earliest ? (
        <p className="muted">
          The latest {events.length} events are shown, back to {formatCalendarDate(earliest.occurredOn)}.
        </p>
      ) : null}
      <ShowMore query={query} label="Show earlier events" what="events" />
    </>
  );
}

/** The latest notes in full, including notes written with a stage change (the timeline shows them as markers). */
function RecentNotes({ client }: { client: ClientProfile }) {
  const { query, newestFirst } = useClientTimeline(client.id);
  const [all, setAll] = useState(false);
  // A key worker change carries its sentence as a note: it is on the timeline, not one of the notes.
  const notes = (newestFirst ?? []).filter((e) => e.note && e.kind !== 'key_worker_changed');
  if (query.isPending) return null;
  // Read newest first, so the latest notes are always here; older ones come with earlier events.
  const earlier = query.hasNextPage
    ? 'Earlier notes appear here as earlier events are shown on the timeline.'
    : null;
  if (notes.length === 0) {
    return (
      <p className="muted">{earlier ? `No notes among the latest events. ${earlier}` : 'No notes yet.'}</p>
    );
  }
  const shown = all ? notes : notes.slice(0, 5);
  return (
    <>
      <ol className="note-list" aria-label="Latest notes, newest first">
        {shown.map((event) => {
          const matter = event.matterId ? client.matters.find((m) => m.id === event.matterId) : undefined;
          return (
            <li key={event.id} className="note">
              <p className="note__meta">
                <time dateTime={event.occurredOn}>{formatCalendarDate(event.occurredOn)}</time>
                {' · '}
                {matter ? MATTER_KIND_LABELS[matter.kind] : 'Case file'}
                {event.kind === 'note' ? null : `: ${eventDescription(event)}`}
                <span className="muted"> · {event.recordedBy.displayName}</span>
              </p>
              <p className="pre-line note__text">{event.note}</p>
            </li>
          );
        })}
      </ol>
      {notes.length > 5 ? (
        <Button variant="link" onClick={() => setAll((v) => !v)}>
          {all
            ? 'Show only the latest notes'
            : earlier
              ? `Show the latest ${notes.length} notes`
              : `Show all ${notes.length} notes`}
        </Button>
      ) : null}
      {earlier && (all || notes.length <= 5) ? <p className="muted">{earlier}</p> : null}
    </>
  );
}
