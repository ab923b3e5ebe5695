// Hostile text stored in item names, location names and movement notes comes
// back harmless: CSV exports neutralise cells a spreadsheet would run as a
// formula (= + - @ tab CR), PDFs (reports, labels) print the text literally,
// and NUL never reaches the database. Page HTML is checked over HTTP in
// e2e/access-http.spec.ts (the server's real rendering).
import { describe, expect, it } from 'vitest';
import { createItem } from '../../lib/catalog/create-item';
import { csvCell } from '../../lib/csv';
import { db } from '../../lib/db/client';
import { DomainError } from '../../lib/errors';
import { receiveStock } from '../../lib/inventory/movements/receive-stock';
import { createStorageUnit } from '../../lib/locations/create-storage-unit';
import { demoActor } from './actors';
import { apiRequest, bearerOf, routeParams } from './api';
import { pdfPages } from './pdf-text';

const SCRIPT = '<script>alert(1)</script>';
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+1', '@SUM(A1)', '-2+3', '=1+2'];
const QUOTES = `say "hi" & 'bye'`;
const RTL = 'invoice \u202Efdp.exe';

/** RFC 4180 cells of a CSV text. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** A cell a spreadsheet would evaluate: starts with = + - @ tab or CR and is not a plain number. */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

async function get(route: string, url: string, params: Record<string, string>, authorization: string): Promise<Response> {
  const { GET } = (await import(route)) as { GET: (r: Request, c: unknown) => Promise<Response> };
  return GET(apiRequest('GET', url, { authorization }), routeParams(params));
}

describe('stored hostile text', () => {
  it('is neutralised in the inventory export and the movement audit CSV, and printed literally in the PDFs', async () => {
    const admin = await demoActor.admin();
    const token = await bearerOf(admin);
    const tag = Date.now().toString(36).toUpperCase();
    const names = [SCRIPT, ...FORMULAS, QUOTES, RTL];
    const skus = names.map((_, i) => `HX-${tag}-${i}`);
    for (const [i, name] of names.entries()) await createItem(admin, { sku: skus[i], name, kindCode: 'part', unitCode: 'pcs' });
    const parent = await db().location.findUniqueOrThrow({ where: { code: 'CHI-A-01' } });
    const bin = await createStorageUnit(admin, { parentId: parent.id, code: `HX-${tag}`, name: '=cmd|"/C calc"!A0' });
    for (const sku of skus) await receiveStock(admin, { sku, to: bin.code, quantity: 3, note: '@SUM(1+1)*cmd <b>bold</b>' });

    const exported = await get('@/app/api/v1/inventory/export.csv/route', `/inventory/export.csv?by=location&q=HX-${tag}`, {}, token);
    expect(exported.status).toBe(200);
    const inventory = csvRows(await exported.text());
    const ours = inventory.filter((r) => r[0]?.startsWith(`HX-${tag}`));
    expect(ours.map((r) => r[1]).sort()).toEqual(names.map((n) => (runsAsFormula(n) ? `'${n}` : n)).sort());
    expect(inventory.flat().filter(runsAsFormula)).toEqual([]);

    const today = new Date().toISOString().slice(0, 10);
    const audit = await get('@/app/api/v1/reports/[file]/route', `/reports/movements.csv?from=${today}&to=${today}&site=CHI`, { file: 'movements.csv' }, token);
    expect(audit.status).toBe(200);
    const auditRows = csvRows(await audit.text());
    expect(auditRows.filter((r) => skus.includes(r[3])).map((r) => r.at(-1))).toEqual(skus.map(() => "'@SUM(1+1)*cmd <b>bold</b>"));
    expect(auditRows.flat().filter(runsAsFormula)).toEqual([]);

    const auditPdf = await get('@/app/api/v1/reports/[file]/route', `/reports/movements.pdf?from=${today}&to=${today}&sku=${skus[0]}`, { file: 'movements.pdf' }, token);
    expect(auditPdf.status).toBe(200);
    expect(pdfPages(new Uint8Array(await auditPdf.arrayBuffer())).join('\n')).toContain('@SUM(1+1)*cmd <b>bold</b>');

    for (const [i, name] of [[0, SCRIPT], [names.indexOf(QUOTES), QUOTES]] as const) {
      const label = await get('@/app/api/v1/labels/items/[file]/route', `/labels/items/${skus[i]}.pdf`, { file: `${skus[i]}.pdf` }, token);
      expect(label.status).toBe(200);
      expect(pdfPages(new Uint8Array(await label.arrayBuffer())).join('\n')).toContain(name);
    }
  });

  it('neutralises a leading tab or carriage return too (lib/csv.test.ts covers = + - @)', () => {
    expect(csvCell('\t=1+2')).toBe(`"'\t=1+2"`);
    expect(csvCell('\r=1+2')).toBe(`"'\r=1+2"`);
  });

  it('never stores NUL: a name with one is refused beside the field', async () => {
    const admin = await demoActor.admin();
    const sku = `HX-NUL-${Date.now().toString(36)}`;
    const refused = await createItem(admin, { sku, name: 'bad\u0000name', kindCode: 'part', unitCode: 'pcs' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fieldErrors.name).toBeTruthy();
    expect(await db().item.findUnique({ where: { sku } })).toBeNull();
  });
});
