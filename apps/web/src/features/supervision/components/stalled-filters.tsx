import {
  STALL_REASON_LABELS,
  STALL_REASONS,
  STALLED_CASE_SORT_LABELS,
  STALLED_CASE_SORTS,
  type MatterKind,
  type StallReason,
  type StalledCaseSort,
} from '@umbrella/domain';
import { SelectField } from '../../../components/field.tsx';
import { ClearFilters, MatterKindOptions } from '../../../components/filters.tsx';
import { isNarrowed, type StalledFilters } from '../lib/filters.ts';
import { countedLabel } from '../lib/format.ts';
import { caseworkerLabel, type KeyWorkerOption } from '../lib/caseload.ts';

interface StalledFiltersFormProps {
  filters: StalledFilters;
  /** Caseworkers and supervisors to choose from (from the caseload); undefined while it loads. */
  keyWorkers: KeyWorkerOption[] | undefined;
  /** Cases per reason under the other filters; undefined while the list loads. */
  reasonCounts: Record<StallReason, number> | undefined;
  onChange: (filters: StalledFilters) => void;
}

/** Filters apply as soon as they change; the list below updates and its count is announced. */
export function StalledFiltersForm({ filters, keyWorkers, reasonCounts, onChange }: StalledFiltersFormProps) {
  const set = (patch: Partial<StalledFilters>) => onChange({ ...filters, ...patch });
  // An id from an old bookmark (or while the caseload loads) stays chosen, so the select matches the list.
  const unlisted =
    filters.keyWorker !== null &&
    filters.keyWorker !== 'none' &&
    !keyWorkers?.some((person) => person.id === filters.keyWorker);

  return (
    <form className="filters" aria-label="Filter stalled cases" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Key worker"
        value={filters.keyWorker ?? ''}
        onChange={(event) => set({ keyWorker: event.target.value || null })}
      >
        <option value="">Anyone</option>
        <option value="none">No key worker</option>
        {(keyWorkers ?? []).map((person) => (
          <option key={person.id} value={person.id}>
            {caseworkerLabel(person)}
          </option>
        ))}
        {unlisted ? (
          <option value={filters.keyWorker ?? ''}>
            {keyWorkers ? 'Someone not on the caseload' : 'Loading…'}
          </option>
        ) : null}
      </SelectField>
      <SelectField
        label="Matter"
        value={filters.matterKind ?? ''}
        onChange={(event) => set({ matterKind: (event.target.value || null) as MatterKind | null })}
      >
        <option value="">Any matter</option>
        <MatterKindOptions />
      </SelectField>
      <SelectField
        label="Reason"
        value={filters.reason ?? ''}
        onChange={(event) => set({ reason: (event.target.value || null) as StallReason | null })}
      >
        <option value="">Any reason</option>
        {STALL_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {countedLabel(STALL_REASON_LABELS[reason], reasonCounts?.[reason])}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Sort by"
        value={filters.sort}
        onChange={(event) => set({ sort: event.target.value as StalledCaseSort })}
      >
        {STALLED_CASE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {STALLED_CASE_SORT_LABELS[sort]}
          </option>
        ))}
      </SelectField>
      {isNarrowed(filters) ? (
        <ClearFilters
          onClear={() => onChange({ keyWorker: null, matterKind: null, reason: null, sort: filters.sort })}
        />
      ) : null}
    </form>
  );
}
