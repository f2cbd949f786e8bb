import type { RouterOutputs } from '../../../lib/api-types.ts';

export type ReassignResult = RouterOutputs['supervision']['reassign'];

const clients = (n: number) => (n === 1 ? '1 client' : `${n} clients`);

/**
 * What a reassignment did, in one sentence: "3 clients moved to Tomasz Nowak (1 already with them)."; for
 * one client "The client moved to Tomasz Nowak."; and when nothing changed, says so.
 */
export function reassignResultText(result: ReassignResult, keyWorkerName: string): string {
  const { changed, unchanged } = result;
  if (changed === 0) {
    return unchanged === 1
      ? `${keyWorkerName} is already the key worker: nothing changed.`
      : `${keyWorkerName} is already the key worker of all ${unchanged} clients: nothing changed.`;
  }
  if (changed === 1 && unchanged === 0) return `The client moved to ${keyWorkerName}.`;
  const already = unchanged === 0 ? '' : ` (${unchanged} already with them)`;
  return `${clients(changed)} moved to ${keyWorkerName}${already}.`;
}
