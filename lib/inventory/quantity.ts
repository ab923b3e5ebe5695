// Exact stock quantities: numeric(20,6) in the database, bigint millionths in
// code. Never floating point (0.98 + 0.02 must be 1).

export type Qty = bigint;
export const SCALE = 6;
const ONE = 10n ** BigInt(SCALE);
const pattern = /^([+-])?(\d{1,14})(?:\.(\d+))?$/;

export type ParsedQuantity = { ok: true; value: Qty } | { ok: false; reason: string };

/**
 * Parses what a person or client typed ("25", "1.5", 12) against the unit's
 * decimal places. Rejects NaN, Infinity, exponents, blanks and too many decimals.
 */
export function parseQuantity(input: unknown, decimals: number): ParsedQuantity {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : typeof input === 'string' ? input.trim() : '';
  if (typeof input === 'number' && /e/i.test(text)) return { ok: false, reason: 'Enter a plain number.' };
  const m = pattern.exec(text);
  if (!m) return { ok: false, reason: 'Enter a number.' };
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) {
    return { ok: false, reason: decimals === 0 ? 'Enter a whole number.' : `Use at most ${decimals} decimal place${decimals === 1 ? '' : 's'}.` };
  }
  const value = BigInt(m[2]) * ONE + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE));
  return { ok: true, value: m[1] === '-' ? -value : value };
}

/** A database numeric (string) to Qty. */
export function fromDb(value: string | number | { toString(): string }): Qty {
  const parsed = parseQuantity(String(value), SCALE);
  if (!parsed.ok) throw new Error(`not a stock quantity: ${String(value)}`);
  return parsed.value;
}

/** Qty to the string PostgreSQL reads as numeric. */
export function toDb(q: Qty): string {
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const whole = abs / ONE;
  const frac = (abs % ONE).toString().padStart(SCALE, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** For people and API answers: the unit's decimal places ("25", "1.50"). */
export function formatQuantity(q: Qty, decimals: number): string {
  const s = toDb(q);
  const [whole, frac] = s.split('.');
  if (decimals <= 0) return whole === '-0' ? '0' : whole;
  return `${whole}.${frac.slice(0, decimals)}`;
}

export const minQty = (a: Qty, b: Qty): Qty => (a < b ? a : b);
export const sumQty = (values: Iterable<Qty>): Qty => {
  let total = 0n;
  for (const v of values) total += v;
  return total;
};

/** Value of a quantity at a unit cost (both exact), rounded to cents as a string. */
export function valueOf(q: Qty, unitCost: string): string {
  const cost = fromDb(unitCost); // millionths of a currency unit
  const micro = (q * cost) / ONE; // millionths
  const cents = (micro + (micro >= 0n ? 5000n : -5000n)) / 10000n;
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
