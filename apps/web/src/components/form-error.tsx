import { errorCode, errorMessage, fieldErrors } from '../lib/errors.ts';
import { Alert } from './alert.tsx';

interface FormErrorProps {
  error: unknown;
  /** Fields shown next to their inputs by `applyFieldErrors`; their messages are not repeated here. */
  fields?: readonly string[];
  /** Wording for particular error codes, e.g. `{ CONFLICT: '…' }`. */
  messages?: Partial<Record<string, string>>;
}

/** The error of a failed mutation, in plain words, unless every part of it is already shown beside a field. */
export function FormError({ error, fields = [], messages = {} }: FormErrorProps) {
  if (!error) return null;
  const byField = Object.entries(fieldErrors(error));
  const unplaced = byField.filter(([field]) => !fields.includes(field)).flatMap(([, list]) => list);
  if (byField.length > 0 && unplaced.length === 0) return null;
  const code = errorCode(error);
  const text =
    (code ? messages[code] : undefined) ?? (unplaced.length > 0 ? unplaced.join(' ') : errorMessage(error));
  return <Alert>{text}</Alert>;
}
