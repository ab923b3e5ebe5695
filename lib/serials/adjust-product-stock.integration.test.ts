import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct, unitsInProduction } from '../../scripts/test/serials';
import { freshItem, lotsOf } from '../../scripts/test/stock';
import { db } from '../db/client';
import { adjustProductStock } from './adjust-product-stock';
import { getSerial } from './get-serial';

describe('manual adjustment of a serial-numbered product', () => {
  it('adds new serials in stock, each its own batch, and subtracts chosen ones as scrapped', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct();
    const added = await adjustProductStock(admin, { direction: 'add', sku: product.sku, quantity: '3', location: 'MKE-QA', note: 'found at stocktake' });
    expect(added.serials).toHaveLength(3);
    expect(added.serials[0]).toMatch(new RegExp(`^${product.sku}-\\d{4}-0+1$`));
    expect(await lotsOf(product.sku)).toEqual({ 'MKE-QA': { '#0001': '1', '#0002': '1', '#0003': '1' } });
    expect(await getSerial(admin, added.serials[1])).toMatchObject({ status: 'in_stock', stage: 'QA', location: 'MKE-QA', history: [expect.objectContaining({ action: 'added', note: 'found at stocktake' })] });

    const taken = await adjustProductStock(admin, { direction: 'subtract', sku: product.sku, serials: `${added.serials[0]}, ${added.serials[2].toLowerCase()}`, note: 'water damage' });
    expect(taken.serials).toEqual([added.serials[0], added.serials[2]]);
    expect(await lotsOf(product.sku)).toEqual({ 'MKE-QA': { '#0002': '1' } });
    expect((await getSerial(admin, added.serials[0])).status).toBe('scrapped');
    const group = await db().postingGroup.findUniqueOrThrow({ where: { id: taken.groupId } });
    expect(group).toMatchObject({ kind: 'serial-subtract', reason: 'water damage' });
  });

  it('refuses bad adjustments with a message at the field and posts nothing', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct();
    const [inProduction] = await unitsInProduction(product, 1);
    const bulk = await freshItem('BULK');
    const refused = (input: Record<string, unknown>) => adjustProductStock(admin, input).then(() => null, (e) => e.fieldErrors);
    expect(await refused({ direction: 'add', sku: product.sku, quantity: '0', location: 'MKE-QA', note: 'x' })).toEqual({ quantity: 'Add at least one unit.' });
    expect(await refused({ direction: 'add', sku: product.sku, quantity: '1.5', location: 'MKE-QA', note: 'x' })).toEqual({ quantity: 'Enter a whole number of units.' });
    expect(await refused({ direction: 'add', sku: product.sku, quantity: '2', location: 'MKE-QA', note: ' ' })).toEqual({ note: 'Say why the stock changes.' });
    expect(await refused({ direction: 'add', sku: bulk, quantity: '2', location: 'MKE-QA', note: 'x' })).toEqual({ sku: expect.stringContaining('not serial-numbered') });
    expect(await refused({ direction: 'add', sku: product.sku, quantity: '2', location: 'NOWHERE', note: 'x' })).toEqual({ location: 'Unknown location "NOWHERE".' });
    expect(await refused({ direction: 'sideways', sku: product.sku })).toEqual({ direction: 'Choose Add or Subtract.' });
    expect(await refused({ direction: 'subtract', sku: product.sku, serials: inProduction, note: 'x' })).toEqual({ serials: `Not in stock: ${inProduction}.` });
    expect(await refused({ direction: 'subtract', sku: product.sku, serials: 'NOPE-1', note: 'x' })).toEqual({ serials: 'Unknown serial number: NOPE-1.' });
    expect(await lotsOf(product.sku)).toEqual({});
    await expect(adjustProductStock(await demoActor.deptLead(), { direction: 'add', sku: product.sku, quantity: '1', location: 'MKE-QA', note: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers a repeated Add with the same idempotency key with the first serials', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct();
    const input = { direction: 'add', sku: product.sku, quantity: 2, location: 'MKE-QA', note: 'opening stock', idempotencyKey: 'add-1' };
    const first = await adjustProductStock(admin, input);
    const again = await adjustProductStock(admin, input);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await db().serialUnit.count({ where: { itemId: product.id } })).toBe(2);
  });
});
