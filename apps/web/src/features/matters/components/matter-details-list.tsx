import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc.ts';
import { formatCalendarDate } from '../../../lib/dates.ts';
import { ImmigrationWarning } from '../../agencies/components/immigration-warning.tsx';
import { DETAIL_FIELDS, detailsFromView } from '../lib/details.ts';
import type { MatterView } from '../lib/types.ts';

function AgencyName({ id }: { id: string }) {
  const trpc = useTRPC();
  const agency = useQuery(trpc.agencies.get.queryOptions({ id }));
  if (agency.data) {
    return (
      <>
        {agency.data.name}
        {agency.data.isImmigrationEnforcement ? (
          <>
            {' '}
            <ImmigrationWarning />
          </>
        ) : null}
      </>
    );
  }
  return <>{agency.isError ? 'An agency (could not be loaded)' : 'Loading…'}</>;
}

/** The recorded details of a matter; fields nobody has filled in are summed up in one line. */
export function MatterDetailsList({ matter }: { matter: MatterView }) {
  const values = detailsFromView(matter.kind, matter.details) as unknown as Record<string, unknown>;
  const rows: { label: string; value: ReactNode }[] = [];
  const missing: string[] = [];
  for (const field of DETAIL_FIELDS[matter.kind]) {
    const value = values[field.name];
    if (field.type === 'boolean') {
      rows.push({ label: field.label, value: value === true ? 'Yes' : 'No' });
    } else if (field.type === 'children') {
      const children = Array.isArray(value) ? (value as { firstName: string; age: string }[]) : [];
      if (children.length === 0) missing.push(field.label);
      else
        rows.push({
          label: field.label,
          value: children.map((c) => (c.age ? `${c.firstName} (${c.age})` : c.firstName)).join(', '),
        });
    } else if (typeof value !== 'string' || value === '') {
      missing.push(field.label);
    } else if (field.type === 'date') {
      rows.push({ label: field.label, value: formatCalendarDate(value) });
    } else if (field.type === 'select') {
      rows.push({ label: field.label, value: field.options[value] ?? value });
    } else if (field.type === 'agency') {
      rows.push({ label: field.label, value: <AgencyName id={value} /> });
    } else {
      rows.push({ label: field.label, value: <span className="pre-line">{value}</span> });
    }
  }
  return (
    <>
      <dl className="details details--compact">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 ? <p className="muted small">Not recorded yet: {missing.join(', ')}.</p> : null}
    </>
  );
}
