import { formatCalendarDate } from '../../../lib/dates.ts';
import type { Chronology } from '../lib/types.ts';

/** Whose chronology, what it covers, and who prepared it when: the top of the printed document. */
export function ChronologyHeader({ chronology, preparedBy }: { chronology: Chronology; preparedBy: string }) {
  const { matter } = chronology;
  return (
    <>
      <dl className="chronology__facts">
        <div>
          <dt>Client</dt>
          <dd>{chronology.clientDisplayName}</dd>
        </div>
        <div>
          <dt>Case opened</dt>
          <dd>{formatCalendarDate(chronology.caseOpenedOn)}</dd>
        </div>
        <div>
          <dt>{matter ? 'Matter' : 'Covers'}</dt>
          <dd>
            {matter ? (
              <>
                {matter.label}
                {matter.reference ? (
                  <>
                    , reference <span className="reference">{matter.reference}</span>
                  </>
                ) : null}
              </>
            ) : (
              'The whole case, every matter'
            )}
          </dd>
        </div>
      </dl>
      <p className="chronology__prepared">
        Prepared on {formatCalendarDate(chronology.generatedOn)} by {preparedBy}
      </p>
    </>
  );
}
