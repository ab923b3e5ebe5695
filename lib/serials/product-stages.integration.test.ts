import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshProduct, unitsInProduction } from '../../scripts/test/serials';
import { db } from '../db/client';
import { createWorkOrder } from './create-work-order';
import { listStages, setProductStages } from './product-stages';

const names = async (sku: string) => (await listStages(await demoActor.member(), sku)).stages.map((s) => `${s.position}:${s.name}${s.optional ? '?' : ''}`);

describe('listStages', () => {
  it('lists a product’s stages in order with the serials at each, by SKU or id, with the pattern in use', async () => {
    const product = await freshProduct(['Assembly', { name: 'Coating', optional: true }, 'QA']);
    await unitsInProduction(product, 2);
    const member = await demoActor.member();
    const bySku = await listStages(member, product.sku.toLowerCase());
    expect(bySku).toMatchObject({ sku: product.sku, serialTracked: true, serialPattern: null, patternInUse: '{SKU}-{YYYY}-{SEQ:6}' });
    expect(bySku.exampleSerial).toBe(`${product.sku}-${new Date().getUTCFullYear()}-000001`);
    expect(bySku.stages.map((s) => [s.name, s.optional, s.serials])).toEqual([['Assembly', false, 2], ['Coating', true, 0], ['QA', false, 0]]);
    expect(await listStages(member, product.id)).toEqual(bySku);
    await expect(listStages(member, 'NO-SUCH-PRODUCT')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setProductStages', () => {
  it('lets an Admin add, reorder, rename and drop empty stages, keeping the stages serials sit at, with an audit event', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['Assembly', 'Testing', 'Coating', 'QA']);
    const [serial] = await unitsInProduction(product, 1);
    const before = await listStages(admin, product.sku);
    const id = (name: string) => before.stages.find((s) => s.name === name)!.id;

    // Testing moves after Coating, Coating becomes optional, QA is renamed by id, Burn-in is new.
    await setProductStages(admin, {
      sku: product.sku,
      stages: [{ name: 'assembly' }, { name: 'Coating', optional: 'true' }, { name: 'Testing' }, { name: 'Burn-in' }, { id: String(id('QA')), name: 'Final QA' }],
    });
    expect(await names(product.sku)).toEqual(['1:assembly', '2:Coating?', '3:Testing', '4:Burn-in', '5:Final QA']);
    const after = await listStages(admin, product.sku);
    expect(after.stages.map((s) => s.id).filter((s) => before.stages.some((b) => b.id === s))).toEqual([id('Assembly'), id('Coating'), id('Testing'), id('QA')]);
    // The serial stays at its stage (renamed by case only).
    expect(await db().serialUnit.findUniqueOrThrow({ where: { serial }, select: { stageId: true } })).toEqual({ stageId: id('Assembly') });

    await setProductStages(admin, { sku: product.sku, stages: [{ name: 'Assembly' }, { name: 'Final QA' }], serialPattern: 'gw-{yyyy}/{seq:4}' });
    expect(await names(product.sku)).toEqual(['1:Assembly', '2:Final QA']);
    expect((await listStages(admin, product.sku)).serialPattern).toBe('GW-{YYYY}/{SEQ:4}');

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: 'product.stages', entityId: String(product.id) }, orderBy: { id: 'desc' } });
    expect(audit.before).toMatchObject({ stages: [{ name: 'assembly' }, { name: 'Coating', optional: true }, { name: 'Testing' }, { name: 'Burn-in' }, { name: 'Final QA' }], serialPattern: null });
    expect(audit.after).toEqual({ stages: [{ name: 'Assembly', optional: false }, { name: 'Final QA', optional: false }], serialPattern: 'GW-{YYYY}/{SEQ:4}' });

    // Blank pattern: back to the default; a left-out pattern stays as it is.
    await setProductStages(admin, { sku: product.sku, stages: [{ name: 'Assembly' }, { name: 'Final QA' }], serialPattern: '' });
    expect((await listStages(admin, product.sku)).serialPattern).toBeNull();
  });

  it('refuses to remove a stage serials sit at, saying how many, and changes nothing', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['Assembly', 'Testing', 'QA']);
    await unitsInProduction(product, 3);
    await expect(setProductStages(admin, { sku: product.sku, stages: [{ name: 'Testing' }, { name: 'QA' }] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: '3 serials are at Assembly. Move them to another stage before removing that stage.',
      fieldErrors: { stages: expect.stringContaining('3 serials are at Assembly') },
    });
    expect(await names(product.sku)).toEqual(['1:Assembly', '2:Testing', '3:QA']);
  });

  it('refuses bad lists with a message per field', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['Assembly']);
    const refused = (input: Record<string, unknown>) => setProductStages(admin, { sku: product.sku, ...input });
    await expect(refused({ stages: [] })).rejects.toMatchObject({ fieldErrors: { stages: 'Give the product at least one stage.' } });
    await expect(refused({ stages: [{ name: 'QA' }, { name: 'qa' }] })).rejects.toMatchObject({ fieldErrors: { 'stages.1.name': 'qa is listed twice.' } });
    await expect(refused({ stages: [{ name: ' ' }] })).rejects.toMatchObject({ fieldErrors: { 'stages.0.name': 'Name the stage.' } });
    await expect(refused({ stages: [{ name: 'x'.repeat(41) }] })).rejects.toMatchObject({ fieldErrors: { 'stages.0.name': 'At most 40 characters.' } });
    await expect(refused({ stages: [{ name: 'QA' }], serialPattern: 'PRD-{YYYY}' })).rejects.toMatchObject({ fieldErrors: { serialPattern: expect.stringContaining('exactly one {SEQ}') } });
    const other = await freshProduct(['Elsewhere']);
    const foreignId = (await listStages(admin, other.sku)).stages[0].id;
    await expect(refused({ stages: [{ id: foreignId, name: 'Assembly' }] })).rejects.toMatchObject({ fieldErrors: { 'stages.0.name': expect.stringContaining('not one of the product') } });
    await expect(setProductStages(admin, { sku: 'LDR-4.1', stages: [{ name: 'Assembly' }] })).rejects.toMatchObject({ fieldErrors: { sku: expect.stringContaining('not serial-tracked') } });
    await expect(setProductStages(admin, { sku: 'NO-SUCH', stages: [{ name: 'Assembly' }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await names(product.sku)).toEqual(['1:Assembly']);
  });

  it('is for Admins only', async () => {
    const product = await freshProduct(['Assembly']);
    for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
      await expect(setProductStages(actor, { sku: product.sku, stages: [{ name: 'Other' }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('puts new work orders at the first stage of the list as it is now', async () => {
    const admin = await demoActor.admin();
    const product = await freshProduct(['Assembly', 'QA']);
    await setProductStages(admin, { sku: product.sku, stages: [{ name: 'Kitting' }, { name: 'Assembly' }, { name: 'QA' }] });
    const { serials } = await createWorkOrder(admin, { product: product.sku, quantity: 2 });
    expect((await listStages(admin, product.sku)).stages.map((s) => s.serials)).toEqual([2, 0, 0]);
    await expect(setProductStages(admin, { sku: product.sku, stages: [{ name: 'Assembly' }, { name: 'QA' }] })).rejects.toMatchObject({ message: expect.stringMatching(/^2 serials are at Kitting/) });
    expect(serials).toHaveLength(2);
  });
});
