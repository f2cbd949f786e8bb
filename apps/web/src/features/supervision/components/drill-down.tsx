import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/button.tsx';
import { Pending } from '../../../components/pending.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { ResultCount } from '../../../components/result-count.tsx';
import { ShowMore } from '../../../components/show-more.tsx';
import { pagedCountText } from '../lib/format.ts';

interface DrillDownProps {
  /** What the list shows: "Cases with items overdue, week ending 23 Nov 2026". */
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The cases behind one figure of a chart, opened below it. Its heading takes focus when it opens (or shows
 * another figure), so keyboard and screen reader users land on it.
 */
export function DrillDown({ title, onClose, children }: DrillDownProps) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title]);
  return (
    <section className="drill-down" aria-labelledby={id}>
      <div className="drill-down__head">
        <h3 id={id} ref={ref} tabIndex={-1}>
          {title}
        </h3>
        <Button variant="secondary" className="button--small" onClick={onClose}>
          Close
        </Button>
      </div>
      {children}
    </section>
  );
}

/** What a drill-down list needs from its infinite query: pages of items with the total counted. */
interface DrillDownQuery<T> {
  isPending: boolean;
  isFetching: boolean;
  isFetchingNextPage: boolean;
  hasNextPage: boolean;
  isFetchNextPageError: boolean;
  data: { pages: { items: T[]; total: number }[] } | undefined;
  error: unknown;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

interface DrillDownListProps<T> {
  query: DrillDownQuery<T>;
  /** What loads, in the plural: "matters" gives "Loading the matters…" and "The matters could not be loaded". */
  noun: string;
  /** The words of the count above the table (see `pagedCountText`). */
  count: { one: string; many: string; none: string };
  caption: string;
  /** The column headings after the client's, and an item's cells after its client. */
  columns: ReactNode;
  cells: (item: T) => ReactNode;
  rowKey: (item: T) => string;
  showMore: { label: string; what: string };
}

/** A drill-down's list read a page at a time: a row per item, led by its client (a link to the profile). */
export function DrillDownList<T extends { personId: string; displayName: string }>({
  query,
  noun,
  count,
  caption,
  columns,
  cells,
  rowKey,
  showMore,
}: DrillDownListProps<T>) {
  if (query.isPending) return <Pending label={`Loading the ${noun}…`} />;
  if (query.data === undefined) {
    return (
      <QueryError
        title={`The ${noun} could not be loaded`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? items.length;
  return (
    <>
      <ResultCount query={query}>{pagedCountText(total, items.length, count)}</ResultCount>
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="table drill-down__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                {columns}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={rowKey(item)}>
                  <th scope="row">
                    <Link to="/clients/$clientId" params={{ clientId: item.personId }}>
                      {item.displayName}
                    </Link>
                  </th>
                  {cells(item)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ShowMore query={query} label={showMore.label} what={showMore.what} />
    </>
  );
}
