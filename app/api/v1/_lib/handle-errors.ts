// Every API route runs inside withApiErrors: expected failures become problem
// responses in their own words; anything else is logged and answered with a
// generic 500, never a stack trace.
import { unstable_rethrow } from 'next/navigation';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { DomainError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/validation';
import { problem, problemOf } from './problem';
import { MalformedRequest } from './request-body';

export const UNAVAILABLE_DETAIL = 'The database cannot be reached right now (it may be restarting). Try again in a few seconds; a posting sent again with the same Idempotency-Key is applied once.';
export const INTERNAL_ERROR_DETAIL = 'Something went wrong on our side. Try again, and tell your administrator if it keeps failing.';

export function problemFromError(error: unknown, request: Request): Response {
  if (error instanceof DomainError) return problemOf(error);
  if (error instanceof ZodError) return problem(422, 'INVALID_INPUT', 'Check the fields named in errors.', { errors: fieldErrorsOf(error) });
  if (error instanceof MalformedRequest) return problem(error.status, error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_REQUEST', error.message);
  if (isDatabaseUnavailable(error)) {
    console.error(`API ${request.method} ${new URL(request.url).pathname}: database unavailable (${(error as Error)?.message ?? error})`);
    return problem(503, 'UNAVAILABLE', UNAVAILABLE_DETAIL, { headers: { 'retry-after': '5' } });
  }
  // Method and path only: headers and body may hold tokens or passwords.
  console.error(`API ${request.method} ${new URL(request.url).pathname} failed`, error);
  return problem(500, 'INTERNAL', INTERNAL_ERROR_DETAIL);
}

export type ApiHandler<C> = (request: Request, context: C) => Promise<Response>;

/** `context` is optional so tests can call a route's GET/POST with a Request alone. */
export function withApiErrors<C = unknown>(handler: ApiHandler<C>) {
  return async (request: Request, context?: C): Promise<Response> => {
    try {
      return await handler(request, context as C);
    } catch (error) {
      // Next.js signals (e.g. dynamic rendering bail-outs) must reach the framework.
      unstable_rethrow(error);
      return problemFromError(error, request);
    }
  };
}
