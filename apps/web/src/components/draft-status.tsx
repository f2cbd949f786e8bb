import { londonDateOf, londonTimeOf } from '@umbrella/domain';
import type { AutosaveStatus } from '../lib/autosaver.ts';
import { formatDayAndTime } from '../lib/dates.ts';

export const OFFLINE_MESSAGE =
  'Not saved: you seem to be offline. Keep this page open; it will save when you are back online.';

/** What the status line says. Exported for the tests' sake. */
export function draftStatusText(status: AutosaveStatus, today: string): string {
  switch (status.state) {
    case 'offline':
      return OFFLINE_MESSAGE;
    case 'failed':
      return `Not saved: ${status.message ?? 'please try again.'}`;
    case 'pending':
    case 'saving':
      return 'Saving…';
    default:
      if (!status.savedAt) return 'Your answers are saved as a draft as you go.';
      return londonDateOf(status.savedAt) === today
        ? `Draft saved at ${londonTimeOf(status.savedAt)}`
        : `Draft saved ${formatDayAndTime(status.savedAt, today)}`;
  }
}

/**
 * The line under a form saying whether its draft is safely on the server (a report, a review). Only problems are announced
 * to screen readers: "Saving…" after every pause in typing would drown out the form.
 */
export function DraftStatus({ status, today }: { status: AutosaveStatus; today: string }) {
  const problem = status.state === 'offline' || status.state === 'failed';
  const text = draftStatusText(status, today);
  return (
    <>
      <p className={problem ? 'draft-status draft-status--problem' : 'draft-status'}>{text}</p>
      <div role="status" className="visually-hidden">
        {problem ? text : ''}
      </div>
    </>
  );
}
