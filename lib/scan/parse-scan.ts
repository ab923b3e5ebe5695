// One raw scan (what a keyboard-wedge scanner typed or a camera decoded) read
// into a candidate for the resolver: a plain code, a 2D label with named fields
// (ECIA EIGP-114, GS1), or an invalid scan with a reason in plain words.
// Pure, and never throws: whatever arrives, an answer comes back.
//
// Read in this order: trim; an AIM symbology identifier (`]C1`, `]d2` ...);
// a typed quantity prefix (`25*`, `2.5*`, `25x`); then the body:
// - "[)>" envelope → EIGP-114 label (data identifiers: see label-fields.ts);
// - "(01)...(10)..." or a GS1 identifier (]C1 ]d2 ]Q3 ]e0 ...) or GS-separated
//   AIs or "01" + a GTIN with a valid check digit → GS1 label;
// - anything else readable → code.
// Textual stand-ins for GS/RS/EOT ({GS}, <GS>, \x1d, ^], ␝ ...) are read as the
// characters, in labels and GS1 strings.

import { hasValidCheckDigit, parseBracketedGs1, parseRawGs1 } from './gs1-element-string';
import { readEnvelope, readGs1Label, type LabelField, type LabelFields, type ReadLabel } from './label-fields';
import { GS, gs1Symbologies, restoreControlCharacters, splitQuantityPrefix, splitSymbology, unreadableCharacter } from './scan-text';

export const MAX_SCAN_LENGTH = 4000;

export type InvalidScanReason =
  | 'not_text'
  | 'empty'
  | 'too_long'
  | 'unreadable_characters'
  | 'bad_quantity'
  | 'zero_quantity'
  | 'quantity_without_code'
  | 'label_separators_missing'
  | 'label_malformed'
  | 'gs1_malformed';

export const invalidScanMessages: Record<InvalidScanReason, string> = {
  not_text: 'The scan was not text.',
  empty: 'Nothing was scanned.',
  too_long: `The scan is longer than ${MAX_SCAN_LENGTH} characters.`,
  unreadable_characters: 'The scan contains characters no code has. Scan it again.',
  bad_quantity: 'The quantity in front of the code is not a number (at most 14 digits and 6 decimals).',
  zero_quantity: 'The quantity in front of the code is 0.',
  quantity_without_code: 'A quantity was typed but no code followed it.',
  label_separators_missing: "The label's field separators did not arrive. Set the scanner to send GS (or {GS}) and scan again.",
  label_malformed: 'The 2D label could not be read.',
  gs1_malformed: 'The GS1 barcode could not be read.',
};

type Common = {
  /** The scan as it arrived, trimmed (at most MAX_SCAN_LENGTH characters). */
  raw: string;
  /** The AIM symbology identifier the scanner sent, e.g. "]C1". */
  symbology?: string;
};

export type CodeScan = Common & {
  kind: 'code';
  code: string;
  /** Typed in front of the scan ("25*CODE"), in one spelling. */
  quantity?: string;
  /**
   * With an `x` quantity prefix: the text as one code, for a code that itself looks
   * like one ("4x4-BRACKET"). A resolver tries it when `code` is unknown.
   */
  literal?: string;
};

export type LabelScan = Common &
  LabelFields & {
    kind: 'label';
    format: 'eigp-114' | 'gs1';
    /** Every field read, in label order: EIGP data identifiers ("1P") or GS1 AIs ("10"). */
    fields: LabelField[];
    /** A typed quantity prefix when there was one, else the label's quantity. */
    quantity?: string;
  };

export type InvalidScan = Common & { kind: 'invalid'; reason: InvalidScanReason; message: string };

export type ScanCandidate = CodeScan | LabelScan | InvalidScan;

const invalid = (reason: InvalidScanReason, raw: string, symbology?: string): InvalidScan => ({
  kind: 'invalid',
  reason,
  message: invalidScanMessages[reason],
  raw,
  ...(symbology ? { symbology } : {}),
});

export function parseScan(input: unknown): ScanCandidate {
  try {
    return read(input);
  } catch {
    // Not expected; the promise is that no scan ever breaks the caller.
    return invalid('unreadable_characters', typeof input === 'string' ? input.slice(0, 80) : '');
  }
}

function read(input: unknown): ScanCandidate {
  if (typeof input !== 'string') return invalid('not_text', '');
  // Whitespace cannot make a 40 kB scan fit; do not trim megabytes for nothing.
  if (input.length > MAX_SCAN_LENGTH * 10) return invalid('too_long', input.slice(0, 80));
  const text = input.trim();
  if (text.length > MAX_SCAN_LENGTH) return invalid('too_long', text.slice(0, 80));
  if (!text) return invalid('empty', '');

  let { symbology, rest } = splitSymbology(text);
  let quantity: string | undefined;
  let literal: string | undefined;
  // A scan that starts with an identifier came whole from the scanner: a typed quantity would stand before it.
  const prefix = symbology ? ({ found: false } as const) : splitQuantityPrefix(rest);
  if (prefix.found && !prefix.ok) return invalid(prefix.reason, text);
  // "21XA" GS "01..." is a GS1 string, not 21 times "A...": with x, a label read of the whole wins.
  if (prefix.found && !(prefix.sign === 'x' && isLabel(readLabel(rest, undefined)))) {
    quantity = prefix.quantity;
    if (prefix.sign === 'x') literal = rest;
    ({ symbology, rest } = splitSymbology(prefix.rest));
  }
  const common: Common = { raw: text, ...(symbology ? { symbology } : {}) };

  const label = readLabel(rest, symbology);
  if (label === 'gs1_malformed') return invalid('gs1_malformed', text, symbology);
  if (label) {
    if (!label.ok) return invalid(label.reason, text, symbology);
    const { ok: _ok, ...fields } = label;
    return { kind: 'label', ...common, ...fields, ...(quantity !== undefined ? { quantity } : {}) };
  }

  if (unreadableCharacter.test(rest)) return invalid('unreadable_characters', text, symbology);
  // "]dP" or "25*" alone: an identifier or a quantity with nothing after it.
  if (!rest.trim()) return invalid('empty', text, symbology);
  return {
    kind: 'code',
    ...common,
    code: rest,
    ...(quantity !== undefined ? { quantity } : {}),
    ...(literal !== undefined ? { literal } : {}),
  };
}

const isLabel = (r: ReturnType<typeof readLabel>) => r !== null && r !== 'gs1_malformed' && r.ok;

/** A label reading, 'gs1_malformed' for a GS1 symbol that does not read, or null for "not a label". */
function readLabel(body: string, symbology: string | undefined): ReadLabel | 'gs1_malformed' | null {
  const restored = restoreControlCharacters(body);
  if (restored.startsWith('[)>')) return readEnvelope(restored);

  const bracketed = parseBracketedGs1(body);
  if (bracketed) return readGs1Label(bracketed);

  if (symbology && gs1Symbologies.has(symbology)) {
    const elements = parseRawGs1(restored);
    return elements ? readGs1Label(elements) : 'gs1_malformed';
  }
  // Without an identifier: GS-separated AIs, or a GTIN the check digit vouches for.
  if (restored.includes(GS) || (/^01\d{14}/.test(restored) && hasValidCheckDigit(restored.slice(2, 16)))) {
    const elements = parseRawGs1(restored);
    if (elements) return readGs1Label(elements);
  }
  return null;
}
