// Serial number patterns of serial-tracked products: literal text plus {SKU}
// (the product's SKU, upper-cased), {YYYY} (the year it is made, UTC) and one
// sequence token {SEQ:n} padded to n digits ({SEQ} is {SEQ:6}). Serials with the
// same text around the sequence share one counter, so two products whose
// patterns render alike can never hand out the same number.
export const DEFAULT_SERIAL_PATTERN = '{SKU}-{YYYY}-{SEQ:6}';
export const SERIAL_PATTERN_MAX = 60;
/** The serial column is read back with at most this many characters (get-serial). */
export const SERIAL_MAX = 100;

const TOKEN = /\{([A-Z]+)(?::(\d+))?\}/g;
const LITERAL = /^[A-Z0-9\-_/]*$/;

export type PatternCheck = { ok: true; pattern: string } | { ok: false; reason: string };

/** A pattern as an Admin typed it: upper-cased, then every token and character checked. */
export function checkSerialPattern(typed: string): PatternCheck {
  const pattern = typed.trim().toUpperCase();
  if (!pattern) return { ok: false, reason: 'Enter a pattern, or leave it empty for the default.' };
  if (pattern.length > SERIAL_PATTERN_MAX) return { ok: false, reason: `At most ${SERIAL_PATTERN_MAX} characters.` };
  let sequences = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    const [token, name, width] = m;
    if (name === 'SEQ') {
      sequences++;
      if (width !== undefined && !(Number(width) >= 3 && Number(width) <= 9)) return { ok: false, reason: `${token}: the sequence has 3 to 9 digits.` };
    } else if ((name !== 'SKU' && name !== 'YYYY') || width !== undefined) {
      return { ok: false, reason: `${token} is not a pattern token; use {SKU}, {YYYY} and {SEQ:n}.` };
    }
  }
  if (sequences !== 1) return { ok: false, reason: 'Put exactly one {SEQ} or {SEQ:n} (n from 3 to 9) in the pattern.' };
  const literal = pattern.replace(TOKEN, '');
  if (!LITERAL.test(literal)) return { ok: false, reason: 'Besides the tokens use only letters A-Z, digits, - _ and /.' };
  return { ok: true, pattern };
}

export interface RenderedPattern {
  /** The counter these serials draw from (lib/serials/sequence.ts). */
  sequenceName: string;
  prefix: string;
  suffix: string;
  width: number;
}

/** The pattern for one product and year: the text around the sequence. */
export function renderPattern(pattern: string | null, sku: string, at: Date): RenderedPattern {
  const source = pattern ?? DEFAULT_SERIAL_PATTERN;
  const fill = (text: string) => text.replace(/\{SKU\}/g, sku.toUpperCase()).replace(/\{YYYY\}/g, String(at.getUTCFullYear()));
  const seq = /\{SEQ(?::(\d))?\}/.exec(source);
  if (!seq) throw new Error(`serial pattern without {SEQ}: ${source}`);
  const prefix = fill(source.slice(0, seq.index));
  const suffix = fill(source.slice(seq.index + seq[0].length));
  return { sequenceName: `serial:${prefix}${suffix ? `{SEQ}${suffix}` : ''}`, prefix, suffix, width: seq[1] ? Number(seq[1]) : 6 };
}

/** Serial numbers first..first+count-1; past 10^width the number simply grows wider (still unique). */
export function serialsOf(rendered: RenderedPattern, first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${rendered.prefix}${String(first + i).padStart(rendered.width, '0')}${rendered.suffix}`);
}

/** An example for forms: the first serial a product would get this year. */
export function exampleSerial(pattern: string | null, sku: string, at = new Date()): string {
  return serialsOf(renderPattern(pattern, sku, at), 1, 1)[0];
}
