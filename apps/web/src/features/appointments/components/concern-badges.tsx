import { ACCOMPANIMENT_CONCERN_LABELS, type AccompanimentConcern } from '@umbrella/domain';
import { Badge } from '../../../components/badge.tsx';
import '../appointments.css';

/** The concerns a volunteer ticked, each flagged in the warning colour and named in words. */
export function ConcernBadges({ concerns }: { concerns: readonly AccompanimentConcern[] }) {
  if (concerns.length === 0) return null;
  return (
    <ul className="chip-list chip-list--inline concern-badges" aria-label="Concerns">
      {concerns.map((c) => (
        <li key={c}>
          <Badge tone="warning">{ACCOMPANIMENT_CONCERN_LABELS[c]}</Badge>
        </li>
      ))}
    </ul>
  );
}
