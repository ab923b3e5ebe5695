// How Review words a line's outcome: which lots FIFO takes and from where, what
// a receipt or a count books; and the errors of a refused preview per line.
import type { LineOutcome } from '@/lib/scan/plan-scan';
import type { Refusal } from './results';
import type { GeneralAction, Workflow } from './workflows';

export function outcomeText(o: LineOutcome, workflow: Workflow, action: GeneralAction | null, location: string | null): string | null {
  if (o.error) return null;
  const lots = o.lots.map((l) => `${l.batch} × ${l.quantity}`).join(', ');
  if (workflow === 'general' && action === 'receive') return `Into a new batch at ${location ?? 'the storage unit'}.`;
  if (workflow === 'general' && action === 'count') {
    if (!o.lots.length) return `Matches the stock at ${o.from ?? location}; nothing to book.`;
    return `Books the difference at ${o.from ?? location}: ${o.lots.map((l) => (l.batch === 'new' ? `+${l.quantity} as a new batch` : `${l.quantity} from ${l.batch}`)).join(', ')}.`;
  }
  return lots ? `Takes ${lots} from ${o.from ?? location}${o.lots.length > 1 ? ' (oldest first)' : ''}.` : null;
}

/** A refused preview or commit: the message for each line (by index), and the rest for the top of the page. */
export function refusalByLine(refusal: Refusal | null): { lines: Map<number, string>; general: string[] } {
  const lines = new Map<number, string>();
  const general: string[] = [];
  if (!refusal) return { lines, general };
  for (const [field, message] of Object.entries(refusal.fieldErrors ?? {})) {
    const m = /^lines\.(\d+)(\.|$)/.exec(field);
    if (m) lines.set(Number(m[1]), message);
    else general.push(message);
  }
  // With one error the message restates it; with several it sums them up ("3 lines need attention ...").
  if (!lines.size && !general.length) general.push(refusal.message);
  else if (lines.size > 1) general.unshift(refusal.message);
  return { lines, general: [...new Set(general)] };
}
