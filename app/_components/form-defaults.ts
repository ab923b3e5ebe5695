// What a form shows: the record's values as text (lists joined with commas), overridden by what the user
// typed when the server sent the form back (so nothing typed is lost).
export function formDefaults(record: Record<string, unknown> | undefined, typed: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (Array.isArray(value)) out[key] = value.join(', ');
    else if (typeof value !== 'object' || value === null) out[key] = value == null ? '' : String(value);
  }
  return { ...out, ...typed };
}
