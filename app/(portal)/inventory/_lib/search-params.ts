// Reading the inventory pages' search params and building links that keep them.
import { DomainError } from '@/lib/errors';

export type SearchParams = Record<string, string | string[] | undefined>;

export function param(sp: SearchParams, key: string): string {
  const v = sp[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** A path with the non-empty params as its query string. */
export function hrefWith(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A dynamic segment as typed: Next decodes params, but be safe if one arrives still encoded. */
export function routeParam(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

/** Loads a view whose URL may carry a bad filter or cursor: that is shown as a message, anything else is thrown. */
export async function attempt<T>(load: Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await load };
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INVALID_INPUT') return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}
