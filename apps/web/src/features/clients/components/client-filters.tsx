import { useQuery } from '@tanstack/react-query';
import {
  RISK_FLAG_LABELS,
  RISK_FLAGS,
  STAGE_MACHINES,
  type MatterKind,
  type RiskFlag,
} from '@umbrella/domain';
import { SelectField } from '../../../components/field.tsx';
import { ClearFilters, MatterKindOptions } from '../../../components/filters.tsx';
import { useTRPC } from '../../../trpc.ts';
import { STATUS_LABELS, STATUSES, type ClientListSearch } from '../lib/list-search.ts';

interface ClientFiltersProps {
  filters: ClientListSearch;
  onChange: (filters: ClientListSearch) => void;
}

/** Filters apply as soon as they change; the list below updates and its count is announced. */
export function ClientFilters({ filters, onChange }: ClientFiltersProps) {
  const trpc = useTRPC();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const set = (patch: Partial<ClientListSearch>) => {
    const next: ClientListSearch = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof ClientListSearch)[]) {
      if (next[key] === undefined) delete next[key];
    }
    onChange(next);
  };
  const active = Object.keys(filters).length > 0;

  return (
    <form className="filters" aria-label="Filter clients" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Key worker"
        value={filters.keyWorker ?? ''}
        onChange={(event) => set({ keyWorker: event.target.value || undefined })}
      >
        <option value="">Anyone</option>
        {(staff.data?.items ?? []).map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Matter"
        value={filters.kind ?? ''}
        onChange={(event) =>
          set({ kind: (event.target.value || undefined) as MatterKind | undefined, stage: undefined })
        }
      >
        <option value="">Any matter</option>
        <MatterKindOptions />
      </SelectField>
      <SelectField
        label="Stage"
        hint={filters.kind ? undefined : 'Choose a matter first'}
        disabled={!filters.kind}
        value={filters.stage ?? ''}
        onChange={(event) => set({ stage: event.target.value || undefined })}
      >
        <option value="">Any stage</option>
        {filters.kind
          ? STAGE_MACHINES[filters.kind].stages.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_MACHINES[filters.kind as MatterKind].labels[stage]}
              </option>
            ))
          : null}
      </SelectField>
      <SelectField
        label="Status"
        value={filters.status ?? ''}
        onChange={(event) => set({ status: (event.target.value || undefined) as ClientListSearch['status'] })}
      >
        <option value="">Any (not archived)</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Risk flag"
        value={filters.flag ?? ''}
        onChange={(event) => set({ flag: (event.target.value || undefined) as RiskFlag | undefined })}
      >
        <option value="">Any or none</option>
        {RISK_FLAGS.map((flag) => (
          <option key={flag} value={flag}>
            {RISK_FLAG_LABELS[flag]}
          </option>
        ))}
      </SelectField>
      {active ? <ClearFilters onClear={() => onChange({})} /> : null}
    </form>
  );
}
