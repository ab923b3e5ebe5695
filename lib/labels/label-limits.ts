// One print job has a ceiling, so a click on a site with every bin beneath it
// cannot tie up the server; it is far above a day's labels.
import { invalid } from '../errors';

export const MAX_LABELS_PER_PRINT = 2000;

export function checkLabelCount(count: number): void {
  if (count > MAX_LABELS_PER_PRINT) throw invalid('labels', `That would print more than ${MAX_LABELS_PER_PRINT} labels; print a smaller part at a time.`);
}

/** Codes as typed, trimmed, in order of first appearance, once each whatever their letter case (codes are case-insensitive). */
export function distinctCodes(codes: string[], maxLength: number): string[] {
  const seen = new Set<string>();
  return codes.map((c) => c.trim()).filter((c) => c && c.length <= maxLength && !seen.has(c.toLowerCase()) && seen.add(c.toLowerCase()));
}
