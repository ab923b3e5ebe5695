// The storage units a count covers (its root and everything beneath it), for
// the "found an item" form to pick from.
import { pool } from '../../db/pool';
import { render, sql } from '../../db/sql';
import { requirePermission, type Actor } from '../../roles/actor';
import type { Choice } from '../queries/inventory-choices';
import { countInScope, toId } from './count-record';

const MAX_UNITS = 2000;

export async function countStorageUnits(actor: Actor, id: unknown): Promise<Choice[]> {
  requirePermission(actor, 'inventory.count');
  const count = await countInScope(pool(), actor, toId(id));
  const { rows } = await pool().query(
    render(sql`SELECT code::text AS code, name FROM "Location" WHERE path LIKE ${`${count.root.path}%`} AND active ORDER BY code LIMIT ${MAX_UNITS}`),
  );
  return rows.map((r) => ({ code: r.code, name: r.name }));
}
