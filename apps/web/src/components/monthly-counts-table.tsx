import { formatMinutes, formatMonth } from '../lib/dates.ts';

export interface MonthlyCounts {
  months: { month: string; accompaniments: number; minutes: number }[];
  totalAccompaniments: number;
  totalMinutes: number;
}

/** Accompaniments and time given, month by month with a total: the organisation's or one volunteer's. */
export function MonthlyCountsTable({
  counts,
  caption,
  timeHeading,
}: {
  counts: MonthlyCounts;
  caption: string;
  timeHeading: string;
}) {
  return (
    <div className="table-scroll monthly-counts">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="table__number">
              Accompaniments
            </th>
            <th scope="col" className="table__number">
              {timeHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month)}</th>
              <td className="table__number">{m.accompaniments}</td>
              <td className="table__number">{formatMinutes(m.minutes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="table__number">{counts.totalAccompaniments}</td>
            <td className="table__number">{formatMinutes(counts.totalMinutes)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
