/** The clients chosen among those shown, once each and in the list's order (hidden choices are not moved). */
export function chosenShown(chosen: ReadonlySet<string>, shown: readonly { personId: string }[]): string[] {
  const out: string[] = [];
  for (const { personId } of shown) {
    if (chosen.has(personId) && !out.includes(personId)) out.push(personId);
  }
  return out;
}

/** The choice with these clients added (`on`) or taken out. */
export function withChoice(
  chosen: ReadonlySet<string>,
  personIds: readonly string[],
  on: boolean,
): Set<string> {
  const next = new Set(chosen);
  for (const id of personIds) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
