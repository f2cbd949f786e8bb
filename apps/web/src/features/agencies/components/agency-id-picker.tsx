import { useQuery } from '@tanstack/react-query';
import type { AgencyCategory } from '@umbrella/domain';
import { useState } from 'react';
import { useTRPC } from '../../../trpc.ts';
import { AgencyPicker, type AgencyRef } from './agency-picker.tsx';

interface AgencyIdPickerProps {
  legend: string;
  hint?: string;
  /** The chosen agency's id, or ''. */
  value: string;
  onChange: (id: string) => void;
  category?: AgencyCategory;
  error?: string | undefined;
}

/** A single agency kept as its id (as matter details hold it); its name is looked up to show it. */
export function AgencyIdPicker({ value, onChange, ...rest }: AgencyIdPickerProps) {
  const trpc = useTRPC();
  const [known, setKnown] = useState<AgencyRef | null>(null);
  const lookup = useQuery({
    ...trpc.agencies.get.queryOptions({ id: value }),
    enabled: value !== '' && known?.id !== value,
  });
  let chosen: AgencyRef[] = [];
  if (value) {
    if (known?.id === value) chosen = [known];
    else if (lookup.data) chosen = [{ id: value, name: lookup.data.name, category: lookup.data.category }];
    else chosen = [{ id: value, name: lookup.isError ? 'An agency (could not be loaded)' : 'Loading…' }];
  }
  return (
    <AgencyPicker
      {...rest}
      value={chosen}
      onChange={(next) => {
        const agency = next[0] ?? null;
        setKnown(agency);
        onChange(agency?.id ?? '');
      }}
    />
  );
}
