// Where the API names a field differently from the domain (`kind` for the
// domain's `kindCode`), the body is renamed on the way in and field errors on
// the way out, so a client always reads back the names it sent.
import { DomainError } from '@/lib/errors';

export type FieldNames = Record<string, string>; // API name -> domain name

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body with API names replaced by domain names; a domain name sent directly is dropped, anything not an object passes as is. */
export function toDomainFields(body: unknown, names: FieldNames): unknown {
  if (!isRecord(body)) return body;
  const out: Record<string, unknown> = {};
  const domainNames = new Set(Object.values(names));
  for (const [key, value] of Object.entries(body)) {
    if (key in names) out[names[key]] = value;
    else if (!domainNames.has(key)) out[key] = value;
  }
  return out;
}

/** Runs a domain call and names its field errors as the API does. */
export async function withApiFieldNames<T>(names: FieldNames, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError) || !Object.keys(error.fieldErrors).length) throw error;
    const apiName = Object.fromEntries(Object.entries(names).map(([api, domain]) => [domain, api]));
    const renamed = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [apiName[field] ?? field, message]));
    throw new DomainError(error.code, error.message, renamed);
  }
}
