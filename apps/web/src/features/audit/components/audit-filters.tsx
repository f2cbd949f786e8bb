import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditKind } from '@umbrella/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextField } from '../../../components/field.tsx';
import { ClearFilters } from '../../../components/filters.tsx';
import { useTRPC } from '../../../trpc.ts';
import { isAuditNarrowed, type AuditSearch } from '../lib/audit-search.ts';

interface AuditFiltersProps {
  search: AuditSearch;
  /** The server's complaint about a filter (a range that ends before it starts), by field. */
  errors: Record<string, string | undefined>;
  onChange: (search: AuditSearch) => void;
}

/** Filters apply as soon as they change; the table below updates and its count is announced. */
export function AuditFilters({ search, errors, onChange }: AuditFiltersProps) {
  const trpc = useTRPC();
  const actors = useQuery(trpc.audit.actors.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const set = (patch: Partial<AuditSearch>) => onChange({ ...search, ...patch });
  const unlisted = search.user !== undefined && !actors.data?.some((a) => a.id === search.user);

  return (
    <form className="filters" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label="Who"
        value={search.user ?? ''}
        onChange={(event) => set({ user: event.target.value || undefined })}
      >
        <option value="">Anyone</option>
        {(actors.data ?? []).map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.displayName}
            {actor.active ? '' : ' (deactivated)'}
          </option>
        ))}
        {unlisted ? <option value={search.user}>{actors.data ? 'Unknown user' : 'Loading…'}</option> : null}
      </SelectField>
      <SelectField
        label="What"
        value={search.kind ?? 'all'}
        onChange={(event) => {
          const kind = event.target.value as AuditKind;
          set({ kind: kind === 'all' ? undefined : kind });
        }}
      >
        {AUDIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {AUDIT_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="From"
        type="date"
        value={search.from ?? ''}
        error={errors.from}
        onChange={(event) => set({ from: event.target.value || undefined })}
      />
      <TextField
        label="To"
        type="date"
        value={search.to ?? ''}
        error={errors.to}
        onChange={(event) => set({ to: event.target.value || undefined })}
      />
      {search.client ? (
        <p className="audit__client-note">
          One client’s record only.{' '}
          <Link to="/clients/$clientId" params={{ clientId: search.client }}>
            Open the record
          </Link>{' '}
          or{' '}
          <Button variant="link" onClick={() => set({ client: undefined })}>
            show every record
          </Button>
          .
        </p>
      ) : null}
      {isAuditNarrowed(search) ? <ClearFilters onClear={() => onChange({})} /> : null}
    </form>
  );
}
