// The review before posting: each counted line's variance (counted minus what
// the system held when it was counted) and its value at standard cost, what
// the storage unit holds now and what posting would leave there. Lines not
// counted are listed apart: posting leaves their stock as it is.
import { pool } from '../../db/pool';
import { render, sql } from '../../db/sql';
import { DomainError } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { formatQuantity, fromDb, valueOf } from '../quantity';
import { countInScope, toId } from './count-record';
import { showsExpected, statusName, type CountStatusName } from './count-view';
import { OWN_AVAILABLE } from './own-stock';
import { varianceOf } from './plan-count-posting';

export interface VarianceLine {
  id: number;
  sku: string;
  itemName: string;
  unit: string;
  location: string;
  added: boolean;
  expected: string;
  /** The system's own available stock when the line was counted. */
  systemAtCount: string;
  counted: string;
  variance: string;
  /** The variance is not zero: posting books it. */
  differs: boolean;
  /** Variance at the item's standard cost, rounded to cents. */
  value: string;
  onHandNow: string;
  /** On hand now plus the variance; null once the count is closed. */
  afterPosting: string | null;
}

export interface VarianceReview {
  id: number;
  number: string;
  status: CountStatusName;
  location: string;
  lines: VarianceLine[];
  uncounted: { id: number; sku: string; itemName: string; unit: string; location: string; expected: string }[];
  withVariance: number;
  totalValue: string;
}

const cents = (money: string) => BigInt(money.replace('.', ''));
const money = (c: bigint) => {
  const abs = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};

export async function reviewVariances(actor: Actor, id: unknown): Promise<VarianceReview> {
  requirePermission(actor, 'inventory.count');
  const count = await countInScope(pool(), actor, toId(id));
  if (!showsExpected(actor, count.blind)) throw new DomainError('FORBIDDEN', 'The variances of a blind count are for those who post it.');
  const { rows } = await pool().query(
    render(sql`
      SELECT ln.id, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, i."standardCost"::text AS cost, l.code::text AS location, ln.added,
             ln."expectedQuantity"::text AS expected, ln."countedQuantity"::text AS counted, ln."systemQuantity"::text AS system,
             (SELECT coalesce(sum(b.quantity), 0) FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId"
              WHERE b."itemId" = ln."itemId" AND b."locationId" = ln."locationId" AND ${OWN_AVAILABLE})::text AS on_hand
      FROM "StockCountLine" ln
      JOIN "Item" i ON i.id = ln."itemId"
      JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      JOIN "Location" l ON l.id = ln."locationId"
      WHERE ln."countId" = ${count.id}
      ORDER BY l.code, i.sku`),
  );
  const open = count.status === 'OPEN';
  const lines: VarianceLine[] = [];
  const uncounted: VarianceReview['uncounted'] = [];
  for (const r of rows) {
    const fmt = (q: bigint) => formatQuantity(q, r.decimals);
    if (r.counted === null) {
      uncounted.push({ id: r.id, sku: r.sku, itemName: r.name, unit: r.unit, location: r.location, expected: fmt(fromDb(r.expected)) });
      continue;
    }
    const variance = varianceOf(fromDb(r.counted), fromDb(r.system));
    const onHand = fromDb(r.on_hand);
    lines.push({
      id: r.id,
      sku: r.sku,
      itemName: r.name,
      unit: r.unit,
      location: r.location,
      added: r.added,
      expected: fmt(fromDb(r.expected)),
      systemAtCount: fmt(fromDb(r.system)),
      counted: fmt(fromDb(r.counted)),
      variance: fmt(variance),
      differs: variance !== 0n,
      value: valueOf(variance, r.cost),
      onHandNow: fmt(onHand),
      afterPosting: open ? fmt(onHand + variance) : null,
    });
  }
  const varied = lines.filter((l) => l.differs);
  return {
    id: count.id,
    number: count.number,
    status: statusName(count.status),
    location: count.root.code,
    lines,
    uncounted,
    withVariance: varied.length,
    totalValue: money(varied.reduce((sum, l) => sum + cents(l.value), 0n)),
  };
}
