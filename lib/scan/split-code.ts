// A scanned line's code as the resolver needs it: the code itself, a quantity
// given by prefix ("25*CODE"), and for a distributor's bag label the part
// number to look the item up by, its quantity and lot.
import { parseScan } from './parse-scan';

export interface SplitCode {
  code: string;
  quantity: string | null;
  partNumber: string | null;
  supplierLot: string | null;
}

export function splitCode(raw: string): SplitCode {
  const parsed = parseScan(raw);
  if (parsed.kind === 'label') {
    const part = parsed.supplierPart ?? parsed.customerPart ?? null;
    return { code: parsed.customerPart ?? part ?? raw.trim(), quantity: parsed.quantity ?? null, partNumber: part, supplierLot: parsed.lot ?? null };
  }
  if (parsed.kind === 'code') return { code: parsed.code, quantity: parsed.quantity ?? null, partNumber: null, supplierLot: null };
  return { code: raw.trim().slice(0, 200), quantity: null, partNumber: null, supplierLot: null };
}
