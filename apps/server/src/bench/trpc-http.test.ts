import { describe, expect, it } from 'vitest';
import {
  apiHeaders,
  batchBody,
  batchPath,
  describeFailure,
  mergeCookies,
  parseBatchResponse,
  readCookie,
} from './trpc-http.ts';

describe('the batch wire format of the web app', () => {
  const calls = [
    { path: 'clients.get', input: { id: 'a' } },
    { path: 'clients.timeline', input: { personId: 'a' } },
  ];

  it('names every procedure in the path and keys the inputs by position', () => {
    expect(batchPath(calls)).toBe('/trpc/clients.get,clients.timeline?batch=1');
    expect(JSON.parse(batchBody(calls))).toEqual({ '0': { id: 'a' }, '1': { personId: 'a' } });
    expect(batchBody([{ path: 'myWork.counts', input: undefined }])).toBe('{}');
    expect(() => batchPath([])).toThrow();
  });

  it('reads results and errors in order', () => {
    const text = JSON.stringify([
      { result: { data: { items: [1] } } },
      { error: { message: 'Not found', code: -32004, data: { code: 'NOT_FOUND', httpStatus: 404 } } },
    ]);
    expect(parseBatchResponse(text)).toEqual([
      { ok: true, data: { items: [1] } },
      { ok: false, message: 'Not found', code: 'NOT_FOUND', status: 404 },
    ]);
    expect(describeFailure(207, text)).toBe('207 NOT_FOUND: Not found');
  });

  it('reads a refusal made before tRPC, and says what a non-JSON answer was', () => {
    const refused = JSON.stringify({
      error: { message: 'Request refused: it did not come from Umbrella itself.' },
    });
    expect(parseBatchResponse(refused)).toEqual([
      {
        ok: false,
        message: 'Request refused: it did not come from Umbrella itself.',
        code: null,
        status: null,
      },
    ]);
    expect(describeFailure(403, refused)).toBe('403: Request refused: it did not come from Umbrella itself.');
    expect(describeFailure(502, '<html>Bad gateway</html>')).toBe('502: <html>Bad gateway</html>');
    expect(() => parseBatchResponse('<html>')).toThrow(/not a tRPC answer/);
  });

  it('sends JSON with the session cookie and the Origin a browser would', () => {
    expect(apiHeaders('http://127.0.0.1:3100', 'umbrella_session=abc')).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
      origin: 'http://127.0.0.1:3100',
      cookie: 'umbrella_session=abc',
    });
    expect(apiHeaders('http://127.0.0.1:3100/', '')).not.toHaveProperty('cookie');
  });
});

describe('cookies', () => {
  it('keeps the latest value of each cookie and drops cleared ones', () => {
    const first = mergeCookies('', [
      'umbrella_session=one; Path=/; HttpOnly; SameSite=Lax',
      'other=x; Path=/',
    ]);
    expect(first).toBe('umbrella_session=one; other=x');
    expect(mergeCookies(first, ['umbrella_session=two; Path=/; HttpOnly'])).toBe(
      'umbrella_session=two; other=x',
    );
    expect(mergeCookies(first, ['umbrella_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toBe(
      'other=x',
    );
  });

  it('reads one cookie, decoded', () => {
    expect(readCookie('a=1; umbrella_session=abc%3D%3D', 'umbrella_session')).toBe('abc==');
    expect(readCookie('a=1', 'umbrella_session')).toBeUndefined();
  });
});
