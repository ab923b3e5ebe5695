// What an audit event changed, for reading: one line per key whose value differs
// between before and after (a creation lists every key, a deletion too).
export interface AuditChange {
  /** The changed key; empty when before/after are single values rather than records. */
  key: string;
  before: string;
  after: string;
}

const MAX_SHOWN = 200;
type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a person reads it: absent is a dash, null is "none", text as is, the rest as JSON. */
export function showValue(value: Json): string {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export function auditChanges(before: Json, after: Json): AuditChange[] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if ((b === undefined || isRecord(b)) && (a === undefined || isRecord(a))) {
    const from = b ?? {};
    const to = a ?? {};
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys.filter((k) => !same(from[k], to[k])).map((key) => ({ key, before: showValue(from[key]), after: showValue(to[key]) }));
  }
  return same(b, a) ? [] : [{ key: '', before: showValue(b), after: showValue(a) }];
}
