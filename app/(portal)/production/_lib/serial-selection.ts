// Serial numbers chosen on a form (ticked boxes and typed text) as one list,
// and the product page's bulk selection: which serials, and where to approve them.
export const MAX_SELECTED = 200;

/** Typed text split the way the domain splits it: whitespace, commas, semicolons. */
export function splitSerials(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Every serial sent under the named fields, once each (serials compare case-insensitively), in the order sent. */
export function chosenSerials(formData: FormData, fields: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const field of fields) {
    for (const value of formData.getAll(field)) {
      if (typeof value !== 'string') continue;
      for (const serial of splitSerials(value)) {
        if (seen.has(serial.toUpperCase())) continue;
        seen.add(serial.toUpperCase());
        out.push(serial);
      }
    }
  }
  return out;
}

export type BulkOperation = 'advance' | 'approve';

export type BulkSelection = { ok: true; serials: string[]; location: string } | { ok: false; message: string; fieldErrors: Record<string, string> };

const refuse = (field: string, message: string): BulkSelection => ({ ok: false, message, fieldErrors: { [field]: message } });

export function parseBulkSelection(formData: FormData, op: BulkOperation): BulkSelection {
  const serials = chosenSerials(formData, ['serial']);
  const location = String(formData.get('location') ?? '').trim();
  if (!serials.length) return refuse('serial', 'Tick at least one serial number.');
  if (serials.length > MAX_SELECTED) return refuse('serial', `Choose at most ${MAX_SELECTED} serial numbers at a time.`);
  // Checked once here rather than refused once per serial by the domain.
  if (op === 'approve' && !location) return refuse('location', 'Choose the storage unit to approve into.');
  return { ok: true, serials, location };
}

export interface BulkOutcome {
  serial: string;
  ok: boolean;
  message: string;
}

/** The line above the per-serial list: how many went through, how many were refused. */
export function bulkSummary(op: BulkOperation, outcomes: BulkOutcome[]): string {
  const done = outcomes.filter((o) => o.ok).length;
  const verb = op === 'advance' ? 'advanced' : 'approved into stock';
  const refused = outcomes.length - done;
  return `${done} of ${outcomes.length} ${outcomes.length === 1 ? 'serial' : 'serials'} ${verb}${refused ? `; ${refused} refused (reasons below)` : ''}.`;
}
