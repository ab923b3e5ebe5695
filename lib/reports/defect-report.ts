// Defect report: units scrapped or reworked in a period, by product, the stage
// they were at and the action, with counts and the serial numbers. Scoped with
// the serial scope in SQL (a Department Lead sees their department's units).
import { db } from '../db/client';
import { pool } from '../db/pool';
import { empty, render, sql } from '../db/sql';
import { invalid } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { anyIfBlank, type Report } from './report';
import { defectFilterSchema, startOfDay, startOfNextDay } from './report-filters';

export async function openDefectReport(actor: Actor, input: unknown): Promise<Report> {
  requirePermission(actor, 'reports.view');
  const f = parseInput(defectFilterSchema, input);
  const product = f.product ? await db().item.findUnique({ where: { sku: f.product }, select: { id: true } }) : null;
  if (f.product && !product) throw invalid('product', `Unknown product "${f.product}".`);
  const byAction = { scrapped: 0, reworked: 0 };

  async function* rows(): AsyncGenerator<string[]> {
    // One row per product, stage and action: as many rows as groups, however many defects.
    const { rows: groups } = await pool().query(
      render(sql`
        SELECT i.sku::text AS product, i.name, coalesce(ev."fromStage", '') AS stage, ev.action, count(*)::int AS n,
               string_agg(s.serial::text, ' ' ORDER BY s.serial) AS serials
        FROM "SerialEvent" ev
        JOIN "SerialUnit" s ON s.id = ev."serialId"
        JOIN "Item" i ON i.id = s."itemId"
        WHERE ev.action IN ('scrapped', 'reworked') AND ev.at >= ${startOfDay(f.from)} AND ev.at < ${startOfNextDay(f.to)}
          ${f.action ? sql`AND ev.action = ${f.action}` : empty}
          ${product ? sql`AND s."itemId" = ${product.id}` : empty}
          AND ${serialScope(actor, 's')}
        GROUP BY i.sku, i.name, 3, ev.action
        ORDER BY i.sku, 3, ev.action`),
    );
    for (const g of groups) {
      byAction[g.action as 'scrapped' | 'reworked'] += g.n;
      yield [g.product, g.name, g.stage || '(none)', g.action, String(g.n), g.serials];
    }
  }

  return {
    slug: 'defects',
    title: 'Defect report',
    filters: [
      { label: 'Period (UTC)', value: `${f.from} to ${f.to}` },
      { label: 'Product', value: anyIfBlank(f.product) },
      { label: 'Action', value: anyIfBlank(f.action) },
    ],
    columns: [
      { header: 'Product', width: 18 },
      { header: 'Name', width: 30 },
      { header: 'Stage', width: 14 },
      { header: 'Action', width: 9 },
      { header: 'Count', width: 6, align: 'right' },
      { header: 'Serials', width: 110 },
    ],
    rows: rows(),
    totals: () => [
      { label: 'Scrapped', value: String(byAction.scrapped) },
      { label: 'Reworked', value: String(byAction.reworked) },
      { label: 'Defects', value: String(byAction.scrapped + byAction.reworked) },
    ],
  };
}
