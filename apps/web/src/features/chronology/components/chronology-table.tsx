import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { errorMessage } from '../../../lib/errors.ts';
import type { ChronologyEntry } from '../lib/types.ts';
import { SCREEN_PAGE } from '../lib/use-chronology.ts';

/** What the table needs of the query that reads the chronology a page at a time. */
export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * How many entries to put on the page: a page at a time on screen, every one read so far once printing
 * starts (from the Print button, which reads them all first, or from the browser's own menu).
 */
function useShownOnScreen(loaded: number) {
  const [limit, setLimit] = useState(SCREEN_PAGE);
  useEffect(() => {
    // Synchronously, so the rows are there before the browser lays out the pages.
    const showAll = () => flushSync(() => setLimit(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  return {
    shown: Math.min(limit, loaded),
    more: () => setLimit((current) => current + SCREEN_PAGE),
  };
}

/**
 * The entries, oldest first: a table that repeats its header on every printed page. On screen a long one
 * shows a page of entries at a time, reading the next page from the server when it is asked for.
 */
export function ChronologyTable({
  entries,
  total,
  more,
  showMatter,
}: {
  /** The entries read so far, oldest first. */
  entries: ChronologyEntry[];
  /** How many the whole chronology holds. */
  total: number;
  /** Reads the next page; null once the whole chronology has been read. */
  more: MorePages | null;
  /** For the whole case: which matter each entry belongs to. */
  showMatter: boolean;
}) {
  const { shown, more: showMore } = useShownOnScreen(entries.length);
  if (entries.length === 0) return <p>Nothing has been recorded yet.</p>;
  const all = Math.max(total, entries.length);
  const rest = all - shown;
  const showNext = async () => {
    if (shown + SCREEN_PAGE > entries.length && more?.hasNextPage) await more.fetchNextPage();
    showMore();
  };
  return (
    <>
      {entries.length < all ? (
        <p className="chronology__incomplete">
          <strong>Not complete:</strong> this print holds the first {entries.length} of {all} entries. To
          print all of them, use the Print button on the chronology page.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="table chronology__table">
          <caption className="chronology__caption">
            {all === 1 ? '1 entry' : `${all} entries`}, oldest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What</th>
              <th scope="col">With</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, shown).map((entry) => (
              <EntryRow key={entry.id} entry={entry} showMatter={showMatter} />
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 ? (
        <div className="chronology__more">
          <p role="status">
            The first {shown} of {all} entries are shown. Printing includes all of them.
          </p>
          <Button
            variant="secondary"
            busy={more?.isFetchingNextPage ?? false}
            busyLabel="Loading…"
            onClick={() => void showNext()}
          >
            Show {Math.min(rest, SCREEN_PAGE)} more {Math.min(rest, SCREEN_PAGE) === 1 ? 'entry' : 'entries'}
          </Button>
        </div>
      ) : null}
      {more?.isFetchNextPageError ? (
        <Alert>More entries could not be loaded. {errorMessage(more.error)}</Alert>
      ) : null}
    </>
  );
}

function EntryRow({ entry, showMatter }: { entry: ChronologyEntry; showMatter: boolean }) {
  return (
    <tr>
      <td className="chronology__date">
        <time dateTime={entry.date}>{formatCalendarDate(entry.date)}</time>
      </td>
      <td>
        <span className="chronology__heading">{entry.heading}</span>
        {showMatter && entry.matterKind ? (
          <span className="chronology__matter">{MATTER_KIND_LABELS[entry.matterKind]}</span>
        ) : null}
      </td>
      <td>{entry.counterpart}</td>
      <td className="chronology__details">
        {entry.title ? (
          <p>
            <strong>{entry.title}</strong>
          </p>
        ) : null}
        {entry.text ? <p className="chronology__text">{entry.text}</p> : null}
        {entry.attachments.length > 0 ? (
          <p className="chronology__attachments">
            {entry.attachments.length === 1 ? 'Attachment' : 'Attachments'}: {entry.attachments.join(', ')}
          </p>
        ) : null}
        <p className="chronology__recorded">Recorded by {entry.recordedBy}</p>
      </td>
    </tr>
  );
}
