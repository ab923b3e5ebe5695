import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { pool } from '../db/pool';
import { receiveStock } from '../inventory/movements/receive-stock';
import { transferStock } from '../inventory/movements/transfer-stock';
import { markDefect } from '../serials/mark-defect';
import { updateSettings } from '../settings/update-settings';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '../../scripts/test/serials';
import { freshItem } from '../../scripts/test/stock';
import { openReport } from './open-report';
import { pdfPages } from '../../scripts/test/pdf-text';
import { reportCsv } from './report-csv';
import { PAGE_LINES, renderReportPdf } from './report-pdf';

const today = new Date().toISOString().slice(0, 10);
const at = new Date('2026-01-02T03:04:05Z');

async function csvOf(actor: Awaited<ReturnType<typeof demoActor.admin>>, slug: string, input: Record<string, string>) {
  let out = '';
  for await (const line of reportCsv(await openReport(actor, slug, input))) out += line;
  return out.split('\r\n').filter(Boolean);
}

async function pdfOf(actor: Awaited<ReturnType<typeof demoActor.admin>>, slug: string, input: Record<string, string>, chunkRows?: number) {
  const pdf = await renderReportPdf(await openReport(actor, slug, input), { generatedAt: at, generatedBy: `${actor.name} (${actor.email})`, chunkRows });
  return pdfPages(pdf);
}

