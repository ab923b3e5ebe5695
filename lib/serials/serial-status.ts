// A serial's status as stored, as the API spells it and as people read it.
export const SERIAL_STATUSES = ['IN_PRODUCTION', 'IN_STOCK', 'DELIVERED', 'SCRAPPED'] as const;
export type SerialStatus = (typeof SERIAL_STATUSES)[number];

export const SERIAL_STATUS_API = {
  IN_PRODUCTION: 'in_production',
  IN_STOCK: 'in_stock',
  DELIVERED: 'delivered',
  SCRAPPED: 'scrapped',
} as const satisfies Record<SerialStatus, string>;

export const SERIAL_STATUS_LABELS = {
  IN_PRODUCTION: 'In Production',
  IN_STOCK: 'In Stock',
  DELIVERED: 'Delivered',
  SCRAPPED: 'Defect/Scrapped',
} as const satisfies Record<SerialStatus, string>;

export type SerialStatusApi = (typeof SERIAL_STATUS_API)[SerialStatus];

export function statusFromApi(value: string): SerialStatus | null {
  const found = SERIAL_STATUSES.find((s) => SERIAL_STATUS_API[s] === value.trim().toLowerCase());
  return found ?? null;
}
