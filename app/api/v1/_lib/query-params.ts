// Query parameters for a domain filter: exactly the fields the domain's filter
// schema knows (the domain validates them); repeated parameters count once.
import type { z } from 'zod';

export function queryParamsFor(request: Request, filter: z.ZodObject, omit: readonly string[] = []): Record<string, string> {
  const params = new URL(request.url).searchParams;
  const out: Record<string, string> = {};
  for (const name of Object.keys(filter.shape)) {
    const value = params.get(name);
    if (value !== null && !omit.includes(name)) out[name] = value;
  }
  return out;
}
