// Words the inventory screens use for ledger entry types and stock statuses.
export const ENTRY_TYPE_LABELS: Record<string, string> = {
  RECEIPT: 'Receipt',
  PRODUCTION_OUTPUT: 'Production output',
  SHIPMENT: 'Shipment',
  CONSUMPTION: 'Consumption',
  ADJUST_UP: 'Adjusted up',
  ADJUST_DOWN: 'Adjusted down',
  TRANSFER_OUT: 'Transfer out',
  TRANSFER_IN: 'Transfer in',
  STATUS_CHANGE: 'Status change',
  REVERSAL: 'Reversal',
};

export const STATUS_LABELS: Record<string, string> = { available: 'Available', on_hold: 'On hold', rejected: 'Rejected' };

export const entryTypeLabel = (t: string) => ENTRY_TYPE_LABELS[t] ?? t;
export const statusLabel = (s: string) => STATUS_LABELS[s] ?? s;

/** Numbers line up in columns. */
export const NUM = 'text-right tabular-nums whitespace-nowrap';
