import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrors } from './errors.ts';

/** Puts the server's field messages next to the fields this form has; the rest are shown by `FormError`. */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  const errors = fieldErrors(error);
  let focused = false;
  for (const field of fields) {
    const messages = errors[field];
    if (messages?.[0]) {
      setError(field, { type: 'server', message: messages[0] }, { shouldFocus: !focused });
      focused = true;
    }
  }
}
