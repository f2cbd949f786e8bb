/**
 * The one error vocabulary of the services. Routers never build tRPC errors themselves: the error middleware
 * in trpc.ts maps these to tRPC codes in one place.
 */
export type AppErrorCode =
  'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Messages per input field, shown beside the field. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (field: string, message: string) =>
  new AppError('BAD_REQUEST', message, { [field]: [message] });

export const conflict = (what = 'record') =>
  new AppError(
    'CONFLICT',
    `Someone else changed this ${what} while you were editing it. Reload it, then make your change again.`,
  );

export const notFound = (what = 'record') => new AppError('NOT_FOUND', `That ${what} does not exist.`);
