import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshStorageUnit } from '@/scripts/test/locations';
import { freshProduct } from '@/scripts/test/serials';
import { freshItem } from '@/scripts/test/stock';
import { createProductionLot } from '../lib/create-production-lot';
import { getBom } from '../lib/get-bom';
import { getLot } from '../lib/get-lot';
import { freshAssembly } from '../lib/test-factories';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('redirect'), { to });
  },
  notFound: () => {
    throw Object.assign(new Error('not found'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
}));
const { closeLotAction, completeLotAction, createLotAction, importBomCsvAction, issueMaterialsAction, releaseLotAction, saveBomAction } = await import('./actions');

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fd;
};
const redirectOf = (run: Promise<unknown>) => run.then(() => null, (e: { to?: string }) => e.to ?? Promise.reject(e));

describe('production lot actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.deptLead();
  });

  it('saves BOM lines from the editor, pointing refusals at the row on screen, and imports a CSV', async () => {
    const product = await freshAssembly();
    const [a, b] = [await freshItem('PA'), await freshItem('PB')];
    // Row 2 is blank and left out; the refusal of the third row still names row index 2.
    const refused = await saveBomAction({}, form({ product, sku: [a, '', 'NOPE-XYZ'], quantityPer: ['2', '', '1'], designators: ['', '', ''], alternates: ['', '', ''] }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'lines.2.sku': 'Unknown SKU "NOPE-XYZ".' } });
    expect(JSON.parse(refused.values!.lines)).toHaveLength(3);
    expect(await saveBomAction({}, form({ product, sku: [a, b], quantityPer: ['2', '1'], designators: ['R1', ''], alternates: ['', ''] }))).toEqual({ ok: true, message: `Saved version 1 of the BOM of ${product}.` });
    expect(await importBomCsvAction({}, form({ product, csvText: `sku,quantityPer\n${b},3\n` }))).toEqual({ ok: true, message: `Imported version 2 of the BOM of ${product}.` });
    expect((await getBom(session.actor!, product)).lines).toMatchObject([{ sku: b, quantityPer: '3' }]);
    const bad = await importBomCsvAction({}, form({ product, csvText: 'nonsense' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { csv: expect.stringContaining('header') } });
  });

  it('plans, releases, issues, completes and closes a lot from the forms', async () => {
    const product = await freshAssembly();
    const part = await freshItem('PC');
    const bin = await freshStorageUnit('MKE', 'PLBIN');
    await receiveStock(session.actor!, { sku: part, to: bin, quantity: 10, unitCost: '1.25' });
    await saveBomAction({}, form({ product, sku: [part], quantityPer: ['2'], designators: [''], alternates: [''] }));
    expect(await createLotAction({}, form({ product, quantity: 'x' }))).toMatchObject({ ok: false, fieldErrors: { quantity: 'Enter a number.' } });
    const to = await redirectOf(createLotAction({}, form({ product, quantity: '3', issueAt: '', completionAt: '', workOrder: '', idempotencyKey: 'form-1' })));
    expect(to).toMatch(/^\/production-lots\/LOT-\d{6}\?created=1$/);
    const number = to!.slice('/production-lots/'.length, -'?created=1'.length);
    expect(await releaseLotAction({}, form({ number }))).toEqual({ ok: true, message: `${number} is released: 1 component allocated.` });
    expect(await issueMaterialsAction({}, form({ number, location: 'NOWHERE' }))).toMatchObject({ ok: false, fieldErrors: { location: 'Unknown location "NOWHERE".' } });
    expect(await issueMaterialsAction({}, form({ number, location: bin }))).toMatchObject({ ok: true });
    expect(await completeLotAction({}, form({ number, location: bin, quantity: '' }))).toMatchObject({ ok: true, message: expect.stringContaining(`${number} is completed: 3 received at ${bin}`) });
    expect(await closeLotAction({}, form({ number }))).toEqual({ ok: true, message: `${number} is closed.` });
    expect(await getLot(session.actor!, number)).toMatchObject({ status: 'closed', materialCost: '7.50', output: '3' });
  });

  it('completes a serial-numbered product’s lot from the form: the storage unit is asked for, the answer names the serials', async () => {
    const product = await freshProduct(['QA']);
    const part = await freshItem('PS');
    const bin = await freshStorageUnit('MKE', 'PSBIN');
    await saveBomAction({}, form({ product: product.sku, sku: [part], quantityPer: ['1'], designators: [''], alternates: [''] }));
    const number = (await createProductionLot(session.actor!, { product: product.sku, quantity: 2 })).number;
    await releaseLotAction({}, form({ number }));
    expect(await completeLotAction({}, form({ number, location: '', quantity: '' }))).toMatchObject({ ok: false, fieldErrors: { location: 'Choose a storage unit.' } });
    const done = await completeLotAction({}, form({ number, location: bin, quantity: '' }));
    const { serials } = await getLot(session.actor!, number);
    expect(serials.count).toBe(2);
    expect(done).toEqual({ ok: true, message: `${number} is completed: 2 units received at ${bin}, serials ${serials.serials[0].serial} … ${serials.serials[1].serial}.` });
  });

  it('answers "not found" to a role without the permission', async () => {
    session.actor = await demoActor.teamLead();
    await expect(releaseLotAction({}, form({ number: 'LOT-000001' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    session.actor = await demoActor.member();
    await expect(issueMaterialsAction({}, form({ number: 'LOT-000001', location: 'MKE-QA' }))).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});
