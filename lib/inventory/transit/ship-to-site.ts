// Ship stock to another site: it leaves the source first-in first-out and sits
// in the destination site's transit storage unit on a transit document until
// it is received there. (Within a site, or for an immediate move, use a transfer.)
// Like a transfer, `expectedAvailable` (what the form's preview showed) refuses
// a shipment whose preview went stale.
import { z } from 'zod';
import { pool } from '../../db/pool';
import { invalid } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { pickLots } from '../fifo';
import { commonFields, locationField, positiveQuantity, quantityField, requestHash, skuField } from '../movement-input';
import { legsFromPicks } from '../movements/take-legs';
import { formatQuantity } from '../quantity';
import { postStockWithin } from '../posting/post-stock';
import type { PostingResult } from '../posting/types';
import { refuseIfStale } from '../preview-pick';
import { inReplaySafeTransaction, refuseReplay } from './replay-safe';
import { insufficient, resolveTargets } from '../resolve';
import { transitLocationOf } from './transit-location';

export const shipToSiteSchema = z.object({
  sku: skuField,
  from: locationField,
  to: locationField,
  quantity: quantityField,
  expectedAvailable: z.string().optional(),
  ...commonFields,
});

export async function shipToSite(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.transfer');
  const data = parseInput(shipToSiteSchema, input);
  const { item, locations: [from, to] } = await resolveTargets(actor, data.sku, [{ code: data.from, field: 'from' }, { code: data.to, field: 'to' }]);
  if (from.siteId === to.siteId) throw invalid('to', 'Both places are on the same site: use a transfer.');
  const quantity = positiveQuantity(item, data.quantity);
  const header = { kind: 'transit_ship', note: data.note, idempotencyKey: data.idempotencyKey, requestHash: requestHash('transit_ship', data) };
  const replayed = async (first: PostingResult) => ({ number: await numberOfGroup(first.groupId), ...first });
  return inReplaySafeTransaction(actor, header, async (client) => {
    const transit = await transitLocationOf(client, to.siteId);
    const { rows } = await client.query(`SELECT nextval(pg_get_serial_sequence('"StockTransit"', 'id'))::int AS id`);
    const id: number = rows[0].id;
    const number = `TRN-${String(id).padStart(6, '0')}`;
    await client.query(
      `INSERT INTO "StockTransit" (id, number, "itemId", "fromLocationId", "toLocationId", "transitLocationId", "shippedById", note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, number, item.id, from.id, to.id, transit.id, actor.id, data.note ?? null],
    );
    const posted = await postStockWithin(client, actor, {
      header: { ...header, reference: { kind: 'transit', id: String(id), number } },
      positions: [{ itemId: item.id, locationId: from.id }, { itemId: item.id, locationId: transit.id }],
      labels: { items: new Map([[item.id, { sku: item.sku, decimals: item.decimals }]]), locations: new Map([[from.id, from.code], [transit.id, transit.code]]) },
      plan: (lots) => {
        const here = lots.filter((l) => l.locationId === from.id);
        refuseIfStale(data.expectedAvailable, here, item.decimals);
        const picked = pickLots(here, quantity, { fefo: item.perishable });
        if (!picked.ok) throw insufficient('quantity', formatQuantity(picked.available, item.decimals), item.unit, from.code);
        return { legs: [...legsFromPicks(picked.picks, 'TRANSFER_OUT', -1), ...legsFromPicks(picked.picks, 'TRANSFER_IN', 1, transit.id)] };
      },
    });
    refuseReplay(posted);
    return { number, ...posted };
  }, replayed);
}

async function numberOfGroup(groupId: string): Promise<string> {
  const { rows } = await pool().query(`SELECT "refNumber" FROM "PostingGroup" WHERE id = $1`, [groupId]);
  return rows[0].refNumber;
}
