// Test helpers for API route handlers: a real bearer token for an actor and
// requests built the way Next.js hands them to a route.
import { createOwnToken } from '../../lib/api-tokens/create-own-token';
import type { Actor } from '../../lib/roles/actor';

/** `Bearer qm_...` for a fresh token of the actor. */
export async function bearerOf(actor: Actor): Promise<string> {
  const { token } = await createOwnToken(actor, { name: 'route test' });
  return `Bearer ${token}`;
}

export interface ApiCall {
  authorization?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request to /api/v1<path>; a non-string body is sent as JSON. */
export function apiRequest(method: string, path: string, call: ApiCall = {}): Request {
  const headers: Record<string, string> = { ...call.headers };
  if (call.authorization) headers.authorization = call.authorization;
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
    headers['content-type'] ??= 'application/json';
  }
  return new Request(`http://localhost/api/v1${path}`, { method, headers, body });
}

/** The second argument Next.js passes to a dynamic route's handler. */
export const routeParams = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
