/** My work's address: whose work (an id, never a name). Anything else in the address is dropped. */
export interface MyWorkSearch {
  userId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateMyWorkSearch(search: Record<string, unknown>): MyWorkSearch {
  return typeof search.userId === 'string' && UUID.test(search.userId) ? { userId: search.userId } : {};
}
