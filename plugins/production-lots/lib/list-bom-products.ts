// Items a lot can be planned for: active items with a BOM, for the plan form.
import { pool } from '../../../lib/db/pool';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';

export interface BomProductChoice {
  sku: string;
  name: string;
  unit: string;
  version: number;
}

export async function listBomProducts(actor: Actor): Promise<BomProductChoice[]> {
  requirePluginPermission(actor, 'lots.view');
  const { rows } = await pool().query(
    `SELECT i.sku::text AS sku, i.name, i."unitCode" AS unit, max(b.version)::int AS version
     FROM "Bom" b JOIN "Item" i ON i.id = b."itemId" WHERE i.active GROUP BY i.id ORDER BY i.sku LIMIT 1000`,
  );
  return rows;
}
