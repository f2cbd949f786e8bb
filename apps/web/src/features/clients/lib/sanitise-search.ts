import { MATTER_KINDS, RISK_FLAGS, STAGE_MACHINES } from '@umbrella/domain';
import type { ClientListSearch } from './list-search.ts';

/** The filters from the address, with any kind, stage or flag that does not exist dropped. */
export function sanitiseClientListSearch(search: ClientListSearch): ClientListSearch {
  const out: ClientListSearch = { ...search };
  if (out.kind && !MATTER_KINDS.includes(out.kind)) delete out.kind;
  if (out.stage && (!out.kind || !STAGE_MACHINES[out.kind].stages.includes(out.stage))) delete out.stage;
  if (out.flag && !RISK_FLAGS.includes(out.flag)) delete out.flag;
  return out;
}
