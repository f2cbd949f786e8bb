import { z, ZodError } from 'zod';
import { AppError } from '../errors.ts';

/**
 * The messages per field that the browser would receive for a refused call (see the error formatter in
 * trpc.ts): from the input schema, or from a service.
 */
export function fieldErrorsOf(error: unknown): Record<string, string[]> | null {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof ZodError) return z.flattenError(cause).fieldErrors as Record<string, string[]>;
  if (cause instanceof AppError) return cause.fieldErrors ?? null;
  return null;
}

/** Awaits a call that must be refused with BAD_REQUEST naming `field`; returns that field's messages. */
export async function expectBadField(call: Promise<unknown>, field: string): Promise<string[]> {
  const error = await call.then(
    () => {
      throw new Error(`expected a BAD_REQUEST naming "${field}", but the call succeeded`);
    },
    (e: unknown) => e,
  );
  const code = (error as { code?: string }).code;
  const messages = fieldErrorsOf(error)?.[field];
  if (code !== 'BAD_REQUEST' || !messages?.length) {
    throw new Error(
      `expected a BAD_REQUEST naming "${field}", got ${code}: ${JSON.stringify(fieldErrorsOf(error))}`,
    );
  }
  return messages;
}
