import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDateTime } from '@umbrella/domain';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/field.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { Reveal } from '../../../components/reveal.tsx';
import { Section } from '../../../components/section.tsx';
import { useTRPC } from '../../../trpc.ts';
import { grantPeriodText, pageRangeText } from '../lib/break-glass.ts';
import type { BreakGlassGrant } from '../lib/types.ts';
import { ReviewGrantForm } from './review-grant-form.tsx';

const PAGE_SIZE = 10;

/**
 * The supervisors' dashboard: each time a caseworker opened a restricted record outside their teams, with
 * their reason, until a supervisor has reviewed it (the reviewed ones on request). A page at a time.
 */
export function BreakGlassReviewSection() {
  const trpc = useTRPC();
  const [withReviewed, setWithReviewed] = useState(false);
  const [offset, setOffset] = useState(0);
  const query = useQuery({
    ...trpc.breakGlass.list.queryOptions({
      show: withReviewed ? 'all' : 'to_review',
      offset,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // A review can empty the last page: step back to one that has rows.
  const total = query.data?.total;
  useEffect(() => {
    if (total !== undefined && offset > 0 && offset >= total) {
      setOffset(Math.max(0, Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE));
    }
  }, [total, offset]);

  let body;
  if (query.isPending) body = <Pending label="Loading break-glass access…" />;
  else if (query.data === undefined) {
    body = (
      <QueryError
        title="Break-glass access could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const { items } = query.data;
    body =
      items.length === 0 ? (
        <p>{withReviewed ? 'Nobody has used break-glass yet.' : 'No break-glass access to review.'}</p>
      ) : (
        <>
          <p role="status" className="result-count" aria-busy={query.isFetching}>
            {pageRangeText(offset, items.length, query.data.total)}
            {withReviewed ? '' : ' to review'}.
          </p>
          <ul className="note-list" aria-label="Break-glass access, to review first">
            {items.map((grant) => (
              <GrantItem key={grant.id} grant={grant} onReviewed={setNotice} />
            ))}
          </ul>
          {query.data.total > PAGE_SIZE ? (
            <nav className="button-row" aria-label="Pages of break-glass access">
              <Button
                variant="secondary"
                disabled={offset === 0 || query.isFetching}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                Previous
              </Button>
              <Button
                variant="secondary"
                disabled={offset + PAGE_SIZE >= query.data.total || query.isFetching}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next
              </Button>
            </nav>
          ) : null}
        </>
      );
  }

  return (
    <Section title="Break-glass access to review">
      <p className="muted">
        Each time a caseworker opened a restricted record outside their teams, with the reason they gave.
        Everything they viewed or changed is in the audit log. Mark each one reviewed once you have looked
        into it.
      </p>
      {notice ? (
        <p ref={noticeRef} tabIndex={-1} role="status" className="success-text">
          {notice}
        </p>
      ) : null}
      <CheckboxField
        label="Show those already reviewed too"
        checked={withReviewed}
        onChange={(event) => {
          setWithReviewed(event.target.checked);
          setOffset(0);
        }}
      />
      {body}
    </Section>
  );
}

function GrantItem({ grant, onReviewed }: { grant: BreakGlassGrant; onReviewed: (message: string) => void }) {
  return (
    <li className="note">
      <p className="note__meta">
        {grant.user.displayName} opened the record of{' '}
        <Link to="/clients/$clientId" params={{ clientId: grant.client.id }}>
          {grant.client.displayName}
        </Link>{' '}
        {grant.running ? <Badge tone="warning">Still open</Badge> : null}{' '}
        {grant.reviewedAt ? <Badge tone="success">Reviewed</Badge> : null}
      </p>
      <p className="muted">{grantPeriodText(grant)}</p>
      <p className="pre-line note__text">
        <strong>Reason:</strong> {grant.reason}
      </p>
      {grant.reviewedAt && grant.reviewedBy ? (
        <p className="muted">
          Reviewed by {grant.reviewedBy.displayName} on {formatDateTime(grant.reviewedAt)}
          {grant.reviewNote ? (
            <>
              : <span className="pre-line">{grant.reviewNote}</span>
            </>
          ) : (
            '.'
          )}
        </p>
      ) : grant.canReview ? (
        <Reveal label="Mark reviewed">
          {(done) => (
            <ReviewGrantForm
              grant={grant}
              onDone={(message) => {
                onReviewed(message);
                done();
              }}
              onCancel={done}
            />
          )}
        </Reveal>
      ) : null}
    </li>
  );
}
