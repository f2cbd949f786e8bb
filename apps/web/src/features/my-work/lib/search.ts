import { isUuid } from '@umbrella/domain';
/** My work's address: whose work (an id, never a name). Anything else in the address is dropped. */
export interface MyWorkSearch {
  userId?: string;
}

export function validateMyWorkSearch(search: Record<string, unknown>): MyWorkSearch {
  return isUuid(search.userId) ? { userId: search.userId } : {};
}
