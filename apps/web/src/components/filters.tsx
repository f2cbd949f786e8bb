import { MATTER_KIND_LABELS, MATTER_KINDS } from '@umbrella/domain';
import { Button } from './button.tsx';

/** A select's options for the kinds of matter, in the domain's order. */
export function MatterKindOptions() {
  return (
    <>
      {MATTER_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {MATTER_KIND_LABELS[kind]}
        </option>
      ))}
    </>
  );
}

/** The end of a filter form while any filter narrows its list: one button to drop them all. */
export function ClearFilters({ onClear }: { onClear: () => void }) {
  return (
    <div className="filters__clear">
      <Button variant="secondary" onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
