// Inventory valuation as of the end of a UTC day: per item and storage unit the
// company's own quantity (customer-owned stock excluded), its value at batch
// cost (standard cost where a batch has none) and the average unit cost, with
// totals per site. The rows come from the inventory view's own "as of" query
// (lib/inventory/queries/list-inventory.ts), read through a server-side cursor.
import { pool } from '../db/pool';
import { render } from '../db/sql';
import { formatQuantity, fromDb } from '../inventory/quantity';
import { buildInventoryQuery } from '../inventory/queries/list-inventory';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { anyIfBlank, centsOf, formatCents, type Report } from './report';
import { startOfNextDay, valuationFilterSchema } from './report-filters';

const PAGE = 2000;

/** Average unit cost to 4 places from exact value (cents) and quantity (millionths). */
function unitCostOf(cents: bigint, qty: bigint): string {
  if (qty === 0n) return '';
  const scaled = (cents * 100_000_000n) / qty; // ten-thousandths
  const neg = scaled < 0n;
  const abs = neg ? -scaled : scaled;
  return `${neg ? '-' : ''}${abs / 10_000n}.${(abs % 10_000n).toString().padStart(4, '0')}`;
}

export async function openValuationReport(actor: Actor, input: unknown): Promise<Report> {
  requirePermission(actor, 'reports.view');
  const f = parseInput(valuationFilterSchema, input);
  // The end of the day: the last millisecond, since the view compares postedAt <= asOf.
  const asOf = new Date(startOfNextDay(f.asOf).getTime() - 1);
  const filter = { groupBy: 'location', asOf, site: f.site, sku: f.sku };
  // Checks the site (in scope) and the filter before any row is read.
  await buildInventoryQuery(actor, filter, 1, null);
  const siteOf = new Map<string, string>();
  const perSite = new Map<string, bigint>();
  let total = 0n;
  let lines = 0;

  async function* rows(): AsyncGenerator<string[]> {
    const { rows: sites } = await pool().query(`SELECT l.code::text AS code, coalesce(s.code, l.code)::text AS site FROM "Location" l LEFT JOIN "Location" s ON s.id = l."siteId"`);
    for (const r of sites) siteOf.set(r.code, r.site);
    // One as-of aggregation read through a server-side cursor, FETCH by FETCH: paging it by keyset would
    // aggregate the ledger since the last snapshot again for every page.
    const { query } = await buildInventoryQuery(actor, filter, Number.MAX_SAFE_INTEGER, null);
    const { text, values } = render(query);
    const client = await pool().connect();
    let failed = false;
    let inTransaction = true;
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`DECLARE valuation NO SCROLL CURSOR FOR ${text}`, values);
      for (;;) {
        const { rows: page } = await client.query(`FETCH ${PAGE} FROM valuation`);
        for (const r of page) {
          const qty = fromDb(r.quantity);
          if (qty === 0n) continue; // only customer-owned stock here
          const cents = centsOf(r.value);
          const site = siteOf.get(r.location) ?? '';
          perSite.set(site, (perSite.get(site) ?? 0n) + cents);
          total += cents;
          lines++;
          yield [site, r.location, r.sku, r.name, formatQuantity(qty, Number(r.decimals)), r.unit, unitCostOf(cents, qty), formatCents(cents)];
        }
        if (page.length < PAGE) break;
      }
      await client.query('COMMIT');
      inTransaction = false;
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      // Also when the reader stops early (a download cancelled): end the transaction before the connection goes back.
      if (failed) client.release(true);
      else {
        if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
        client.release();
      }
    }
  }

  return {
    slug: 'valuation',
    title: 'Inventory valuation',
    filters: [
      { label: 'As of (end of UTC day)', value: f.asOf },
      { label: 'Site', value: anyIfBlank(f.site) },
      { label: 'Item', value: anyIfBlank(f.sku) },
      { label: 'Valuation', value: 'batch cost, standard cost where none; customer-owned stock excluded' },
    ],
    columns: [
      { header: 'Site', width: 10 },
      { header: 'Location', width: 16 },
      { header: 'SKU', width: 18 },
      { header: 'Item', width: 60 },
      { header: 'Quantity', width: 14, align: 'right' },
      { header: 'Unit', width: 6 },
      { header: 'Unit cost', width: 14, align: 'right' },
      { header: 'Value', width: 16, align: 'right' },
    ],
    rows: rows(),
    totals: () => [
      { label: 'Lines', value: String(lines) },
      ...[...perSite.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([site, cents]) => ({ label: `Value at ${site}`, value: formatCents(cents) })),
      { label: 'Total value', value: formatCents(total) },
    ],
  };
}