describe('movement audit', () => {
  it('prints the filters, every entry with balances and references, totals, page numbers and who generated it', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('AUD');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10, unitCost: '2.50' });
    await transferStock(admin, { sku, from: 'CHI-A-01-B1', to: 'CHI-A-01-B2', quantity: 4 });
    const filter = { from: today, to: today, sku, site: 'CHI' };
    const pages = await pdfOf(admin, 'movements', filter);
    const text = pages.join('\n');
    expect(pages[0]).toContain('Movement audit');
    expect(pages[0]).toMatch(new RegExp(`Period \\(UTC\\): ${today} to ${today}\\s+Site: CHI\\s+Item: ${sku}\\s+Entry type: any\\s+User: any`));
    expect(text).toMatch(/RECEIPT\s+receipt/);
    expect(text).toMatch(/TRANSFER_OUT\s+transfer/);
    expect(text).toContain('Entries: 3');
    expect(text).toContain('Quantity in (pcs): 14');
    expect(text).toContain('Quantity out (pcs): 4');
    expect(text).toContain('Value in: 35.00');
    expect(text).toContain('Value out: 10.00');
    expect(text).toContain(`Generated 2026-01-02 03:04:05 UTC by ${admin.name} (admin@demo.local)`);
    expect(text).toContain(`Page 1 of ${pages.length}`);

    const csv = await csvOf(admin, 'movements', filter);
    expect(csv[0]).toBe('Posted (UTC),Entry type,Kind,SKU,Location,Batch,Quantity,Before,After,Value,User,Reference,Note');
    expect(csv.slice(1).map((l) => l.split(',').slice(1, 11).join(','))).toEqual([
      `RECEIPT,receipt,${sku},CHI-A-01-B1,#0001,10,0,10,25.00,admin@demo.local`,
      `TRANSFER_OUT,transfer,${sku},CHI-A-01-B1,#0001,-4,10,6,-10.00,admin@demo.local`,
      `TRANSFER_IN,transfer,${sku},CHI-A-01-B2,#0001,4,0,4,10.00,admin@demo.local`,
    ]);
    expect((await csvOf(admin, 'movements', { ...filter, type: 'transfer_in' })).length).toBe(2);
    expect((await csvOf(admin, 'movements', { ...filter, user: 'dept.lead@demo.local' })).length).toBe(1);
  });

  it('numbers many pages, prints every row across chunks and the totals at the end', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('AUDP');
    for (let i = 0; i < 70; i++) await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 1 });
    const pages = await pdfOf(admin, 'movements', { from: today, to: today, sku });
    expect(pages.length).toBe(2);
    // The title, the filters, the column heads and the footer repeat on every page.
    expect(pages[1]).toContain('Movement audit');
    expect(pages[1]).toMatch(new RegExp(`Item: ${sku}`));
    expect(pages[1]).toMatch(/Posted \(UTC\)\s+Entry type/);
    expect(pages[1]).toContain('Generated 2026-01-02 03:04:05 UTC by');
    expect(pages[0]).toContain('Page 1 of 2');
    expect(pages[1]).toContain('Page 2 of 2');
    expect(pages[1]).toContain('Entries: 70');
    // A chunk closes at the first page break after one row: one react-pdf document per page, joined into one and
    // numbered straight through, every row in it.
    const chunked = await pdfOf(admin, 'movements', { from: today, to: today, sku }, 1);
    expect(chunked.length).toBe(2);
    chunked.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of 2`));
    expect(chunked.join('\n').match(/RECEIPT\s+receipt/g)).toHaveLength(70);
    expect(chunked[1]).toContain('Entries: 70');
    expect(chunked[0]).not.toContain('Totals');
  });

  it('prints every row of a 12,000-row audit, chunk after chunk, numbered straight through', { timeout: 90_000 }, async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('AUDL');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 12_000, unitCost: '1.00' });
    // 11,999 more entries copied from the receipt in SQL (one unit out each, the balance running down), one a second.
    await pool().query(
      `INSERT INTO "LedgerEntry" ("postedAt", "groupId", "entryType", "itemId", "locationId", "batchId", status, quantity, "balanceBefore", "balanceAfter", "actorId", note)
       SELECT e."postedAt" + g * interval '1 millisecond', e."groupId", 'CONSUMPTION', e."itemId", e."locationId", e."batchId", e.status, -1, 12001 - g, 12000 - g, e."actorId", 'N-' || lpad(g::text, 5, '0')
       FROM "LedgerEntry" e CROSS JOIN generate_series(1, 11999) g WHERE e.id = (SELECT max(id) FROM "LedgerEntry" WHERE "itemId" = (SELECT id FROM "Item" WHERE sku = $1))`,
      [sku],
    );
    await pool().query(`UPDATE "StockBalance" SET quantity = 1 WHERE "itemId" = (SELECT id FROM "Item" WHERE sku = $1)`, [sku]);
    const pages = await pdfOf(admin, 'movements', { from: today, to: today, sku });
    // One line per row, PAGE_LINES rows a page; the totals fit under the last page's rows.
    const expected = Math.ceil(12_000 / PAGE_LINES);
    expect(pages.length).toBe(expected);
    expect(pages[0]).toMatch(new RegExp(`RECEIPT\\s+receipt\\s+${sku}`));
    expect(pages[0]).toContain('N-00001');
    expect(pages[0]).toContain(`Page 1 of ${expected}`);
    const last = pages[expected - 1];
    expect(last).toContain('N-11999');
    expect(last).toContain('Entries: 12000');
    expect(last).toContain(`Page ${expected} of ${expected}`);
    expect(last).toContain('Movement audit');
    const text = pages.join('\n');
    expect(text.match(/N-\d{5}/g)).toHaveLength(11_999);
    expect(text).not.toContain('CSV');
  });

  it('covers only the Department Lead’s own sites: a Logistics lead sees none of the production department’s movements', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('AUDS');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 3 });
    const logisticsLead = await logisticsUser('DEPARTMENT_LEAD');
    expect(await csvOf(logisticsLead, 'movements', { from: today, to: today, sku })).toHaveLength(1);
    expect((await pdfOf(logisticsLead, 'movements', { from: today, to: today, sku })).join('\n')).toContain('No rows match these filters.');
    expect(await csvOf(await demoActor.deptLead(), 'movements', { from: today, to: today, sku })).toHaveLength(2);
    await expect(openReport(logisticsLead, 'movements', { from: today, to: today, site: 'CHI' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { site: 'Unknown location "CHI".' } });
  });

  it('refuses bad filters field by field, and roles without reports.view', async () => {
    const admin = await demoActor.admin();
    await expect(openReport(admin, 'movements', {})).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { from: 'Enter a date such as 2026-01-31.', to: 'Enter a date such as 2026-01-31.' } });
    await expect(openReport(admin, 'movements', { from: '2026-02-30', to: today })).rejects.toMatchObject({ fieldErrors: { from: 'Enter a date such as 2026-01-31.' } });
    await expect(openReport(admin, 'movements', { from: today, to: '2000-01-01' })).rejects.toMatchObject({ fieldErrors: { to: 'The end date is before the start date.' } });
    await expect(openReport(admin, 'movements', { from: today, to: today, sku: 'NO-SUCH' })).rejects.toMatchObject({ fieldErrors: { sku: 'Unknown SKU "NO-SUCH".' } });
    await expect(openReport(admin, 'movements', { from: today, to: today, type: 'teleport' })).rejects.toMatchObject({ fieldErrors: { type: 'Unknown movement type.' } });
    await expect(openReport(admin, 'movements', { from: today, to: today, user: 'nobody@x' })).rejects.toMatchObject({ fieldErrors: { user: 'No user has the e-mail "nobody@x".' } });
    await expect(openReport(admin, 'nope', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openReport(await demoActor.teamLead(), 'movements', { from: today, to: today })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('inventory valuation', () => {
  it('values own stock at batch cost (standard cost where none) per location with totals per site, customer-owned excluded', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('VAL');
    await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 4, unitCost: '2.25' });
    await receiveStock(admin, { sku, to: 'CHI-A-01-B2', quantity: 2 }); // no batch cost: standard cost 1.50
    const pages = await pdfOf(admin, 'valuation', { asOf: today, sku });
    const text = pages.join('\n');
    expect(pages[0]).toMatch(new RegExp(`As of \\(end of UTC day\\): ${today}\\s+Site: any\\s+Item: ${sku}`));
    expect(text).toMatch(new RegExp(`CHI\\s+CHI-A-01-B1\\s+${sku}\\s+Test item ${sku}\\s+4\\s+pcs\\s+2.2500\\s+9.00`));
    expect(text).toMatch(new RegExp(`CHI\\s+CHI-A-01-B2\\s+${sku}\\s+Test item ${sku}\\s+2\\s+pcs\\s+1.5000\\s+3.00`));
    expect(text).toContain('Value at CHI: 12.00');
    expect(text).toContain('Total value: 12.00');
    expect(text).toContain('Page 1 of 1');
    expect(await csvOf(admin, 'valuation', { asOf: '2000-01-01', sku })).toEqual(['Site,Location,SKU,Item,Quantity,Unit,Unit cost,Value']);
    expect(await csvOf(admin, 'valuation', { asOf: today, sku })).toContain(`CHI,CHI-A-01-B1,${sku},Test item ${sku},4,pcs,2.2500,9.00`);
    expect(await csvOf(await logisticsUser('DEPARTMENT_LEAD'), 'valuation', { asOf: today, sku })).toHaveLength(1);
    // A reader that stops early (a cancelled download) closes the cursor's transaction and returns the connection.
    const { pool } = await import('../db/pool');
    for await (const row of (await openReport(admin, 'valuation', { asOf: today, sku })).rows) if (row) break;
    expect(pool().totalCount - pool().idleCount).toBe(0);
    expect(await csvOf(admin, 'valuation', { asOf: today, sku })).toHaveLength(3);
    await expect(openReport(admin, 'valuation', { asOf: 'yesterday' })).rejects.toMatchObject({ fieldErrors: { asOf: 'Enter a date such as 2026-01-31.' } });
  });
});

describe('defect report', () => {
  it('counts scrapped and reworked units by product, stage and action with their serials, in scope', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct();
    const { serials } = await unitsOnWorkOrder(product, 3);
    await markDefect(admin, { serial: serials[0], action: 'scrap', notes: 'cracked' });
    await markDefect(admin, { serial: serials[2], action: 'scrap', notes: 'cracked' });
    await markDefect(admin, { serial: serials[1], action: 'rework', notes: 'solder' });
    const filter = { from: today, to: today, product: product.sku };
    const text = (await pdfOf(admin, 'defects', filter)).join('\n');
    expect(text).toMatch(new RegExp(`Period \\(UTC\\): ${today} to ${today}\\s+Product: ${product.sku}\\s+Action: any`));
    expect(text).toMatch(new RegExp(`${product.sku}\\s+Test product.*Assembly\\s+reworked\\s+1\\s+${serials[1]}`));
    expect(text).toMatch(new RegExp(`Assembly\\s+scrapped\\s+2\\s+${serials[0]} ${serials[2]}`));
    expect(text).toContain('Scrapped: 2');
    expect(text).toContain('Reworked: 1');
    expect(text).toContain('Defects: 3');
    expect(text).toContain('Page 1 of 1');
    expect((await csvOf(admin, 'defects', { ...filter, action: 'reworked' })).slice(1)).toEqual([`${product.sku},Test product ${product.sku},Assembly,reworked,1,${serials[1]}`]);
    expect(await csvOf(await logisticsUser('DEPARTMENT_LEAD'), 'defects', filter)).toHaveLength(1);
    await expect(openReport(admin, 'defects', { ...filter, action: 'melted' })).rejects.toMatchObject({ fieldErrors: { action: 'Choose scrapped or reworked.' } });
  });
});

describe('configuration audit', () => {
  it('lists the admin audit log of the period for Admins only', async () => {
    const admin = await demoActor.admin();
    await updateSettings(admin, { 'inventory.lowStockDefault': '7' });
    const text = (await pdfOf(admin, 'config-audit', { from: today, to: today, entity: 'Setting' })).join('\n');
    expect(text).toMatch(new RegExp(`Period \\(UTC\\): ${today} to ${today}\\s+Who: any\\s+Entity: Setting\\s+Action: any`));
    expect(text).toMatch(/setting.update\s+Setting\s+inventory.lowStockDefault\s+value: .* → 7/);
    expect(text).toMatch(/Changes: [1-9]/);
    expect(text).toContain('Page 1 of 1');
    const csv = await csvOf(admin, 'config-audit', { from: today, to: today, entity: 'Setting' });
    expect(csv[0]).toBe('At (UTC),Who,Action,Entity,Entity id,Changes');
    expect(csv.length).toBeGreaterThan(1);
    await expect(openReport(await demoActor.deptLead(), 'config-audit', { from: today, to: today })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db().auditEvent.count()).toBeGreaterThan(0);
  });
});
