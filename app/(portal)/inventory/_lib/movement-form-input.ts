// Turns the movement form's text fields into the domain's input, and the
// domain's field names back into the form's.
import { MOVE_KINDS, type MoveKind } from './move-kinds';

/** Left out when blank, so the domain sees "not given" rather than an empty string. */
const OPTIONAL = new Set(['supplier', 'supplierLot', 'unitCost', 'expiresAt', 'customer', 'note', 'expectedAvailable', 'idempotencyKey', 'refNumber']);

export function movementInput(kind: MoveKind, fields: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'kind' || key === 'refNumber' || (OPTIONAL.has(key) && value.trim() === '')) continue;
    input[key] = value;
  }
  const reference = MOVE_KINDS[kind].reference;
  const number = fields.refNumber?.trim();
  if (reference && number) input.reference = { kind: reference.kind, number };
  return input;
}

export function formFieldErrors(errors: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!errors) return errors;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.startsWith('reference') ? 'refNumber' : key] ??= message;
  return out;
}
