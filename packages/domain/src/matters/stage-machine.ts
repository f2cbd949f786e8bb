/**
 * A matter's stage machine: the stages of one kind of matter and the moves allowed between them.
 * Any open stage may also move to `closed`; reopening returns a closed matter to the stage it was closed from.
 */
export interface StageMachine<Stage extends string> {
  stages: readonly Stage[];
  /** Stages a new matter of this kind may start in. */
  initial: readonly Stage[];
  /** Allowed moves from each stage, besides `closed`. */
  transitions: Readonly<Record<Stage, readonly Stage[]>>;
  labels: Readonly<Record<Stage, string>>;
}

export const CLOSED = 'closed';

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function defineStageMachine<Stage extends string>(machine: StageMachine<Stage>): StageMachine<Stage> {
  return machine;
}

/** The stages a matter at `from` may move to now, in the machine's order, `closed` last. */
export function nextStages<Stage extends string>(machine: StageMachine<Stage>, from: Stage): Stage[] {
  if (from === CLOSED) return [];
  const allowed = machine.transitions[from] ?? [];
  const moves = machine.stages.filter((s) => allowed.includes(s) && s !== CLOSED);
  return (machine.stages as readonly string[]).includes(CLOSED) ? [...moves, CLOSED as Stage] : moves;
}

export function checkTransition<Stage extends string>(
  machine: StageMachine<Stage>,
  from: Stage,
  to: string,
): TransitionCheck {
  const label = (s: string) => (Object.hasOwn(machine.labels, s) ? machine.labels[s as Stage] : s);
  if (!(machine.stages as readonly string[]).includes(to)) {
    return { ok: false, message: `"${to}" is not a stage of this kind of matter.` };
  }
  if (from === to) return { ok: false, message: `The matter is already at "${label(to)}".` };
  if (from === CLOSED) {
    return { ok: false, message: `The matter is closed. Reopen it before moving it to "${label(to)}".` };
  }
  if (nextStages(machine, from).includes(to as Stage)) return { ok: true };
  const allowed = nextStages(machine, from).map(label);
  return {
    ok: false,
    message: `A matter at "${label(from)}" cannot move to "${label(to)}". From here it can move to: ${allowed.join(', ')}.`,
  };
}
