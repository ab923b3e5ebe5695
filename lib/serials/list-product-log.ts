// The inventory log of serial-numbered products: QA approvals, output of runs,
// deliveries, manual adjustments and defect markings, with the product's units
// in stock before and after each. A view over the serial lifecycle events (which carry
// the ledger group of every stock change), not a second record.
import { z } from 'zod';
import { pool } from '../db/pool';
import { empty, render, sql } from '../db/sql';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { parseInput } from '../validation';

const optional = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max).optional());
export const productLogSchema = z.object({ product: optional(64), limit: z.coerce.number().optional(), cursor: optional(200) });

export const LOG_ACTIONS = ['approved', 'produced', 'delivered', 'added', 'subtracted', 'scrapped', 'reworked'] as const;
const LABELS: Record<(typeof LOG_ACTIONS)[number], string> = {
  approved: 'QA approval',
  produced: 'Production output',
  delivered: 'Delivery',
  added: 'Manual adjustment (add)',
  subtracted: 'Manual adjustment (subtract)',
  scrapped: 'Defect: scrap',
  reworked: 'Defect: rework',
};

export interface ProductLogEntry {
  at: string;
  product: string;
  serial: string;
  action: string;
  change: number;
  before: number;
  after: number;
  user: string;
  note: string | null;
}

export async function listProductLog(actor: Actor, input: unknown): Promise<Page<ProductLogEntry>> {
  requirePermission(actor, 'serials.view');
  const f = parseInput(productLogSchema, input);
  const limit = clampLimit(f.limit);
  const after = decodeCursor(f.cursor, 1);
  const { rows } = await pool().query(
    render(sql`WITH log AS (
        SELECT e.id, e.at, i.sku, s.serial, e.action, e.note, u.name AS user_name,
          CASE WHEN e.action IN ('approved', 'produced', 'added') THEN 1
               WHEN e.action IN ('delivered', 'subtracted') THEN -1
               WHEN e."fromStatus" = 'IN_STOCK' THEN -1 ELSE 0 END AS change
        FROM "SerialEvent" e JOIN "SerialUnit" s ON s.id = e."serialId" JOIN "Item" i ON i.id = s."itemId" JOIN "User" u ON u.id = e."actorId"
        WHERE e.action = ANY(${[...LOG_ACTIONS]}::text[]) AND ${serialScope(actor)}
          ${f.product ? sql`AND i.sku = ${f.product}::citext` : empty}),
      running AS (SELECT log.*, sum(change) OVER (PARTITION BY sku ORDER BY id) AS after_count FROM log)
      SELECT * FROM running ${after ? sql`WHERE id < ${Number(after[0])}` : empty}
      ORDER BY id DESC LIMIT ${limit + 1}`),
  );
  const page = rows.slice(0, limit);
  return {
    data: page.map((r) => ({
      at: new Date(r.at).toISOString(),
      product: r.sku,
      serial: r.serial,
      action: LABELS[r.action as keyof typeof LABELS],
      change: r.change,
      before: Number(r.after_count) - r.change,
      after: Number(r.after_count),
      user: r.user_name,
      note: r.note,
    })),
    nextCursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
  };
}
