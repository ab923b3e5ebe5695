// The API's one error format (RFC 9457 problem details) and the one place a
// DomainError code becomes an HTTP status, through lib/errors httpStatusOf.
import { httpStatusOf, type DomainError, type DomainErrorCode } from '@/lib/errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Domain codes plus the failures only the HTTP edge can have. */
export type ProblemCode = DomainErrorCode | 'MALFORMED_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL' | 'UNAVAILABLE';

const TITLES = {
  UNAUTHENTICATED: 'Not authenticated',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  INVALID_INPUT: 'Invalid input',
  CONFLICT: 'Conflict',
  INSUFFICIENT_STOCK: 'Insufficient stock',
  RATE_LIMITED: 'Too many requests',
  MALFORMED_REQUEST: 'Malformed request',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  INTERNAL: 'Internal error',
  UNAVAILABLE: 'Service unavailable',
} as const satisfies Record<ProblemCode, string>;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The same code as `type`, handy for a switch in client code. */
  code: ProblemCode;
  /** Message per input field, for INVALID_INPUT (and CONFLICT on a field). */
  errors?: Record<string, string>;
}

// A URN, not a URL: it names the problem and promises no page behind it.
export const problemTypeOf = (code: ProblemCode) => `urn:quartermaster:problem:${code.toLowerCase().replaceAll('_', '-')}`;

export function problem(status: number, code: ProblemCode, detail: string, options: { errors?: Record<string, string>; headers?: HeadersInit } = {}): Response {
  const body: ProblemBody = { type: problemTypeOf(code), title: TITLES[code], status, detail, code };
  if (options.errors && Object.keys(options.errors).length) body.errors = options.errors;
  const headers = new Headers(options.headers);
  headers.set('content-type', PROBLEM_CONTENT_TYPE);
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

export const problemOf = (error: DomainError, headers?: HeadersInit): Response =>
  problem(httpStatusOf[error.code], error.code, error.message, { errors: error.fieldErrors, headers });
