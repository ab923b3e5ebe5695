// POST /api/v1/movements: `type` picks the one domain operation that posts the
// movement; the other fields go to it as they are and it validates them. The
// Idempotency-Key header is the only idempotency key (a body field is ignored).
import { z } from 'zod';
import { adjustStock } from '@/lib/inventory/movements/adjust-stock';
import { changeStatus } from '@/lib/inventory/movements/change-status';
import { consumeStock, shipStock } from '@/lib/inventory/movements/issue-stock';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { setQuantity } from '@/lib/inventory/movements/set-quantity';
import { transferStock } from '@/lib/inventory/movements/transfer-stock';
import type { PostingResult } from '@/lib/inventory/posting/types';
import type { Actor } from '@/lib/roles/actor';
import { parseInput } from '@/lib/validation';

export const MOVEMENT_TYPES = ['receipt', 'transfer', 'adjust_up', 'adjust_down', 'set_quantity', 'consume', 'ship', 'status_change'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

const movementTypeSchema = z.looseObject({ type: z.enum(MOVEMENT_TYPES, { message: `type is one of ${MOVEMENT_TYPES.join(', ')}.` }) });

type Fields = Record<string, unknown>;

// Adjustments name one location; so every type can be posted with from/to,
// adjust_up also takes it from `to` and adjust_down from `from`.
const POST_BY_TYPE: Record<MovementType, (actor: Actor, fields: Fields) => Promise<PostingResult>> = {
  receipt: receiveStock,
  transfer: transferStock,
  adjust_up: (actor, f) => adjustStock(actor, { ...f, direction: 'up', location: f.location ?? f.to }),
  adjust_down: (actor, f) => adjustStock(actor, { ...f, direction: 'down', location: f.location ?? f.from }),
  set_quantity: setQuantity,
  consume: consumeStock,
  ship: shipStock,
  status_change: changeStatus,
};

export async function postMovement(actor: Actor, body: unknown, idempotencyKey: string | null): Promise<PostingResult> {
  const { type, ...fields } = parseInput(movementTypeSchema, body);
  return POST_BY_TYPE[type](actor, { ...fields, idempotencyKey: idempotencyKey ?? undefined });
}
