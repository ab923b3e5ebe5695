// Turns a plan into what qm_post takes: each leg's batch as a code (id, -n for
// the n-th new batch, 0 for the placeholder) and the lot balance before and
// after it, computed from the lots the plan was made on.
import type { Lot } from '../lots';
import type { Qty } from '../quantity';
import type { Leg, NewBatch, Plan } from './types';

export interface PreparedLeg extends Leg {
  batchCode: bigint;
  before: Qty;
  after: Qty;
}

export function prepareLegs(plan: Plan, lots: Lot[]): { legs: PreparedLeg[]; newBatches: NewBatch[] } {
  const newBatches = plan.newBatches ?? [];
  const placeholderIds = new Map(lots.filter((l) => l.unreceived).map((l) => [l.itemId, l.batchId]));
  const running = new Map<string, Qty>(lots.map((l) => [`${l.locationId}:${l.batchId}:${l.status}`, l.quantity]));
  const legs = plan.legs.map((leg) => {
    let batchCode: bigint;
    let key: string;
    if ('id' in leg.batch) {
      batchCode = leg.batch.id;
      key = `${leg.locationId}:${leg.batch.id}:${leg.status}`;
    } else if ('newBatch' in leg.batch) {
      const name = leg.batch.newBatch;
      batchCode = -BigInt(newBatches.findIndex((b) => b.key === name) + 1);
      key = `${leg.locationId}:new-${name}:${leg.status}`;
    } else {
      batchCode = 0n;
      const known = placeholderIds.get(leg.batch.unreceivedOf);
      key = `${leg.locationId}:${known ?? `placeholder-${leg.itemId}`}:${leg.status}`;
    }
    const before = running.get(key) ?? 0n;
    const after = before + leg.quantity;
    running.set(key, after);
    return { ...leg, batchCode, before, after };
  });
  return { legs, newBatches };
}
