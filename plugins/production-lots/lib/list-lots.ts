// Production lots the actor may see, newest first, optionally by status.
import { pool } from '../../../lib/db/pool';
import { empty, render, sql } from '../../../lib/db/sql';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { lotSummaryColumns, lotSummaryJoins, lotSummaryOf, type LotSummary } from './get-lot';
import { listLotsSchema } from './lot-schemas';
import { lotScope } from './lot-scope';

export const LOT_LIST_LIMIT = 200;

export async function listLots(actor: Actor, filter: unknown = {}): Promise<LotSummary[]> {
  requirePluginPermission(actor, 'lots.view');
  const { status } = parseInput(listLotsSchema, filter ?? {});
  const { rows } = await pool().query(
    render(sql`SELECT ${lotSummaryColumns} FROM "ProductionLot" p ${lotSummaryJoins}
      WHERE ${lotScope(actor)} ${status ? sql`AND p.status = ${status.toUpperCase()}::"ProductionLotStatus"` : empty}
      ORDER BY p.id DESC LIMIT ${LOT_LIST_LIMIT}`),
  );
  return rows.map(lotSummaryOf);
}
