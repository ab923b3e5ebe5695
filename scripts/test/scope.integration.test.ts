// Each role sees exactly its slice: two departments with a site each, a lead,
// a team lead and a member in both, stock and counts in both. Lists, exports
// and detail reads go through the API (bearer tokens) as an integrator would;
// out-of-scope records answer 404 there and in the pages.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../../lib/auth/password';
import { loadActor } from '../../lib/auth/load-actor';
import { db } from '../../lib/db/client';
import { createCount } from '../../lib/inventory/counts/create-count';
import { receiveStock } from '../../lib/inventory/movements/receive-stock';
import { createSite } from '../../lib/locations/create-site';
import { createStorageUnit } from '../../lib/locations/create-storage-unit';
import type { Actor } from '../../lib/roles/actor';
import type { Role } from '../../lib/roles/roles';
import { demoActor } from './actors';
import { apiRequest, bearerOf, routeParams } from './api';
import { freshItem } from './stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));

import { GET as countGet } from '../../app/api/v1/counts/[id]/route';
import { GET as countsGet } from '../../app/api/v1/counts/route';
import { GET as exportGet } from '../../app/api/v1/inventory/export.csv/route';
import { GET as inventoryGet } from '../../app/api/v1/inventory/route';
import { GET as lotsGet } from '../../app/api/v1/items/[sku]/lots/route';
import { GET as movementsGet } from '../../app/api/v1/items/[sku]/movements/route';
import LocationPage from '../../app/(portal)/inventory/locations/[code]/page';
import CountPage from '../../app/(portal)/inventory/counts/[id]/page';

let sku: string;
const counts = { production: 0, logistics: 0 };
const people: Record<string, { actor: Actor; token: string }> = {};

async function userIn(departmentId: number, role: Role, teamId: number | null): Promise<Actor> {
  const email = `scope-${role.toLowerCase()}-${departmentId}@test.local`;
  const u = await db().user.create({ data: { email, name: `Scope ${role}`, role, departmentId, teamId, passwordHash: await hashPassword('scope-test') } });
  return (await loadActor(u.id, 1))!;
}

beforeAll(async () => {
  const admin = await demoActor.admin();
  const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
  const shipping = await db().team.findFirstOrThrow({ where: { departmentId: logistics.id } });
  const site = await createSite(admin, { code: 'LOG-WH', name: 'Logistics warehouse', departmentId: String(logistics.id) });
  await createStorageUnit(admin, { parentId: String(site.id), code: 'LOG-WH-1', name: 'Dock shelf 1' });
  sku = await freshItem('SCOPE');
  await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 10 });
  await receiveStock(admin, { sku, to: 'LOG-WH-1', quantity: 7 });
  counts.production = (await createCount(admin, { location: 'CHI-A-01-B1' })).id;
  counts.logistics = (await createCount(admin, { location: 'LOG-WH-1' })).id;
  const actors: Record<string, Actor> = {
    admin,
    'production lead': await demoActor.deptLead(),
    'production team lead': await demoActor.teamLead(),
    'production member': await demoActor.member(),
    'logistics lead': await userIn(logistics.id, 'DEPARTMENT_LEAD', null),
    'logistics team lead': await userIn(logistics.id, 'TEAM_LEAD', shipping.id),
    'logistics member': await userIn(logistics.id, 'MEMBER', shipping.id),
  };
  for (const [name, actor] of Object.entries(actors)) people[name] = { actor, token: await bearerOf(actor) };
});

const get = async (handler: (r: Request, c: never) => Promise<Response>, who: string, path: string, params: Record<string, string> = {}) => {
  const res = await handler(apiRequest('GET', path, { authorization: people[who].token }), routeParams(params) as never);
  return { status: res.status, text: await res.text() };
};
const json = (r: { text: string }) => JSON.parse(r.text) as { data: Record<string, unknown>[] };

const SLICES = [
  ['admin', ['CHI-A-01-B1', 'LOG-WH-1'], 'both'],
  ['production lead', ['CHI-A-01-B1'], 'production'],
  ['production team lead', ['CHI-A-01-B1'], 'production'],
  ['production member', ['CHI-A-01-B1'], 'production'],
  ['logistics lead', ['LOG-WH-1'], 'logistics'],
  ['logistics team lead', ['LOG-WH-1'], 'logistics'],
  ['logistics member', ['LOG-WH-1'], 'logistics'],
] as const;

describe.each(SLICES)('%s', (who, places, department) => {
  it('sees exactly its stock in the inventory list, the lots, the movements and the CSV export', async () => {
    const inventory = json(await get(inventoryGet, who, `/inventory?groupBy=location&sku=${sku}`));
    expect(inventory.data.map((r) => r.location).sort()).toEqual([...places]);
    const lots = json(await get(lotsGet, who, `/items/${sku}/lots`, { sku }));
    expect(lots.data.map((r) => r.location).sort()).toEqual([...places]);
    const movements = json(await get(movementsGet, who, `/items/${sku}/movements`, { sku }));
    expect(movements.data.length).toBe(places.length);
    const csv = await get(exportGet, who, `/inventory/export.csv?groupBy=location&sku=${sku}`);
    if (people[who].actor.permissions.has('inventory.export')) {
      for (const place of ['CHI-A-01-B1', 'LOG-WH-1']) expect(csv.text.includes(place)).toBe((places as readonly string[]).includes(place));
    } else expect(csv.status).toBe(403);
  });

  it("sees its own department's counts and gets 404 for the other's, in the API and the pages", async () => {
    const { actor } = people[who];
    const visible = department === 'both' ? [counts.production, counts.logistics] : [counts[department]];
    const hidden = department === 'both' ? [] : [counts[department === 'production' ? 'logistics' : 'production']];
    session.actor = actor;
    if (!actor.permissions.has('inventory.count')) {
      expect((await get(countsGet, who, '/counts')).status).toBe(403);
      return;
    }
    const listed = json(await get(countsGet, who, '/counts')).data.map((c) => c.id);
    expect(listed.filter((id) => id === counts.production || id === counts.logistics).sort()).toEqual([...visible].sort());
    for (const id of visible) {
      expect((await get(countGet, who, `/counts/${id}`, { id: String(id) })).status).toBe(200);
      await expect(CountPage({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) } as never)).resolves.toBeTruthy();
    }
    for (const id of hidden) {
      expect((await get(countGet, who, `/counts/${id}`, { id: String(id) })).status).toBe(404);
      await expect(CountPage({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve({}) } as never)).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    }
  });

  it("opens its own storage units' pages and gets 404 for the other department's", async () => {
    session.actor = people[who].actor;
    for (const code of ['CHI-A-01-B1', 'LOG-WH-1']) {
      const page = LocationPage({ params: Promise.resolve({ code }), searchParams: Promise.resolve({}) } as never);
      if ((places as readonly string[]).includes(code)) await expect(page).resolves.toBeTruthy();
      else await expect(page).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    }
  });
});
