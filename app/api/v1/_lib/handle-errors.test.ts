import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { INTERNAL_ERROR_DETAIL, withApiErrors } from './handle-errors';
import { readJsonBody, readOptionalJsonBody } from './request-body';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request('http://localhost/api/v1/things', { method: 'POST', body, headers });
const failWith = (error: unknown) => withApiErrors(async () => {
  throw error;
});

afterEach(() => vi.restoreAllMocks());

describe('API error translation', () => {
  it('maps a DomainError to its status as problem+json, with field errors', async () => {
    const res = await failWith(new DomainError('INVALID_INPUT', 'Check the highlighted fields.', { qty: 'Enter a quantity.' }))(post(null));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'urn:quartermaster:problem:invalid-input',
      title: 'Invalid input',
      status: 422,
      detail: 'Check the highlighted fields.',
      code: 'INVALID_INPUT',
      errors: { qty: 'Enter a quantity.' },
    });
    for (const [code, status] of [['NOT_FOUND', 404], ['FORBIDDEN', 403], ['CONFLICT', 409], ['INSUFFICIENT_STOCK', 409], ['RATE_LIMITED', 429]] as const) {
      const r = await failWith(new DomainError(code, 'x'))(post(null));
      expect(r.status, code).toBe(status);
      expect((await r.json()).errors, code).toBeUndefined();
    }
  });

  it('answers a ZodError with 422 and a message per field', async () => {
    const error = z.object({ qty: z.number() }).safeParse({ qty: 'x' }).error;
    const res = await failWith(error)(post(null));
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ qty: expect.any(String) });
  });

  it('logs anything else and answers a generic 500 without the message or stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await failWith(new Error('connection to db-7.internal refused'))(post(null));
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ status: 500, code: 'INTERNAL', detail: INTERNAL_ERROR_DETAIL });
    expect(body).not.toContain('db-7');
    expect(body).not.toMatch(/\.ts:\d+/);
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('JSON request bodies', () => {
  const echo = withApiErrors(async (request) => Response.json(await readJsonBody(request, 64)));

  it('passes valid JSON through', async () => {
    expect(await (await echo(post('{"a":1}'))).json()).toEqual({ a: 1 });
  });

  it('answers 400 for broken or missing JSON', async () => {
    for (const body of ['{"a":', 'not json', '', null]) {
      const res = await echo(post(body));
      expect(res.status, String(body)).toBe(400);
      expect(await res.json(), String(body)).toMatchObject({ code: 'MALFORMED_REQUEST' });
    }
  });

  it('answers 413 for a body over the limit, also without content-length', async () => {
    expect((await echo(post(JSON.stringify({ a: 'x'.repeat(100) })))).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('"xxxxxxxxxxxxxxxxxx'));
        c.close();
      },
    });
    const res = await echo(new Request('http://localhost/x', { method: 'POST', body: stream, duplex: 'half' } as RequestInit));
    expect(res.status).toBe(413);
  });

  it('reads a missing optional body as {} and still refuses broken JSON', async () => {
    const optional = withApiErrors(async (request) => Response.json(await readOptionalJsonBody(request, 64)));
    expect(await (await optional(post(null))).json()).toEqual({});
    expect(await (await optional(post(' '))).json()).toEqual({});
    expect(await (await optional(post('{"reason":"x"}'))).json()).toEqual({ reason: 'x' });
    expect((await optional(post('{"reason":'))).status).toBe(400);
    expect((await optional(post(JSON.stringify({ a: 'x'.repeat(100) })))).status).toBe(413);
  });
});

describe('API error translation when the database is down', () => {
  it('answers 503 with Retry-After and a message to retry with the same key, not a 500', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await failWith(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))(post(null));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = await res.json();
    expect(body).toMatchObject({ code: 'UNAVAILABLE', title: 'Service unavailable', status: 503 });
    expect(body.detail).toContain('same Idempotency-Key');
    expect(JSON.stringify(body)).not.toContain('57P01');
  });
});
