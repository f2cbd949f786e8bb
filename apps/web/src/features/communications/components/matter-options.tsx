import { MATTER_KIND_LABELS } from '@umbrella/domain';
import type { MatterView } from '../../matters/lib/types.ts';

/** The client's matters as `<option>`s, after one for "none" or "all" named by the caller. */
export function MatterOptions({
  matters,
  emptyLabel,
}: {
  matters: readonly MatterView[];
  emptyLabel: string;
}) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {matters.map((matter) => (
        <option key={matter.id} value={matter.id}>
          {MATTER_KIND_LABELS[matter.kind]}: {matter.stageLabel}
        </option>
      ))}
    </>
  );
}
