// Which production lots an actor sees: Admins all, everyone else their own
// department's. Reading a lot outside scope is "not found", never "forbidden".
import { sql, trusted, type Sql } from '../../../lib/db/sql';
import type { SqlClient } from '../../../lib/db/transaction';
import { render } from '../../../lib/db/sql';
import { notFound } from '../../../lib/errors';
import type { Actor } from '../../../lib/roles/actor';
import type { LotStatus } from './lot-schemas';

export const lotScope = (actor: Actor, alias = 'p'): Sql => (actor.role === 'ADMIN' ? sql`TRUE` : sql`${trusted(`${alias}."departmentId"`)} = ${actor.departmentId}`);

export const LOT_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

export interface LockedLot {
  id: number;
  number: string;
  itemId: number;
  bomId: number;
  quantity: string;
  status: LotStatus;
  departmentId: number;
  issueAt: Date | null;
  workOrderId: number | null;
}

/** The lot, locked for the rest of the caller's transaction; NOT_FOUND outside the actor's scope. */
export async function lockLot(client: SqlClient, actor: Actor, number: string): Promise<LockedLot> {
  const wanted = String(number ?? '').trim();
  if (!LOT_NUMBER.test(wanted)) throw notFound(`Production lot ${wanted.slice(0, 40)}`);
  const { rows } = await client.query(
    render(sql`SELECT p.id, p.number::text AS number, p."itemId", p."bomId", p.quantity::text AS quantity, p.status, p."departmentId", p."issueAt", p."workOrderId"
      FROM "ProductionLot" p WHERE p.number = ${wanted}::citext AND ${lotScope(actor)} FOR UPDATE`),
  );
  if (!rows[0]) throw notFound(`Production lot ${wanted}`);
  return rows[0];
}
