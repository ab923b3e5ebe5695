// "Issue materials": components leave a storage unit for the lot, FIFO by batch
// (first-expiring first for perishables), through the one posting path in one
// transaction with the lot's status change. Without lines it issues what is
// still to issue of every component (allocated less consumed), leaving out
// serial-numbered ones, which leave stock one serial at a time. Each posting
// names the lot, so its consumption and cost are read back from the ledger.
import { render, sql } from '../../../lib/db/sql';
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError, invalid } from '../../../lib/errors';
import { pickLots } from '../../../lib/inventory/fifo';
import { legsFromPicks } from '../../../lib/inventory/movements/take-legs';
import { postStockWithin } from '../../../lib/inventory/posting/post-stock';
import type { Leg, PostingResult } from '../../../lib/inventory/posting/types';
import { formatQuantity, fromDb, parseQuantity, type Qty } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { LOT_REFERENCE, lotLedger } from './lot-ledger';
import { issueMaterialsSchema } from './lot-schemas';
import { lockLot } from './lot-scope';
import { stillToIssue } from './required-quantity';
import { storageUnitFor } from './storage-unit';

interface Component {
  itemId: number;
  sku: string;
  unit: string;
  decimals: number;
  perishable: boolean;
  serialTracked: boolean;
  /** Allocated to the lot (0 for an alternate). */
  allocated: Qty;
  /** The BOM component an alternate stands in for (itself for a component). */
  lineItemId: number;
}

export interface IssuedMaterials {
  number: string;
  groupId: string;
  entries: PostingResult['entries'];
  /** Serial-numbered components left out of a default issue (their units leave stock one serial at a time). */
  skipped: string[];
}

const serialRefusal = (sku: string) => `${sku} is serial-numbered: its units leave stock one serial at a time, not by issuing materials to a lot.`;

