// A planner adds a customer (or a supplier) that sales orders name by its code.
// Codes are unique whatever their case (citext); a taken code is a field error.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { pgCode } from '../db/transaction';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { createPartnerSchema, partnerKindApi, type PartnerKind, type PartnerKindApi } from './partner-schemas';

export interface PartnerView {
  code: string;
  name: string;
  kind: PartnerKindApi;
  active: boolean;
}

export async function createPartner(actor: Actor, input: unknown): Promise<PartnerView> {
  requirePermission(actor, 'sales.manage');
  const data = parseInput(createPartnerSchema, input);
  const taken = (code: string) => {
    const message = `The code ${code} is already taken.`;
    return new DomainError('CONFLICT', message, { code: message });
  };
  try {
    // ON CONFLICT: two planners adding one customer at once get one row and one refusal, never a 500.
    const { rows } = await pool().query(
      render(sql`INSERT INTO "Partner" (code, name, kind) VALUES (${data.code}, ${data.name}, ${data.kind.toUpperCase()}::"PartnerKind")
        ON CONFLICT (code) DO NOTHING
        RETURNING code::text AS code, name, kind::text AS kind, active`),
    );
    if (!rows[0]) {
      const existing = await pool().query(`SELECT code::text AS code FROM "Partner" WHERE code = $1::citext`, [data.code]);
      throw taken(existing.rows[0]?.code ?? data.code);
    }
    const r = rows[0];
    return { code: r.code, name: r.name, kind: partnerKindApi(r.kind as PartnerKind), active: r.active };
  } catch (e) {
    if (pgCode(e) === '23505') throw taken(data.code);
    throw e;
  }
}
