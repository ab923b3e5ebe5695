// The plugin's runs for scanning's production logging (extension point "scan
// targets", lib/plugins/scan-targets.ts): released lots and lots in progress,
// in the actor's scope, that have issue and completion dates. Materials scanned
// against a lot are posted with the lot's reference, so its material usage and
// cost read them back; the first consumption puts a released lot in progress,
// as issuing materials does. Imports no plugin module that imports the registry.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import type { ScanTargetProvider } from '../../../lib/plugins/scan-targets';
import { LOT_NUMBER, lotScope } from './lot-scope';

const LOT_REFERENCE = 'production_lot';
const ACTIVE = sql`p.status IN ('RELEASED', 'IN_PROGRESS') AND p."issueAt" IS NOT NULL AND p."completionAt" IS NOT NULL`;
const PICKER_MAX = 500;
const plural = (n: string, one: string) => `${n} ${one}${n === '1' ? '' : 's'}`;

export const productionLotsScanTargets: ScanTargetProvider = {
  pluginId: 'production-lots',
  permission: 'lots.issue',

  async listActive(actor) {
    const { rows } = await pool().query(
      render(sql`SELECT p.number::text AS number, p.status, p.quantity::text AS quantity, i.sku::text AS sku, i.name, d.name AS department,
          to_char(p."issueAt", 'YYYY-MM-DD') AS issue_at, to_char(p."completionAt", 'YYYY-MM-DD') AS completion_at
        FROM "ProductionLot" p JOIN "Item" i ON i.id = p."itemId" JOIN "Department" d ON d.id = p."departmentId"
        WHERE ${ACTIVE} AND ${lotScope(actor)} ORDER BY p."completionAt", p.id LIMIT ${PICKER_MAX}`),
    );
    return rows.map((r) => ({
      number: r.number,
      group: `Production lots · ${r.sku} · ${r.name}`,
      label: `${r.number} · ${r.issue_at} → ${r.completion_at} · ${plural(String(Number(r.quantity)), 'unit')}${r.status === 'IN_PROGRESS' ? ' · in progress' : ''}`,
      target: `${r.number} · ${r.sku}`,
      search: `${r.sku} ${r.name} ${r.department} lot`,
    }));
  },

  async resolve(client, actor, number) {
    const wanted = String(number ?? '').trim();
    if (!LOT_NUMBER.test(wanted)) return null;
    const { rows } = await client.query(
      render(sql`SELECT p.id, p.number::text AS number, i.sku::text AS sku FROM "ProductionLot" p JOIN "Item" i ON i.id = p."itemId"
        WHERE p.number = ${wanted}::citext AND ${ACTIVE} AND ${lotScope(actor)} FOR UPDATE OF p`),
    );
    const lot = rows[0];
    return lot ? { kind: LOT_REFERENCE, id: lot.id, number: lot.number, label: `${lot.number} · ${lot.sku}` } : null;
  },

  async onConsumed(client, target) {
    await client.query(
      render(sql`UPDATE "ProductionLot" SET status = 'IN_PROGRESS', "issueAt" = now() AT TIME ZONE 'UTC' WHERE id = ${target.id} AND status = 'RELEASED'`),
    );
  },
};
