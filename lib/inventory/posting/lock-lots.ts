// Step one of every posting: lock the positions it touches (fixed order, see
// qm_lock_lots in the ledger migration) and read their lots.
import type { SqlClient } from '../../db/transaction';
import type { Lot } from '../lots';
import { fromDb } from '../quantity';

export async function lockLots(client: SqlClient, positions: { itemId: number; locationId: number }[]): Promise<Lot[]> {
  const unique = [...new Map(positions.map((p) => [`${p.itemId}:${p.locationId}`, p])).values()];
  const { rows } = await client.query('SELECT * FROM qm_lock_lots($1::int[], $2::int[])', [unique.map((p) => p.itemId), unique.map((p) => p.locationId)]);
  return rows.map((r) => ({
    balanceId: BigInt(r.balance_id),
    itemId: r.item_id,
    locationId: r.location_id,
    batchId: BigInt(r.batch_id),
    batchNumber: r.batch_number,
    status: r.status,
    quantity: fromDb(r.quantity),
    unreceived: r.unreceived,
    receivedAt: r.received_at,
    expiresAt: r.expires_at,
    ownerId: r.owner_id,
    unitCost: r.unit_cost,
  }));
}
