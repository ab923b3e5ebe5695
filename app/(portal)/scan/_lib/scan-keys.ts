// The scan box's keyboard: which key events a keyboard-wedge scanner sends that
// the browser must not act on, and which text a finished scan is.

/** Ctrl+] (GS), Ctrl+^ / Ctrl+6 (RS), Ctrl+D (EOT): a scanner's 2D-label separators, not a bookmark or a browser shortcut. */
export function swallowsKey(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): boolean {
  return !!e.ctrlKey && !e.altKey && !e.metaKey && [']', '^', '6', 'd', 'D'].includes(e.key);
}

/** A key that types a character (the first of a scan arriving while nothing has the focus). */
export const typesCharacter = (e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): boolean =>
  [...e.key].length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;

const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The scan's text: the assembler's (it keeps the GS/RS/EOT a label needs, which
 * an input cannot show) when it matches what the box shows; otherwise the box
 * (a paste, an edit with the mouse or a phone keyboard the assembler cannot see).
 */
export function scanTextOf(assembled: string | null, box: string): string {
  if (assembled && assembled.replace(CONTROL, '') === box) return assembled;
  return box;
}

/** The Qty step: the box holds a quantity for the next scan ("25", "2.5"), or null. */
export function quantityStep(box: string): string | null {
  const text = box.trim().replace(',', '.');
  return /^\d{1,14}(\.\d{1,6})?$/.test(text) && Number(text) > 0 ? text : null;
}
