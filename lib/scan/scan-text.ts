// The raw text of one scan before it is read: the separators a keyboard-wedge
// scanner may have typed as text, AIM symbology identifiers, the quantity a
// person typed in front of a scan, and what counts as unreadable.

export const GS = '\x1d';
export const RS = '\x1e';
export const EOT = '\x04';

/**
 * Textual stand-ins scanners (or people pasting) use for the control
 * characters of ISO/IEC 15434 and GS1: `{GS}` `<GS>` `[GS]` `\x1d` `\u001d`
 * `^]` (caret notation), `␝` (control picture; zxing's HRI text) and the like,
 * and `{FNC1}`/`<FNC1>` for GS1's separator.
 */
const standIn = /\{(?:GS|RS|EOT|FNC1)\}|<(?:GS|RS|EOT|FNC1)>|\[(?:GS|RS|EOT)\]|\\x(?:1d|1e|04)|\\u(?:001d|001e|0004)|\^\]|\^\^|\^D|[␝␞␄]/gi;

const standInValue = (token: string): string => {
  const t = token.toUpperCase();
  if (t === '^]' || t === '␝' || t.includes('GS') || t.includes('FNC1') || t.endsWith('1D')) return GS;
  if (t === '^^' || t === '␞' || t.includes('RS') || t.endsWith('1E')) return RS;
  return EOT;
};

/** Real GS/RS/EOT characters in place of their textual stand-ins. */
export const restoreControlCharacters = (text: string): string => text.replace(standIn, standInValue);

/**
 * An AIM symbology identifier at the start (`]C1` GS1-128, `]d2` GS1 Data
 * Matrix, `]Q3` GS1 QR, `]E0` EAN-13 ...): `]`, a letter, a modifier character.
 */
const aimPrefix = /^\][A-Za-z][0-9A-Za-z]/;

export function splitSymbology(text: string): { symbology?: string; rest: string } {
  const m = aimPrefix.exec(text);
  return m ? { symbology: m[0], rest: text.slice(3) } : { rest: text };
}

/** Identifiers whose data is a GS1 element string (FNC1 in first position). */
export const gs1Symbologies = new Set([']C1', ']d2', ']Q3', ']e0', ']J1', ']z1', ']z2', ']z4']);

/** A typed or printed quantity in one spelling ("025.50" → "25.5"), or null beyond what stock holds (numeric(20,6)). */
export function canonicalQuantity(text: string): string | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const whole = m[1].replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (whole.length > 14 || fraction.length > 6) return null;
  return fraction ? `${whole}.${fraction}` : whole;
}

export const isZeroQuantity = (q: string) => /^0(\.0*)?$/.test(q);

export type QuantityPrefix =
  | { found: false }
  | { found: true; ok: true; quantity: string; rest: string; sign: '*' | 'x' }
  | { found: true; ok: false; reason: 'bad_quantity' | 'zero_quantity' | 'quantity_without_code' };

/**
 * `25*CODE`, `2.5*CODE`, `25xCODE`, `25XCODE`. With `x` the digits must make a
 * usable quantity and a code must follow, else the whole text is a code
 * ("0x1F"); a code that only looks like one ("4x4-BRACKET") stays readable
 * through the literal the caller keeps.
 */
export function splitQuantityPrefix(text: string): QuantityPrefix {
  const m = /^(\d+(?:\.\d+)?)\s*([*xX])([\s\S]*)$/.exec(text);
  if (!m) return { found: false };
  const [, digits, sign, after] = m;
  const rest = after.trim();
  const quantity = canonicalQuantity(digits);
  const reason = !quantity ? 'bad_quantity' : isZeroQuantity(quantity) ? 'zero_quantity' : !rest ? 'quantity_without_code' : null;
  if (reason) return sign === '*' ? { found: true, ok: false, reason } : { found: false };
  return { found: true, ok: true, quantity: quantity!, rest, sign: sign === '*' ? '*' : 'x' };
}

/**
 * Characters no code of ours contains: C0/C1 controls, DEL, lone UTF-16
 * surrogates, and U+FFFD (what a decoder leaves for bytes it could not read).
 */
export const unreadableCharacter = /[\x00-\x1f\x7f-\x9f\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
