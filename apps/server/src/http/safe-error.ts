/**
 * What of an error may be logged: its name, a database error code, and the stack frames. Never the message:
 * database errors quote the query's parameters (e-mail addresses, names, password hashes).
 */
export function safeErrorFields(error: unknown): { name?: string; code?: string; frames?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const databaseCode =
    (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof databaseCode === 'string' ? { code: databaseCode } : {}),
    frames: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
  };
}
