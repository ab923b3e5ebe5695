// What the scan screen's server actions accept, read from whatever arrived:
// only the known fields, only text, always in one order (commitScan compares a
// retried request with the first by its JSON, so the order must not vary).
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function scanSessionRequestOf(input: unknown): Record<string, unknown> {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ['workflow', 'action', 'target', 'location', 'to'] as const) {
    const value = textOf(raw[key]);
    if (value !== undefined && value !== '') out[key] = value;
  }
  // Not an array: left out, so the domain says "Scan at least one item."
  if (Array.isArray(raw.lines)) {
    out.lines = raw.lines.map((l) => {
      const line = (l && typeof l === 'object' ? l : {}) as Record<string, unknown>;
      const quantity = textOf(line.quantity);
      return quantity !== undefined && quantity.trim() !== '' ? { code: textOf(line.code) ?? '', quantity } : { code: textOf(line.code) ?? '' };
    });
  }
  const key = textOf(raw.idempotencyKey);
  if (key) out.idempotencyKey = key;
  return out;
}

export function resolveRequestOf(input: unknown): { code: string; location?: string } {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const location = textOf(raw.location);
  return location ? { code: textOf(raw.code) ?? '', location } : { code: textOf(raw.code) ?? '' };
}