export async function issueMaterials(actor: Actor, input: unknown): Promise<IssuedMaterials> {
  requirePluginPermission(actor, 'lots.issue');
  const data = parseInput(issueMaterialsSchema, input);
  return inTransaction(async (client) => {
    const lot = await lockLot(client, actor, data.number);
    if (lot.status !== 'RELEASED' && lot.status !== 'IN_PROGRESS') {
      throw new DomainError('CONFLICT', `${lot.number} is ${lot.status.toLowerCase().replace('_', ' ')}; materials are issued to a released lot or one in progress.`);
    }
    const from = await storageUnitFor(client, actor, data.location);
    // The lot's components and their alternates, each with what is allocated to it.
    const { rows } = await client.query(
      render(sql`WITH lines AS (SELECT l."itemId", l.alternates FROM "BomLine" l WHERE l."bomId" = ${lot.bomId}),
        wanted AS (
          SELECT l."itemId" AS item_id, l."itemId" AS line_item_id FROM lines l
          UNION ALL
          SELECT a.id, l."itemId" FROM lines l JOIN "Item" a ON a.sku = ANY(l.alternates::citext[]))
        SELECT DISTINCT ON (i.id) i.id AS item_id, w.line_item_id, i.sku::text AS sku, u.code AS unit, u.decimals, i.perishable,
          (SELECT k."serialTracked" FROM "ItemKind" k WHERE k.code = i."kindCode") AS serial_tracked,
          coalesce((SELECT a.quantity FROM "LotAllocation" a WHERE a."lotId" = ${lot.id} AND a."itemId" = i.id), 0)::text AS allocated
        FROM wanted w JOIN "Item" i ON i.id = w.item_id JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
        ORDER BY i.id, (w.item_id = w.line_item_id) DESC`),
    );
    const components: Component[] = rows.map((r) => ({
      itemId: r.item_id,
      sku: r.sku,
      unit: r.unit,
      decimals: r.decimals,
      perishable: r.perishable,
      serialTracked: r.serial_tracked,
      allocated: fromDb(r.allocated),
      lineItemId: r.line_item_id,
    }));
    const bySku = new Map(components.map((c) => [c.sku.toLowerCase(), c]));
    const wanted: { component: Component; quantity: Qty; field: string }[] = [];
    const skipped: string[] = [];
    if (data.lines) {
      const seen = new Set<number>();
      data.lines.forEach((line, i) => {
        const c = bySku.get(line.sku.toLowerCase());
        if (!c) throw invalid(`lines.${i}.sku`, `${line.sku} is not on the BOM of ${lot.number} (nor an alternate of a line).`);
        if (c.serialTracked) throw invalid(`lines.${i}.sku`, serialRefusal(c.sku));
        if (seen.has(c.itemId)) throw invalid(`lines.${i}.sku`, `${c.sku} is named twice; give it one line.`);
        seen.add(c.itemId);
        const q = parseQuantity(line.quantity, c.decimals);
        if (!q.ok) throw invalid(`lines.${i}.quantity`, q.reason);
        if (q.value <= 0n) throw invalid(`lines.${i}.quantity`, 'Enter a quantity above zero.');
        wanted.push({ component: c, quantity: q.value, field: `lines.${i}.quantity` });
      });
    } else {
      const { materials } = await lotLedger(client, lot.number);
      // What an alternate stood in for counts against its line.
      const consumedPerLine = new Map<number, Qty>();
      for (const m of materials) {
        const c = components.find((x) => x.itemId === m.itemId);
        const line = c?.lineItemId ?? m.itemId;
        consumedPerLine.set(line, (consumedPerLine.get(line) ?? 0n) + m.consumed);
      }
      for (const c of components.filter((x) => x.lineItemId === x.itemId)) {
        const remaining = stillToIssue(c.allocated, consumedPerLine.get(c.itemId) ?? 0n);
        if (remaining === 0n) continue;
        if (c.serialTracked) {
          skipped.push(c.sku);
          continue;
        }
        wanted.push({ component: c, quantity: remaining, field: 'location' });
      }
      if (!wanted.length && skipped.length) throw new DomainError('CONFLICT', serialRefusal(skipped.join(', ')).replace(' is serial-numbered', skipped.length > 1 ? ' are serial-numbered' : ' is serial-numbered'));
      if (!wanted.length) throw new DomainError('CONFLICT', `Everything allocated to ${lot.number} has been issued; name lines to issue more.`);
    }
    const posted = await postStockWithin(client, actor, {
      header: { kind: 'consume', reference: { kind: LOT_REFERENCE, number: lot.number }, note: `Issued to ${lot.number}` },
      positions: wanted.map((w) => ({ itemId: w.component.itemId, locationId: from.id })),
      labels: {
        items: new Map(wanted.map((w) => [w.component.itemId, { sku: w.component.sku, decimals: w.component.decimals }])),
        locations: new Map([[from.id, from.code]]),
      },
      plan: (lots) => {
        const legs: Leg[] = [];
        for (const w of wanted) {
          const c = w.component;
          const picked = pickLots(lots.filter((l) => l.itemId === c.itemId), w.quantity, { fefo: c.perishable, skipExpired: true });
          if (!picked.ok) {
            const message = `Only ${formatQuantity(picked.available, c.decimals)} ${c.unit} of ${c.sku} available at ${from.code}; ${formatQuantity(w.quantity, c.decimals)} ${c.unit} to issue.`;
            throw new DomainError('INSUFFICIENT_STOCK', message, { [w.field]: message });
          }
          legs.push(...legsFromPicks(picked.picks, 'CONSUMPTION', -1));
        }
        return { legs };
      },
    });
    await client.query(
      render(sql`UPDATE "ProductionLot" SET status = 'IN_PROGRESS', "issueAt" = CASE WHEN status = 'RELEASED' THEN now() AT TIME ZONE 'UTC' ELSE "issueAt" END WHERE id = ${lot.id}`),
    );
    return { number: lot.number, groupId: posted.groupId, entries: posted.entries, skipped };
  });
}
