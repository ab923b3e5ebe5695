import { beforeAll, describe, expect, it } from 'vitest';
import { advanceSerial } from '@/lib/serials/advance-serial';
import { approveSerial } from '@/lib/serials/approve-serial';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshProduct, logisticsUser, unitsOnWorkOrder } from '@/scripts/test/serials';
import { GET } from './route';

let member: string;
beforeAll(async () => {
  member = await bearerOf(await demoActor.member());
});

const list = (query: string, authorization: string | undefined = member) => GET(apiRequest('GET', `/serials?${query}`, { authorization }));
const page = async (query: string, authorization?: string) => {
  const res = await list(query, authorization);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
};

describe('GET /api/v1/serials', () => {
  it('lists serials by product, status and work order, most recently changed first, in pages', async () => {
    const product = await freshProduct(['Assembly', 'QA']);
    const { number, serials } = await unitsOnWorkOrder(product, 3);
    const other = await unitsOnWorkOrder(product, 1);
    const lead = await demoActor.teamLead();
    await advanceSerial(lead, { serial: serials[1] });
    await approveSerial(lead, { serial: serials[1], location: 'MKE-QA' });

    const all = await page(`product=${product.sku}`);
    expect(all.data).toHaveLength(4);
    expect(all.data[0]).toEqual({ serial: serials[1], product: product.sku, status: 'in_stock', stage: 'QA', workOrder: number, iterationCount: 0, updatedAt: expect.any(String) });
    expect((await page(`product=${product.sku}&status=in_stock`)).data.map((s) => s.serial)).toEqual([serials[1]]);
    expect((await page(`product=${product.sku}&status=in_production&workOrder=${number}`)).data.map((s) => s.serial).sort()).toEqual([serials[0], serials[2]]);
    expect((await page(`workOrder=${other.number}`)).data.map((s) => s.serial)).toEqual(other.serials);
    expect((await page(`product=${product.sku}&search=${serials[2].slice(-4)}`)).data.map((s) => s.serial)).toContain(serials[2]);

    const first = await page(`product=${product.sku}&limit=3`);
    expect(first.data).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`product=${product.sku}&limit=3&cursor=${first.nextCursor}`);
    expect(second).toEqual({ data: [all.data[3]], nextCursor: null });
  });

  it('shows nothing outside the scope: a Logistics lead sees none of the production serials', async () => {
    const product = await freshProduct();
    await unitsOnWorkOrder(product, 2);
    expect(await page(`product=${product.sku}`, await bearerOf(await logisticsUser('DEPARTMENT_LEAD')))).toEqual({ data: [], nextCursor: null });
  });

  it('answers 422 for a bad status, limit or cursor and 401 without a token', async () => {
    for (const [query, field] of [['status=lost', 'status'], ['limit=0', 'limit'], ['limit=501', 'limit'], ['cursor=bm90LWEtY3Vyc29y', 'cursor']] as const) {
      const res = await list(query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).errors, query).toEqual({ [field]: expect.any(String) });
    }
    expect((await list('', undefined)).status).toBe(200);
    expect((await GET(apiRequest('GET', '/serials'))).status).toBe(401);
  });
});
