import { useState } from 'react';
import type { FollowUpView } from '../lib/types.ts';
import { FollowUpItem } from './follow-up-item.tsx';

/** Follow-ups from reports, each to confirm as a deadline or dismiss; what was done is announced politely. */
export function FollowUpList({
  followUps,
  showSource = false,
}: {
  followUps: readonly FollowUpView[];
  showSource?: boolean;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <div aria-live="polite">{notice ? <p className="success-text">{notice}</p> : null}</div>
      <ol className="work-rows follow-ups">
        {followUps.map((f) => (
          <li key={f.id} className="work-row">
            <FollowUpItem followUp={f} showSource={showSource} onNotice={setNotice} />
          </li>
        ))}
      </ol>
    </>
  );
}
