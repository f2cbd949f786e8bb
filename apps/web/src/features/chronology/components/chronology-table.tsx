import { MATTER_KIND_LABELS } from '@umbrella/domain';
import { formatCalendarDate } from '../../../lib/dates.ts';
import type { ChronologyEntry } from '../lib/types.ts';

/** The entries, oldest first: a table that repeats its header on every printed page. */
export function ChronologyTable({
  entries,
  showMatter,
}: {
  entries: ChronologyEntry[];
  /** For the whole case: which matter each entry belongs to. */
  showMatter: boolean;
}) {
  if (entries.length === 0) return <p>Nothing has been recorded yet.</p>;
  return (
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
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} showMatter={showMatter} />
          ))}
        </tbody>
      </table>
    </div>
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
