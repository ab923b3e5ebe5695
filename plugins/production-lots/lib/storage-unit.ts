// The storage unit a lot issues from or receives into, as the actor may use it:
// unknown, inactive, out-of-scope and transit units all answer "unknown" on the field.
import { render, sql } from '../../../lib/db/sql';
import type { SqlClient } from '../../../lib/db/transaction';
import { invalid } from '../../../lib/errors';
import type { Actor } from '../../../lib/roles/actor';
import { canSeeSite } from '../../../lib/scope/site-scope';

export interface StorageUnit {
  id: number;
  code: string;
}

export async function storageUnitFor(client: Pick<SqlClient, 'query'>, actor: Actor, code: string, field = 'location'): Promise<StorageUnit> {
  const { rows } = await client.query(
    render(sql`SELECT l.id, l.code::text AS code, l.active, s."departmentId" AS department_id,
        EXISTS (SELECT 1 FROM "LocationType" lt WHERE lt.id = l."typeId" AND lt.name = 'In transit') AS transit
      FROM "Location" l JOIN "Location" s ON s.id = coalesce(l."siteId", l.id) WHERE l.code = ${code}::citext`),
  );
  const unit = rows[0];
  if (!unit || !unit.active || !canSeeSite(actor, unit.department_id)) throw invalid(field, `Unknown location "${code}".`);
  if (unit.transit) throw invalid(field, `${unit.code} holds stock in transit: receive or close its transit document instead.`);
  return { id: unit.id, code: unit.code };
}

/** A storage unit code the input left optional but this use needs. */
export function locationOf(code: string | null | undefined, field = 'location'): string {
  if (!code) throw invalid(field, 'Choose a storage unit.');
  return code;
}
