// The movement pages: what each kind is called, who may post it, and where the
// stock comes from when it takes stock out (that is what the FIFO preview shows).
// Shared by the server page, the action and the client form.
import type { Permission } from '@/lib/roles/permissions';

export const MOVE_KINDS = {
  receive: { title: 'Receive stock', confirm: 'Confirm receipt', permission: 'inventory.receive', reference: { kind: 'purchase_order', label: 'Purchase order (optional)' } },
  transfer: { title: 'Transfer stock', confirm: 'Confirm transfer', permission: 'inventory.transfer', reference: null },
  adjust: { title: 'Adjust stock', confirm: 'Confirm adjustment', permission: 'inventory.adjust', reference: null },
  'set-quantity': { title: 'Set quantity after a count', confirm: 'Confirm count', permission: 'inventory.adjust', reference: null },
  consume: { title: 'Consume stock', confirm: 'Confirm consumption', permission: 'inventory.consume', reference: { kind: 'work_order', label: 'Work order or job (optional)' } },
  ship: { title: 'Ship stock', confirm: 'Confirm shipment', permission: 'inventory.ship', reference: { kind: 'sales_order', label: 'Sales order (optional)' } },
  status: { title: 'Change stock status', confirm: 'Confirm status change', permission: 'inventory.status', reference: null },
} as const satisfies Record<string, { title: string; confirm: string; permission: Permission; reference: { kind: string; label: string } | null }>;

export type MoveKind = keyof typeof MOVE_KINDS;
export const isMoveKind = (kind: string): kind is MoveKind => Object.hasOwn(MOVE_KINDS, kind);

export type MoveValues = Record<string, string>;

/** For movements that take stock out: the storage unit and status the preview reads; null otherwise. */
export function previewSource(kind: MoveKind, v: MoveValues): { location: string; status: string } | null {
  switch (kind) {
    case 'transfer':
    case 'consume':
    case 'ship':
      return { location: v.from ?? '', status: 'available' };
    case 'adjust':
      return v.direction === 'up' ? null : { location: v.location ?? '', status: 'available' };
    case 'status':
      return { location: v.location ?? '', status: v.fromStatus || 'available' };
    default:
      return null;
  }
}

/** The form fields each kind starts with, prefilled from the page's search params (sku, from, to, location). */
export function initialValues(kind: MoveKind, prefill: { sku: string; from: string; to: string; location: string }): MoveValues {
  const at = prefill.location || prefill.from || prefill.to;
  const base = { sku: prefill.sku, quantity: '', note: '' };
  switch (kind) {
    case 'receive':
      return { ...base, to: prefill.to || prefill.location, supplier: '', supplierLot: '', unitCost: '', expiresAt: '', refNumber: '' };
    case 'transfer':
      return { ...base, from: prefill.from || prefill.location, to: prefill.to };
    case 'consume':
    case 'ship':
      return { ...base, from: prefill.from || prefill.location, refNumber: '' };
    case 'adjust':
      return { ...base, direction: 'down', location: at, reason: '' };
    case 'set-quantity':
      return { ...base, location: at, reason: '' };
    case 'status':
      return { ...base, location: at, fromStatus: 'available', status: 'on_hold' };
  }
}
