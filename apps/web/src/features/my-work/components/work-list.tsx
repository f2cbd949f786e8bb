import { useId, type ReactNode } from 'react';
import { ShowMore } from '../../../components/show-more.tsx';
import type { NextRows } from '../lib/use-more-rows.ts';

/** One list on My work: a region named by its heading, with the number in it ("Overdue (3)"). */
export function WorkList({
  title,
  intro,
  empty,
  count,
  shown = count,
  order = 'oldest first',
  next,
  tone,
  status,
  children,
}: {
  title: string;
  intro?: string;
  empty: string;
  /** How many there are in all. */
  count: number;
  /** How many are listed, when the list is cut short. */
  shown?: number;
  /** Which come first, said when the list is cut short. */
  order?: string;
  /** For a list read a page at a time: the next rows, the button's words and what the rows are. */
  next?: { query: NextRows; label: string; what: string };
  tone?: 'overdue';
  /** When given, a polite live region for what was just done to a row (it may have left the list). */
  status?: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      // The alarm colour only when there is something in it.
      className={['section', 'work-list', tone && count > 0 ? `work-list--${tone}` : ''].join(' ')}
      aria-labelledby={id}
    >
      <h2 id={id}>
        {title} <span className="work-list__count">({count.toLocaleString('en-GB')})</span>
      </h2>
      {status === undefined ? null : (
        <div aria-live="polite">{status ? <p className="success-text">{status}</p> : null}</div>
      )}
      {count === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          {intro ? <p className="muted">{intro}</p> : null}
          {shown < count ? (
            <p>
              The first {shown.toLocaleString('en-GB')} of {count.toLocaleString('en-GB')} are shown, {order}.
            </p>
          ) : null}
          <ol className="work-rows">{children}</ol>
          {next ? <ShowMore query={next.query} label={next.label} what={next.what} /> : null}
        </>
      )}
    </section>
  );
}
