import { TRPCClientError } from '@trpc/client';

export type FieldErrors = Record<string, string[]>;

interface ErrorData {
  code?: unknown;
  fieldErrors?: unknown;
}

function errorData(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ErrorData) : undefined;
}

/** The tRPC error code (`UNAUTHORIZED`, `CONFLICT`...), or undefined for network and unknown errors. */
export function errorCode(error: unknown): string | undefined {
  const code = errorData(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Field messages the server sent (zod's flattened `fieldErrors`), keyed by input field name. */
export function fieldErrors(error: unknown): FieldErrors {
  const raw = errorData(error)?.fieldErrors;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(raw)) {
    if (Array.isArray(messages)) {
      const strings = messages.filter((m): m is string => typeof m === 'string');
      if (strings.length > 0) out[field] = strings;
    }
  }
  return out;
}

/** One sentence a person can act on. Never a stack trace or a raw status code. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof TRPCClientError)) {
    return 'Something went wrong. Please try again.';
  }
  const code = errorCode(error);
  if (code === undefined) {
    return 'Umbrella could not be reached. Check your connection and try again.';
  }
  if (code === 'INTERNAL_SERVER_ERROR') {
    return 'Something went wrong on our side. Please try again in a moment.';
  }
  return error.message || 'Something went wrong. Please try again.';
}
