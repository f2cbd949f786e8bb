import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ComponentProps } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { useTRPC } from '../../../trpc.ts';
import { consentGivenText, NO_CONSENT_TEXT, withdrawnText } from '../lib/consent-form.ts';
import type { ClientConsents, ConsentView } from '../lib/types.ts';
import { RecordConsentForm } from './record-consent-form.tsx';
import { WithdrawConsentForm } from './withdraw-consent-form.tsx';
import '../consents.css';

/**
 * What the client agreed may be shared, and with whom, in plain words: the consents in force, each with how
 * and when it was given and any limits, and those withdrawn, read a page at a time. Staff who may change the
 * record record and withdraw them here.
 */
export function ConsentsSection({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.consents.forClient.infiniteQueryOptions(
      { personId, limit: PAGE_SIZE },
      // Not the paged lists' placeholder: another client's consents must never stand in for this one's.
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  let body;
  if (query.isPending) body = <Pending label="Loading the consents…" />;
  else if (query.data === undefined) {
    body = (
      <QueryError
        title="The consents could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else body = <ConsentsBody personId={personId} pages={query.data.pages} more={query} />;
  return <Section title="Consent to share">{body}</Section>;
}

/** How many consents the section reads at a time. */
const PAGE_SIZE = 25;

function ConsentsBody({
  personId,
  pages,
  more,
}: {
  personId: string;
  /** Read so far, in the server's order: those in force first, then the others. */
  pages: ClientConsents[];
  more: ComponentProps<typeof ShowMore>['query'];
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const data = pages[0];
  const consents = pages.flatMap((page) => page.consents);
  const inForce = consents.filter((c) => c.inForce);
  const withdrawn = consents.filter((c) => !c.inForce);
  const counts = data?.counts ?? { inForce: 0, notInForce: 0 };
  // Those in force come first: the others follow once every one in force is shown.
  const moreInForce = inForce.length < counts.inForce;
  return (
    <>
      {/* Always present, so a screen reader announces the text when it arrives. */}
      <p role="status" className="success-text consents__status">
        {notice}
      </p>
      {inForce.length === 0 ? (
        <p>{NO_CONSENT_TEXT}</p>
      ) : (
        <ul className="consent-list" aria-label="Consents in force">
          {inForce.map((consent) => (
            <li key={consent.id} className="consent">
              <ConsentFacts consent={consent} />
              {data?.canChange ? (
                <Reveal label="Withdraw" className="reveal--compact">
                  {(done) => (
                    <WithdrawConsentForm
                      personId={personId}
                      consent={consent}
                      onDone={(message) => {
                        setNotice(message);
                        done();
                      }}
                      onCancel={done}
                    />
                  )}
                </Reveal>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {moreInForce ? <ShowMore query={more} label="Show more consents in force" what="consents" /> : null}
      {counts.notInForce > 0 ? (
        <details className="consents__withdrawn">
          <summary>
            {counts.notInForce === 1 ? '1 consent withdrawn' : `${counts.notInForce} consents withdrawn`}
          </summary>
          {withdrawn.length > 0 ? (
            <ul className="consent-list" aria-label="Consents withdrawn">
              {withdrawn.map((consent) => (
                <li key={consent.id} className="consent consent--withdrawn">
                  <ConsentFacts consent={consent} />
                </li>
              ))}
            </ul>
          ) : null}
          {moreInForce ? (
            <p className="muted">They are listed once every consent in force is shown.</p>
          ) : (
            <ShowMore query={more} label="Show more withdrawn consents" what="consents" />
          )}
        </details>
      ) : null}
      {data?.canChange ? (
        <Reveal label="Record consent" variant="primary" className="consents__record">
          {(done) => (
            <RecordConsentForm
              personId={personId}
              onDone={(message) => {
                setNotice(message);
                done();
              }}
              onCancel={done}
            />
          )}
        </Reveal>
      ) : null}
    </>
  );
}

function ConsentFacts({ consent }: { consent: ConsentView }) {
  return (
    <>
      <p className="consent__sentence">
        {consent.inForce ? null : <Badge>Withdrawn</Badge>} {consent.sentence}
      </p>
      <p className="consent__meta">
        {consentGivenText(consent)}; recorded by {consent.recordedBy.displayName} on{' '}
        {formatCalendarDate(todayInLondon(new Date(consent.recordedAt)))}.
      </p>
      {consent.scope ? (
        <p className="consent__scope">
          <strong>Limits:</strong> <span className="pre-line">{consent.scope}</span>
        </p>
      ) : null}
      {consent.document ? (
        <p className="consent__document">
          Signed form:{' '}
          <a href={`/files/${consent.document.id}`} download={consent.document.filename}>
            {consent.document.filename}
          </a>
        </p>
      ) : null}
      {consent.withdrawnAt ? (
        <p className="consent__withdrawn">
          {withdrawnText(consent)}
          {consent.withdrawalNote ? <span className="pre-line"> {consent.withdrawalNote}</span> : null}
        </p>
      ) : null}
    </>
  );
}
