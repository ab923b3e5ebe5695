// Suppliers are core partners of kind SUPPLIER: listed and added here under the
// plugin's permissions (core's partner operations ask for sales permissions).
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { pgCode } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { createPartnerSchema } from '../../../lib/sales/partner-schemas';
import { parseInput } from '../../../lib/validation';

export interface SupplierView {
  code: string;
  name: string;
  active: boolean;
}

export async function listSuppliers(actor: Actor): Promise<SupplierView[]> {
  requirePluginPermission(actor, 'purchasing.view');
  const { rows } = await pool().query(`SELECT code::text AS code, name, active FROM "Partner" WHERE kind = 'SUPPLIER' ORDER BY code LIMIT 1000`);
  return rows;
}

export async function createSupplier(actor: Actor, input: unknown): Promise<SupplierView> {
  requirePluginPermission(actor, 'purchasing.manage');
  const data = parseInput(createPartnerSchema, { ...(input as object), kind: 'supplier' });
  const taken = (code: string) => {
    const message = `The code ${code} is already taken.`;
    return new DomainError('CONFLICT', message, { code: message });
  };
  try {
    const { rows } = await pool().query(
      render(sql`INSERT INTO "Partner" (code, name, kind) VALUES (${data.code}, ${data.name}, 'SUPPLIER') ON CONFLICT (code) DO NOTHING
        RETURNING code::text AS code, name, active`),
    );
    if (!rows[0]) throw taken(data.code);
    return rows[0];
  } catch (e) {
    if (pgCode(e) === '23505') throw taken(data.code);
    throw e;
  }
}
