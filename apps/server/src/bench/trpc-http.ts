/**
 * tRPC over HTTP as the web app speaks it (apps/web/src/trpc.ts): httpBatchLink with `methodOverride: 'POST'`,
 * so queries and mutations alike are POSTed to `/trpc/<path>[,<path>…]?batch=1` with the inputs as a JSON
 * object keyed by position, plain JSON (no transformer). The server refuses GET on /trpc.
 */

export interface ProcedureCall {
  /** e.g. `clients.list` */
  path: string;
  input: unknown;
}

/** The URL path of a batch. */
export function batchPath(calls: readonly ProcedureCall[]): string {
  if (calls.length === 0) throw new Error('a batch needs at least one call');
  return `/trpc/${calls.map((c) => encodeURIComponent(c.path)).join(',')}?batch=1`;
}

/** The request body of a batch: `{"0": input, "1": input}`; an undefined input is left out, as the client does. */
export function batchBody(calls: readonly ProcedureCall[]): string {
  return JSON.stringify(Object.fromEntries(calls.map((c, i) => [String(i), c.input])));
}

export type BatchItem =
  { ok: true; data: unknown } | { ok: false; message: string; code: string | null; status: number | null };

/** The answers of a batch, in the order of its calls. */
export function parseBatchResponse(text: string): BatchItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`not a tRPC answer: ${text.slice(0, 200)}`);
  }
  if (!Array.isArray(parsed)) {
    // A refusal before tRPC (origin check, 405, 413) is a single JSON object.
    return [{ ok: false, message: errorMessage(parsed) ?? text.slice(0, 200), code: null, status: null }];
  }
  return parsed.map((item: unknown): BatchItem => {
    if (item && typeof item === 'object' && 'result' in item) {
      const result = (item as { result: { data?: unknown } }).result;
      return { ok: true, data: result.data };
    }
    const error = (item as { error?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } } })
      ?.error;
    return {
      ok: false,
      message: typeof error?.message === 'string' ? error.message : 'unknown error',
      code: typeof error?.data?.code === 'string' ? error.data.code : null,
      status: typeof error?.data?.httpStatus === 'number' ? error.data.httpStatus : null,
    };
  });
}

function errorMessage(value: unknown): string | null {
  const error = (value as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : null;
}

/** A one-line description of what went wrong in an answer, for the report (never the request's input). */
export function describeFailure(status: number, text: string): string {
  try {
    const failed = parseBatchResponse(text).find((item) => !item.ok);
    if (failed && !failed.ok) return `${status}${failed.code ? ` ${failed.code}` : ''}: ${failed.message}`;
  } catch {
    // Not JSON: say what came back.
  }
  return `${status}: ${text.slice(0, 120)}`;
}

/** A cookie jar of one: the pairs of `Set-Cookie` headers laid over the previous ones, as a `Cookie` header. */
export function mergeCookies(previous: string, setCookies: readonly string[]): string {
  const jar = new Map<string, string>();
  for (const pair of previous.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  for (const header of setCookies) {
    const first = header.split(';')[0] ?? '';
    const eq = first.indexOf('=');
    if (eq <= 0) continue;
    const name = first.slice(0, eq).trim();
    const value = first.slice(eq + 1).trim();
    // A cleared cookie (empty value or already expired) leaves the jar.
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header) || /max-age=0\b/i.test(header))
      jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** One cookie's value from a `Cookie` header. */
export function readCookie(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return undefined;
}

/** The headers every API request carries: JSON, the session cookie, and the Origin a browser would send. */
export function apiHeaders(baseUrl: string, cookie: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    origin: new URL(baseUrl).origin,
    ...(cookie ? { cookie } : {}),
  };
}

export interface ApiAnswer {
  status: number;
  items: BatchItem[];
  text: string;
  cookie: string;
}

/** Calls procedures over HTTP (outside the measured load): the answers, and the cookie jar after them. */
export async function callApi(
  baseUrl: string,
  cookie: string,
  calls: readonly ProcedureCall[],
): Promise<ApiAnswer> {
  const response = await fetch(new URL(batchPath(calls), baseUrl), {
    method: 'POST',
    headers: apiHeaders(baseUrl, cookie),
    body: batchBody(calls),
  });
  const text = await response.text();
  return {
    status: response.status,
    items: parseBatchResponse(text),
    text,
    cookie: mergeCookies(cookie, response.headers.getSetCookie()),
  };
}

/** One procedure's data, or an error naming the procedure and what the server said. */
export async function callOne<T>(baseUrl: string, cookie: string, path: string, input: unknown): Promise<T> {
  const answer = await callApi(baseUrl, cookie, [{ path, input }]);
  const [item] = answer.items;
  if (answer.status !== 200 || !item?.ok) {
    throw new Error(`${path} failed: ${describeFailure(answer.status, answer.text)}`);
  }
  return item.data as T;
}
