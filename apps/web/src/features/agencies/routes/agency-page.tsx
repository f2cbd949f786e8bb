import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { AGENCY_CATEGORY_LABELS } from '@umbrella/domain';
import { useState } from 'react';
import { FlashNotice } from '../../../components/flash.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { Page } from '../../../components/page.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { errorCode } from '../../../lib/errors.ts';
import { useTRPC } from '../../../trpc.ts';
import { useSession } from '../../auth/session.ts';
import { AGENCY_FIELDS, AgencyForm } from '../components/agency-form.tsx';
import { ContactForm } from '../components/contact-form.tsx';
import { ImmigrationWarning } from '../components/immigration-warning.tsx';
import { canChangeAgencyCategory } from '../lib/category-access.ts';
import type { AgencyWithContacts, ContactView } from '../lib/types.ts';

const route = getRouteApi('/app/agencies/$agencyId');
const CONFLICT_MESSAGE =
  'Someone else changed this while you were editing. Their version is shown above and your changes are still in the form: check them, then save again.';

export function AgencyPage() {
  const { agencyId } = route.useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.agencies.get.queryOptions({ id: agencyId }));

  if (query.isPending) {
    return (
      <Page title="Agency">
        <Pending />
      </Page>
    );
  }
  if (query.isError) {
    const missing = ['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(query.error) ?? '');
    return (
      <Page title={missing ? 'Agency not found' : 'Agency'}>
        {missing ? (
          <p>There is no agency at this address. The link may be incomplete.</p>
        ) : (
          <QueryError
            title="This agency could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        <p className="back-link">
          <Link to="/agencies">Back to agencies</Link>
        </p>
      </Page>
    );
  }
  return <AgencyDetails agency={query.data} />;
}

function AgencyDetails({ agency }: { agency: AgencyWithContacts }) {
  const { user } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.agencies.get.queryFilter({ id: agency.id })),
      queryClient.invalidateQueries(trpc.agencies.list.pathFilter()),
    ]);
  const update = useMutation(
    trpc.agencies.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setNotice('The changes have been saved.');
      },
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') void refresh();
      },
    }),
  );

  return (
    <Page title="Agency" heading={agency.name}>
      <p className="back-link">
        <Link to="/agencies">Back to agencies</Link>
      </p>
      <FlashNotice />
      {agency.isImmigrationEnforcement ? (
        <div className="alert alert--error">
          <p className="alert__title">Immigration enforcement</p>
          <p>Never share client information with this agency without a recorded decision.</p>
        </div>
      ) : null}
      <dl className="details">
        <div>
          <dt>Category</dt>
          <dd>
            {AGENCY_CATEGORY_LABELS[agency.category]}
            {agency.isImmigrationEnforcement ? (
              <>
                {' '}
                <ImmigrationWarning />
              </>
            ) : null}
          </dd>
        </div>
        {agency.address ? (
          <div>
            <dt>Address</dt>
            <dd className="pre-line">{agency.address}</dd>
          </div>
        ) : null}
        {agency.phone ? (
          <div>
            <dt>Phone</dt>
            <dd>{agency.phone}</dd>
          </div>
        ) : null}
        {agency.email ? (
          <div>
            <dt>E-mail address</dt>
            <dd className="break">{agency.email}</dd>
          </div>
        ) : null}
        {agency.website ? (
          <div>
            <dt>Website</dt>
            <dd className="break">
              <a href={agency.website} rel="noreferrer noopener" target="_blank">
                {agency.website}
              </a>
            </dd>
          </div>
        ) : null}
        {agency.notes ? (
          <div>
            <dt>Notes</dt>
            <dd className="pre-line">{agency.notes}</dd>
          </div>
        ) : null}
      </dl>

      <Section title="Contacts">
        <Contacts agency={agency} />
      </Section>

      <Section title="Edit agency">
        {notice && !update.isError ? (
          <p role="status" className="success-text">
            {notice}
          </p>
        ) : null}
        <AgencyForm
          agency={agency}
          categoryLocked={!canChangeAgencyCategory(user)}
          submitLabel="Save changes"
          busy={update.isPending}
          messages={
            <FormError
              error={update.error}
              fields={AGENCY_FIELDS}
              messages={{ CONFLICT: CONFLICT_MESSAGE }}
            />
          }
          onSubmit={(values) => update.mutateAsync({ id: agency.id, version: agency.version, ...values })}
        />
      </Section>
    </Page>
  );
}

function Contacts({ agency }: { agency: AgencyWithContacts }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.agencies.get.queryFilter({ id: agency.id }));
  const create = useMutation(trpc.agencies.createContact.mutationOptions({ onSuccess: refresh }));

  return (
    <>
      {notice ? (
        <p role="status" className="success-text">
          {notice}
        </p>
      ) : null}
      {agency.contacts.length === 0 ? (
        <p>No contacts recorded.</p>
      ) : (
        <ul className="contact-list">
          {agency.contacts.map((contact) => (
            <ContactItem key={contact.id} contact={contact} onSaved={setNotice} />
          ))}
        </ul>
      )}
      <Reveal label="Add a contact">
        {(done) => (
          <ContactForm
            submitLabel="Add contact"
            busy={create.isPending}
            messages={<FormError error={create.error} fields={['name', 'role', 'email', 'phone', 'notes']} />}
            onSubmit={async (values) => {
              const contact = await create.mutateAsync({ agencyId: agency.id, ...values });
              setNotice(`${contact.name} has been added.`);
              done();
            }}
            onCancel={() => {
              create.reset();
              done();
            }}
          />
        )}
      </Reveal>
    </>
  );
}

function ContactItem({ contact, onSaved }: { contact: ContactView; onSaved: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.agencies.updateContact.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.agencies.get.queryFilter({ id: contact.agencyId })),
    }),
  );
  return (
    <li className="contact-item">
      <p className="contact-item__name">
        <strong>{contact.name}</strong>
        {contact.role ? <span className="muted"> — {contact.role}</span> : null}
      </p>
      <p className="contact-item__ways">
        {[contact.phone, contact.email].filter(Boolean).join(' · ') || 'No phone or e-mail recorded'}
      </p>
      {contact.notes ? <p className="muted pre-line">{contact.notes}</p> : null}
      <Reveal label={`Edit ${contact.name}`} className="reveal--compact">
        {(done) => (
          <ContactForm
            contact={contact}
            submitLabel="Save contact"
            busy={update.isPending}
            messages={
              <FormError
                error={update.error}
                fields={['name', 'role', 'email', 'phone', 'notes']}
                messages={{ CONFLICT: CONFLICT_MESSAGE }}
              />
            }
            onSubmit={async (values) => {
              await update.mutateAsync({ id: contact.id, version: contact.version, ...values });
              onSaved('The contact has been saved.');
              done();
            }}
            onCancel={() => {
              update.reset();
              done();
            }}
          />
        )}
      </Reveal>
    </li>
  );
}
