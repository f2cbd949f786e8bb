import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { SelectField } from '../../../components/field.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { SearchForm } from '../../../components/search-form.tsx';
import { Section } from '../../../components/section.tsx';
import type { MatterView } from '../../matters/lib/types.ts';
import { blankDraft } from '../lib/log-form.ts';
import { useOpenCommunication } from '../lib/use-open-communication.ts';
import { CommunicationDetail } from './communication-detail.tsx';
import { CommunicationList } from './communication-list.tsx';
import { LogCommunicationForm } from './log-communication-form.tsx';
import { MatterOptions } from './matter-options.tsx';

/**
 * A client's log of letters, e-mails, calls and meetings with agencies: logging one, finding one (by matter
 * or by words in it), opening one to chase it, mark its reply or confirm it in writing.
 */
export function CommunicationsSection({
  personId,
  matters,
}: {
  personId: string;
  matters: readonly MatterView[];
}) {
  const { openId, close } = useOpenCommunication();
  const listRef = useRef<HTMLDivElement>(null);
  // Closing returns the reader to the communication in the list (when it is there), not to the page's top.
  const closeDetail = (id: string) => {
    close();
    listRef.current?.querySelector<HTMLElement>(`[data-communication="${id}"] a`)?.focus();
  };
  const [matterId, setMatterId] = useState<string | undefined>(undefined);
  // The words searched for stay in the page: never in the address.
  const [search, setSearch] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Section title="Communications">
      {notice ? (
        <p role="status" className="success-text">
          {notice}
        </p>
      ) : null}
      <Reveal label="Log a communication" variant="primary" className="log-communication">
        {(done) => (
          <LogCommunicationForm
            personId={personId}
            matters={matters}
            draft={blankDraft()}
            onDone={(message) => {
              setNotice(message);
              done();
            }}
            onCancel={done}
          />
        )}
      </Reveal>
      {openId ? (
        <CommunicationDetail
          key={openId}
          id={openId}
          personId={personId}
          matters={matters}
          onClose={() => closeDetail(openId)}
        />
      ) : null}
      <div className="communications__tools">
        <form
          className="filters"
          aria-label="Filter communications"
          onSubmit={(event) => event.preventDefault()}
        >
          <SelectField
            label="Matter"
            value={matterId ?? ''}
            onChange={(event) => setMatterId(event.target.value || undefined)}
          >
            <MatterOptions matters={matters} emptyLabel="All matters" />
          </SelectField>
        </form>
        <SearchForm
          name="Communications"
          label="Words in them"
          hint="Searches the subjects and texts of this client’s communications."
          search={search}
          onSearch={setSearch}
        />
        <p className="communications__chronology">
          <Link
            to="/clients/$clientId/chronology"
            params={{ clientId: personId }}
            search={matterId ? { matter: matterId } : {}}
          >
            Printable chronology{matterId ? ' of this matter' : ''}
          </Link>
        </p>
      </div>
      <div ref={listRef}>
        <CommunicationList personId={personId} matterId={matterId} search={search} openId={openId} />
      </div>
    </Section>
  );
}
