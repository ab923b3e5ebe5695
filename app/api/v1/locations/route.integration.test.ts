import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { demoActor } from '@/scripts/test/actors';
import { apiRequest, bearerOf } from '@/scripts/test/api';
import { freshStorageUnit } from '@/scripts/test/locations';
import { freshItem } from '@/scripts/test/stock';
import { POST as postMovement } from '../movements/route';
import { GET, POST } from './route';

let admin: string;
beforeAll(async () => {
  admin = await bearerOf(await demoActor.admin());
});

const create = (body: unknown, authorization: string | null = admin) => POST(apiRequest('POST', '/locations', { authorization: authorization ?? undefined, body }));
const list = async () => {
  const res = await GET(apiRequest('GET', '/locations', { authorization: admin }));
  expect(res.status).toBe(200);
  return (await res.json()) as { data: Record<string, unknown>[]; nextCursor: null };
};
const row = async (code: string) => (await list()).data.find((l) => l.code === code);

async function created(res: Response, code: string) {
  expect(res.status, await res.clone().text()).toBe(201);
  expect(await res.json()).toEqual({ code });
}

describe('GET /api/v1/locations', () => {
  it('lists every location depth-first with parent, site and department by name', async () => {
    const page = await list();
    expect(page.nextCursor).toBeNull();
    const codes = page.data.map((l) => l.code);
    expect(codes.indexOf('CHI')).toBeLessThan(codes.indexOf('CHI-A'));
    expect(codes.indexOf('CHI-A')).toBeLessThan(codes.indexOf('CHI-A-01-B1'));
    expect(await row('CHI-A-01-B1')).toEqual({
      code: 'CHI-A-01-B1',
      name: 'Bin A-01-B1',
      parentCode: 'CHI-A-01',
      site: 'CHI',
      type: 'Bin',
      room: 'Main hall',
      gridRow: null,
      gridCol: null,
      workCenter: null,
      department: 'Electronics Production',
      active: true,
    });
    expect(await row('MKE')).toMatchObject({ parentCode: null, site: 'MKE', type: null, department: 'Electronics Production' });
  });

  it('answers 403 for roles that do not manage locations, 401 without a token', async () => {
    expect((await GET(apiRequest('GET', '/locations', { authorization: await bearerOf(await demoActor.deptLead()) }))).status).toBe(403);
    expect((await GET(apiRequest('GET', '/locations'))).status).toBe(401);
  });
});

describe('POST /api/v1/locations', () => {
  it("adds a site in the token user's department unless one is named, and storage units beneath by parent code", async () => {
    await created(await create({ code: 'API-SITE-1', name: 'API test plant' }), 'API-SITE-1');
    expect(await row('API-SITE-1')).toMatchObject({ parentCode: null, site: 'API-SITE-1', department: 'Electronics Production' });
    await created(await create({ code: 'API-SITE-2', name: 'API test depot', department: 'Logistics' }), 'API-SITE-2');
    expect(await row('API-SITE-2')).toMatchObject({ department: 'Logistics' });

    await created(await create({ code: 'API-S1-SHELF', name: 'Shelf 1', parentCode: 'api-site-1', type: 'Shelf', room: 'Store' }), 'API-S1-SHELF');
    expect(await row('API-S1-SHELF')).toMatchObject({ parentCode: 'API-SITE-1', site: 'API-SITE-1', type: 'Shelf', room: 'Store', department: 'Electronics Production' });
    await created(await create({ code: 'API-REEL-2-3', name: 'Reel cell', parentCode: 'CHI-REEL', type: 'Reel rack', gridRow: 2, gridCol: '3' }), 'API-REEL-2-3');
    expect(await row('API-REEL-2-3')).toMatchObject({ parentCode: 'CHI-REEL', site: 'CHI', gridRow: 2, gridCol: 3 });

    // Ids in the body decide nothing: without parentCode it is a site.
    const chi = await db().location.findUniqueOrThrow({ where: { code: 'CHI' } });
    await created(await create({ code: 'API-SITE-3', name: 'Not beneath CHI', parentId: chi.id }), 'API-SITE-3');
    expect(await row('API-SITE-3')).toMatchObject({ parentCode: null, site: 'API-SITE-3' });

    // The new storage unit takes stock at once.
    const sku = await freshItem('LOC');
    const receipt = await postMovement(apiRequest('POST', '/movements', { authorization: admin, body: { type: 'receipt', sku, to: 'API-S1-SHELF', quantity: 3 } }));
    expect(receipt.status).toBe(201);
  });

  it('answers 422 naming the field as the API does', async () => {
    const inactive = await freshStorageUnit('CHI', 'API-OFF');
    await db().location.update({ where: { code: inactive }, data: { active: false } });
    const cases: [unknown, string][] = [
      [{ code: 'API-BAD-1', name: 'x', parentCode: 'NOWHERE-9' }, 'parentCode'],
      [{ code: 'API-BAD-2', name: 'x', parentCode: 'CHI', type: 'Teleporter' }, 'type'],
      [{ code: 'API-BAD-3', name: 'x', department: 'Marketing' }, 'department'],
      [{ code: 'API-BAD-4', name: 'x', parentCode: 'CHI', department: 'Logistics' }, 'department'],
      [{ code: 'bad code!', name: 'x' }, 'code'],
      [{ code: 'API-BAD-5' }, 'name'],
      [{ code: 'API-BAD-6', name: 'x', parentCode: 'CHI-REEL', gridRow: 9, gridCol: 1 }, 'gridRow'],
      [{ code: 'API-BAD-7', name: 'x', parentCode: inactive }, 'parentCode'],
      [{ code: 'API-BAD-8', name: 'x', type: 'Teleporter' }, 'type'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type'), JSON.stringify(body)).toBe('application/problem+json');
      expect(Object.keys((await res.json()).errors), JSON.stringify(body)).toContain(field);
    }
    expect((await list()).data.filter((l) => String(l.code).startsWith('API-BAD'))).toEqual([]);
  });

  it('answers 409 for a code in use (any case) or a taken rack cell', async () => {
    const again = await create({ code: 'chi-a', name: 'Again', parentCode: 'CHI' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'CONFLICT', errors: { code: 'The code CHI-A is already in use.' } });
    await created(await create({ code: 'API-REEL-4-6', name: 'Reel cell', parentCode: 'CHI-REEL', gridRow: 4, gridCol: 6 }), 'API-REEL-4-6');
    const taken = await create({ code: 'API-REEL-4-6B', name: 'Reel cell', parentCode: 'CHI-REEL', gridRow: 4, gridCol: 6 });
    expect(taken.status).toBe(409);
    expect((await taken.json()).errors).toMatchObject({ gridRow: expect.stringContaining('taken by API-REEL-4-6') });
  });

  it('answers 403 for roles that do not manage locations, 401 without a token', async () => {
    for (const actor of [await demoActor.deptLead(), await demoActor.member()]) {
      expect((await create({ code: 'API-NO-1', name: 'x' }, await bearerOf(actor))).status).toBe(403);
      // Refused before anything is looked up: an unknown parent tells them nothing either.
      expect((await create({ code: 'API-NO-1', name: 'x', parentCode: 'NOWHERE-9' }, await bearerOf(actor))).status).toBe(403);
    }
    expect((await create({ code: 'API-NO-1', name: 'x' }, null)).status).toBe(401);
  });
});
