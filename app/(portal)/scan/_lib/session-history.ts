// How a committed scan session reads in the history and in the answers of
// Accept and Roll back.
import type { ScanSessionView } from '@/lib/scan/get-scan-session';
import { ACTION_LABEL, isGeneralAction } from './workflows';

export function sessionTitle(s: Pick<ScanSessionView, 'workflow' | 'action' | 'target'>): string {
  if (s.workflow === 'sales') return `Sales delivery${s.target ? ` · ${s.target}` : ''}`;
  if (s.workflow === 'production') return `Production materials${s.target ? ` · ${s.target}` : ''}`;
  return `${isGeneralAction(s.action) ? ACTION_LABEL[s.action] : 'Inventory update'} by scanning`;
}

/** "CON-USB-C × 5", "PRD-GATEWAY-100 GW-0001" per line. */
export const lineSummaries = (s: Pick<ScanSessionView, 'lines'>): string[] => s.lines.map((l) => (l.serial ? `${l.sku} ${l.serial}` : `${l.sku} × ${l.quantity}`));

export const linesCount = (n: number) => `${n} line${n === 1 ? '' : 's'}`;

export function acceptedMessage(s: ScanSessionView & { replayed?: boolean }): string {
  const what = `${sessionTitle(s)}: ${linesCount(s.lines.length)} posted.`;
  return s.replayed ? `Already accepted — ${what} Nothing was posted twice.` : `Accepted. ${what}`;
}

export function rolledBackMessage(s: ScanSessionView): string {
  const restored = s.workflow === 'sales' ? ' and the order’s delivered quantities are restored' : s.workflow === 'production' ? ' and the materials are no longer counted against the run' : '';
  return `Rolled back: ${sessionTitle(s)}. The stock is back where it was${restored}.`;
}
