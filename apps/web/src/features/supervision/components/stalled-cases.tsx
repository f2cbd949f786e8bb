import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MATTER_KIND_LABELS, REASSIGN_MAX, STALL_REASON_LABELS } from '@umbrella/domain';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { Section } from '../../../components/section.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { PAGED_QUERY_OPTIONS } from '../../../lib/paged-query.ts';
import { useTRPC } from '../../../trpc.ts';
import { keyWorkerOptions } from '../lib/caseload.ts';
import { isNarrowed, type StalledFilters } from '../lib/filters.ts';
import { idleText, pagedCountText } from '../lib/format.ts';
import { chosenShown, withChoice } from '../lib/selection.ts';
import type { StalledCase } from '../lib/types.ts';
import { REASON_TONES } from '../lib/reason-tones.ts';
import { ReassignForm } from './reassign-form.tsx';
import { StalledFiltersForm } from './stalled-filters.tsx';

const PAGE_SIZE = 25;

interface StalledCasesProps {
  filters: StalledFilters;
  onFilter: (filters: StalledFilters) => void;
}

/** The stalled open cases with why, filtered from the address; some or all of them can be reassigned. */
export function StalledCases({ filters, onFilter }: StalledCasesProps) {
  const trpc = useTRPC();
  const caseload = useQuery(trpc.supervision.caseload.queryOptions());
  const query = useInfiniteQuery(
    trpc.supervision.stalledCases.infiniteQueryOptions(
      {
        keyWorker: filters.keyWorker,
        matterKind: filters.matterKind,
        reason: filters.reason,
        sort: filters.sort,
        limit: PAGE_SIZE,
      },
      PAGED_QUERY_OPTIONS,
    ),
  );
  const firstPage = query.data?.pages[0];
  // What the last reassignment did: said here, as the cases it moved may leave the list (or empty it).
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  let body;
  if (query.isPending) body = <Pending label="Loading the stalled cases…" />;
  else if (query.data === undefined) {
    body = (
      <QueryError
        title="The stalled cases could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    const items = query.data.pages.flatMap((page) => page.items);
    const total = firstPage?.total ?? items.length;
    body = (
      <>
        <ResultCount query={query}>
          {pagedCountText(total, items.length, {
            one: 'stalled case',
            many: 'stalled cases',
            none: isNarrowed(filters) ? 'No stalled cases match these filters.' : 'No open case is stalled.',
          })}
        </ResultCount>
        <div aria-live="polite">
          {notice ? (
            <p ref={noticeRef} tabIndex={-1} className="success-text">
              {notice}
            </p>
          ) : null}
        </div>
        {items.length > 0 ? <StalledTable items={items} onReassigned={setNotice} /> : null}
        <ShowMore query={query} label="Show more stalled cases" what="stalled cases" />
      </>
    );
  }

  return (
    <Section title="Stalled cases">
      <StalledFiltersForm
        filters={filters}
        keyWorkers={caseload.data ? keyWorkerOptions(caseload.data.rows) : undefined}
        reasonCounts={firstPage?.reasonCounts}
        onChange={onFilter}
      />
      {body}
    </Section>
  );
}

/** The list with a tick box per case, and the reassignment of those ticked. */
function StalledTable({
  items,
  onReassigned,
}: {
  items: StalledCase[];
  /** After a reassignment, with what it did (null as a new one starts). */
  onReassigned: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [reassigning, setReassigning] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const allRef = useRef<HTMLInputElement>(null);

  const shownIds = items.map((item) => item.personId);
  const picked = chosenShown(chosen, items);
  const allPicked = picked.length > 0 && picked.length === new Set(shownIds).size;
  const tooMany = picked.length > REASSIGN_MAX;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = picked.length > 0 && !allPicked;
  }, [picked.length, allPicked]);

  // Opening the form moves focus into it; cancelling returns focus to the button, as `Reveal` does (after a
  // change, the notice above the list takes it).
  useEffect(() => {
    if (reassigning) {
      const panel = panelRef.current;
      panel?.querySelector<HTMLElement>('select, input, textarea')?.focus();
      if (panel && !panel.contains(document.activeElement)) panel.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [reassigning]);

  const pick = (personIds: string[], on: boolean) => {
    setChosen(withChoice(chosen, personIds, on));
    // The form lists the caseworkers: load them while cases are being ticked, so it opens ready.
    if (on) void queryClient.prefetchQuery(trpc.staff.list.queryOptions());
  };

  const closeForm = (message?: string) => {
    setReassigning(false);
    if (message) {
      setChosen(new Set());
      onReassigned(message);
    } else {
      returnFocus.current = true;
    }
  };

  return (
    <>
      <div className="stalled__actions">
        <p className="stalled__chosen">
          {picked.length === 0
            ? 'Tick cases to reassign them.'
            : `${picked.length} ${picked.length === 1 ? 'case' : 'cases'} ticked.`}
        </p>
        {reassigning ? null : (
          <Button
            ref={buttonRef}
            variant="secondary"
            disabled={picked.length === 0 || tooMany}
            onClick={() => {
              onReassigned(null);
              setReassigning(true);
            }}
          >
            Reassign selected
          </Button>
        )}
      </div>
      {tooMany ? (
        <Alert tone="info">At most {REASSIGN_MAX} clients can be moved at once. Untick some first.</Alert>
      ) : null}
      <div ref={panelRef} tabIndex={-1} hidden={!reassigning} className="stalled__reassign">
        {reassigning ? <ReassignForm personIds={picked} onDone={closeForm} handOverResult /> : null}
      </div>
      <table className="table stalled-table">
        <caption className="visually-hidden">
          Stalled cases, with the key worker, the time without activity and the reasons
        </caption>
        <thead>
          <tr>
            <td className="stalled-table__pick">
              <input
                ref={allRef}
                type="checkbox"
                className="field__checkbox"
                aria-label="Tick every case shown"
                checked={allPicked}
                onChange={(event) => pick(shownIds, event.target.checked)}
              />
            </td>
            <th scope="col">Client</th>
            <th scope="col">Key worker</th>
            <th scope="col">Without activity</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <StalledRow
              key={item.caseId}
              item={item}
              picked={chosen.has(item.personId)}
              onPick={(on) => pick([item.personId], on)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

function StalledRow({
  item,
  picked,
  onPick,
}: {
  item: StalledCase;
  picked: boolean;
  onPick: (on: boolean) => void;
}) {
  const idle = idleText(item);
  return (
    <tr className={picked ? 'stalled-table__row--picked' : undefined}>
      <td className="stalled-table__pick">
        <input
          type="checkbox"
          className="field__checkbox"
          aria-label={`Tick ${item.displayName}`}
          checked={picked}
          onChange={(event) => onPick(event.target.checked)}
        />
      </td>
      <th scope="row" className="stalled-table__client">
        <Link to="/clients/$clientId" params={{ clientId: item.personId }}>
          {item.displayName}
        </Link>
        {item.restricted ? (
          <>
            {' '}
            <Badge tone="warning">Restricted</Badge>
          </>
        ) : null}
        {item.matterKinds.length > 0 ? (
          <span className="stalled-table__kinds">
            {item.matterKinds.map((kind) => MATTER_KIND_LABELS[kind]).join(', ')}
          </span>
        ) : null}
      </th>
      <td data-label="Key worker">
        {item.keyWorker ? item.keyWorker.displayName : <span className="muted">None</span>}
      </td>
      <td data-label="Without activity">
        <strong>{idle.days}</strong>
        <span className="stalled-table__since">{idle.since}</span>
      </td>
      <td data-label="Why" className="stalled-table__why">
        <span className="stalled-table__reasons">
          {item.reasons.map((reason) => (
            <Badge key={reason} tone={REASON_TONES[reason]}>
              {STALL_REASON_LABELS[reason]}
            </Badge>
          ))}
        </span>
        {item.flags.length > 0 ? (
          <ul className="stalled-table__sentences">
            {item.flags.map((flag, index) => (
              <li key={`${flag.reason}-${index}`}>{flag.sentence}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}
