import { Badge } from '../../../components/badge.tsx';

export const IMMIGRATION_WARNING =
  'Immigration enforcement — never share client information without a recorded decision';

/** Marks an immigration-enforcement agency wherever it appears. */
export function ImmigrationWarning() {
  return <Badge tone="danger">{IMMIGRATION_WARNING}</Badge>;
}
