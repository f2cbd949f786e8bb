import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '../../../components/button.tsx';
import { formatCalendarDate } from '../../../lib/dates.ts';
import type { ChronologyEntry } from '../lib/types.ts';

/** How many entries the screen shows at first, and adds at a time: a long case has thousands, each in full. */
const SCREEN_PAGE = 100;

/**
 * How many entries to put on the page: a page at a time on screen, every one of them once printing starts
 * (from the Print button or the browser's own menu), since the printed document must be whole.
 */
function useShownOnScreen(total: number) {
  const [limit, setLimit] = useState(SCREEN_PAGE);
  useEffect(() => {
    // Synchronously, so the rows are there before the browser lays out the pages.
    const showAll = () => flushSync(() => setLimit(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  return {
    shown: Math.min(limit, total),
    more: () => setLimit((current) => current + SCREEN_PAGE),
  };
}

/**
 * The entries, oldest first: a table that repeats its header on every printed page. On screen a long one
 * shows a page of entries at a time.
 */
export function ChronologyTable({
  entries,
  showMatter,
}: {
  entries: ChronologyEntry[];
  /** For the whole case: which matter each entry belongs to. */
  showMatter: boolean;
}) {
  const { shown, more } = useShownOnScreen(entries.length);
  if (entries.length === 0) return <p>Nothing has been recorded yet.</p>;
  const rest = entries.length - shown;
  return (
    <>
      <div className="table-scroll">
        <table className="table chronology__table">
          <caption className="chronology__caption">
            {entries.length === 1 ? '1 entry' : `${entries.length} entries`}, oldest first
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
            The first {shown} of {entries.length} entries are shown. Printing includes all of them.
          </p>
          <Button variant="secondary" onClick={more}>
            Show {Math.min(rest, SCREEN_PAGE)} more {rest === 1 ? 'entry' : 'entries'}
          </Button>
        </div>
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
