import { describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/client';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { getBom } from './get-bom';
import { importBomCsv } from './import-bom-csv';
import { saveBom } from './save-bom';
import { freshAssembly } from './test-factories';

describe('bills of materials', () => {
  it('saves a new version on every save and reads the latest or an older one', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshAssembly();
    const [a, b] = [await freshItem('BA'), await freshItem('BB')];
    const wire = await freshItem('BW', { unit: 'm' });
    expect(await saveBom(lead, { product, lines: [{ sku: a, quantityPer: 2, designators: 'R1,R2' }] })).toEqual({ product, version: 1 });
    expect(
      await saveBom(lead, { product: product.toLowerCase(), lines: [{ sku: a, quantityPer: '3' }, { sku: wire, quantityPer: '0.25', alternates: `${b}; ${b}` }] }),
    ).toEqual({ product, version: 2 });
    const teamLead = await demoActor.teamLead();
    const latest = await getBom(teamLead, product);
    expect(latest).toMatchObject({
      version: 2,
      lines: [
        { position: 1, sku: a, quantityPer: '3', designators: null, alternates: [] },
        { position: 2, sku: wire, unit: 'm', quantityPer: '0.25', alternates: [b] },
      ],
    });
    expect(latest.versions.map((v) => [v.version, v.lineCount])).toEqual([[2, 2], [1, 1]]);
    expect((await getBom(teamLead, product, 1)).lines).toMatchObject([{ sku: a, quantityPer: '2', designators: 'R1,R2' }]);
    await expect(getBom(teamLead, product, 3)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getBom(teamLead, a)).toMatchObject({ version: null, lines: [], versions: [], product: { canHaveBom: false } });
  });

  it('refuses each wrong field with its own message, and saves nothing', async () => {
    const admin = await demoActor.admin();
    const product = await freshAssembly('assembly');
    const a = await freshItem('BR');
    const wire = await freshItem('BRW', { unit: 'm' });
    const inactive = await freshItem('BRI');
    await db().item.update({ where: { sku: inactive }, data: { active: false } });
    const refused = async (input: unknown) => saveBom(admin, input).then(() => ({}), (e) => ({ code: e.code, fieldErrors: e.fieldErrors }));
    expect(await refused({ product: a, lines: [{ sku: wire, quantityPer: 1 }] })).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { product: expect.stringContaining('kind Part') } });
    expect(await refused({ product: 'NOPE-XYZ', lines: [{ sku: a, quantityPer: 1 }] })).toMatchObject({ fieldErrors: { product: 'There is no item NOPE-XYZ.' } });
    expect(await refused({ product, lines: [] })).toMatchObject({ fieldErrors: { lines: 'A BOM needs at least one line.' } });
    expect(
      await refused({
        product,
        lines: [
          { sku: 'NOPE-XYZ', quantityPer: 1 },
          { sku: inactive, quantityPer: 1 },
          { sku: product, quantityPer: 1 },
          { sku: a, quantityPer: '1.5' },
          { sku: wire, quantityPer: '0' },
        ],
      }),
    ).toEqual({
      code: 'INVALID_INPUT',
      fieldErrors: {
        'lines.0.sku': 'Unknown SKU "NOPE-XYZ".',
        'lines.1.sku': `${inactive} is inactive.`,
        'lines.2.sku': `${product} is the product itself.`,
        'lines.3.quantityPer': 'Enter a whole number.',
        'lines.4.quantityPer': 'Enter a quantity above zero.',
      },
    });
    expect(await refused({ product, lines: [{ sku: wire, quantityPer: '0.125' }] })).toMatchObject({ fieldErrors: { 'lines.0.quantityPer': 'Use at most 2 decimal places.' } });
    expect(await refused({ product, lines: [{ sku: a, quantityPer: 1 }, { sku: a.toLowerCase(), quantityPer: 2 }] })).toMatchObject({ fieldErrors: { 'lines.1.sku': expect.stringContaining('twice') } });
    expect(await refused({ product, lines: [{ sku: a, quantityPer: 1, alternates: 'NOPE-XYZ' }] })).toMatchObject({ fieldErrors: { 'lines.0.alternates': 'Unknown alternate SKU "NOPE-XYZ".' } });
    expect(await refused({ product, lines: [{ sku: a, quantityPer: '100001' }] })).toMatchObject({ fieldErrors: { 'lines.0.quantityPer': 'At most 100,000 per unit.' } });
    expect(await refused({ product, lines: [{ sku: a, quantityPer: 'NaN' }] })).toMatchObject({ fieldErrors: { 'lines.0.quantityPer': 'Enter a number.' } });
    expect(await refused('not an object')).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db().bom.count({ where: { itemId: (await db().item.findUniqueOrThrow({ where: { sku: product } })).id } })).toBe(0);
  });

  it('imports a CSV as a new version, naming the rows it refuses, and never crashes', async () => {
    const lead = await demoActor.deptLead();
    const product = await freshAssembly();
    const [a, b, c] = [await freshItem('CA'), await freshItem('CB'), await freshItem('CC')];
    const csv = `sku,quantityPer,designators,alternates\r\n${a},4,"R1,R2,R3,R4",${b};${c}\n${b},1,,\n`;
    expect(await importBomCsv(lead, product, csv)).toEqual({ product, version: 1 });
    expect((await getBom(lead, product)).lines).toMatchObject([
      { sku: a, quantityPer: '4', designators: 'R1,R2,R3,R4', alternates: [b, c] },
      { sku: b, quantityPer: '1', designators: null, alternates: [] },
    ]);
    const bad = await importBomCsv(lead, product, `sku,quantityPer\n${a},1\nNOPE-XYZ,1\n${b},-2\n`).catch((e) => e);
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { 'rows.3': 'Unknown SKU "NOPE-XYZ".', 'rows.4': 'Enter a quantity above zero.' } });
    expect(bad.fieldErrors.csv).toContain('Row 3 (sku)');
    for (const garbage of ['', 'a,b\n1,2', 'sku,quantityPer\n', 'sku,quantityPer\n"unclosed,1', '\u0000\u0001,,,\n', 'sku,quantityPer\n,,,,,,\n', null, 42, { a: 1 }]) {
      await expect(importBomCsv(lead, product, garbage)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect((await getBom(lead, product)).version).toBe(1);
  });

  it('lets only holders of the plugin permissions read or save, as "not found"', async () => {
    const member = await demoActor.member();
    const teamLead = await demoActor.teamLead();
    const product = await freshAssembly();
    const a = await freshItem('CP');
    await expect(getBom(member, product)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveBom(member, { product, lines: [{ sku: a, quantityPer: 1 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveBom(teamLead, { product, lines: [{ sku: a, quantityPer: 1 }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(importBomCsv(teamLead, product, `sku,quantityPer\n${a},1\n`)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
