/** JSON with object keys sorted, so values read back from jsonb (which reorders keys) compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The names of the fields whose values differ: what an audit row records of an edit (never the values). */
export function changedFields<K extends string>(
  before: Partial<Record<K, unknown>>,
  after: Partial<Record<K, unknown>>,
  fields: readonly K[],
): K[] {
  return fields.filter((f) => canonical(before[f] ?? null) !== canonical(after[f] ?? null));
}
