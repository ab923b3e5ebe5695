// What the scan screen says after a scan: whether the line may join the session
// (the domain's preview of the session with it decides) and the sentence that
// tells the person what was scanned.
import type { LineInfo } from './scan-session';
import type { PreviewResult } from './results';

export type LineVerdict = { ok: true; unchecked?: string } | { ok: false; message: string };

/**
 * The new line at `index` against the preview of the session with it: its own
 * error refuses it; a refusal of the whole session (another line's quantity,
 * a target that closed meanwhile) does not — the line is known, and Review
 * shows what else needs attention.
 */
export function lineVerdict(check: PreviewResult | null, index: number): LineVerdict {
  if (!check) return { ok: true, unchecked: 'It could not be checked just now; Review checks it again.' };
  if (check.ok) {
    const error = check.preview.lines[index]?.error;
    return error ? { ok: false, message: error } : { ok: true };
  }
  const own = Object.entries(check.fieldErrors ?? {}).find(([field]) => field === `lines.${index}` || field.startsWith(`lines.${index}.`));
  if (own) return { ok: false, message: own[1] };
  return { ok: true, unchecked: check.message };
}

const qty = (quantity: string, unit: string | null) => `${quantity}${unit ? ` ${unit}` : ''}`;

/** "12 pcs at MKE-QA, 40 in all." / "40 pcs available: MKE 30, MKE-QA 10." / "In stock at MKE-QA." */
export function availabilityText(info: LineInfo, source: string | null): string {
  if (info.kind === 'serial') {
    const status = info.status ? info.status.replace(/_/g, ' ') : 'unknown status';
    return info.locations[0] ? `${capitalise(status)} at ${info.locations[0].code}.` : `${capitalise(status)}.`;
  }
  if (info.availableHere !== null && source) return `${qty(info.availableHere, info.unit)} at ${source}, ${info.available ?? '0'} in all.`;
  const where = info.locations.map((l) => `${l.code} ${l.quantity}`).join(', ');
  return `${qty(info.available ?? '0', info.unit)} available${where ? `: ${where}` : ''}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const lineTitle = (info: LineInfo): string =>
  info.kind === 'serial' ? `${info.sku} serial ${info.serial}` : `${info.sku}${info.batch ? ` ${info.batch}` : ''}`;

export function addedMessage(info: LineInfo, quantity: string, merged: boolean, source: string | null): string {
  if (info.kind === 'serial') return `Added ${info.name} (${lineTitle(info)}). ${availabilityText(info, source)}`;
  if (merged) return `${info.name} (${lineTitle(info)}): now ${qty(quantity, info.unit)}. ${availabilityText(info, source)}`;
  return `Added ${info.name} (${lineTitle(info)}) × ${qty(quantity, info.unit)}. ${availabilityText(info, source)}`;
}

export const placeMessage = (label: string, place: { code: string; name: string }): string => `${label} ${place.code} (${place.name}).`;
