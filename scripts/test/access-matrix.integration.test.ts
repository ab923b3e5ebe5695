// Every role x every page, API route and server action: the permission in
// access-rules.ts decides, and the app must agree. Pages and actions run with
// the role's actor as the session; API routes get the role's bearer token.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/client';
import { createCount } from '../../lib/inventory/counts/create-count';
import { receiveStock } from '../../lib/inventory/movements/receive-stock';
import { shipToSite } from '../../lib/inventory/transit/ship-to-site';
import { FORBIDDEN_MESSAGE, type Actor } from '../../lib/roles/actor';
import { pluginPermissionsOf } from '../../lib/plugins';
import { defaultPermissionsOf, isPermission } from '../../lib/roles/permissions';
import { ROLES, type Role } from '../../lib/roles/roles';
import { createPartner } from '../../lib/sales/create-partner';
import { createSalesOrder } from '../../lib/sales/create-sales-order';
import { commitScan } from '../../lib/scan/commit-scan';
import { ACTION_RULES, API_RULES, PAGE_RULES, type AccessFixture, type AccessRule } from './access-rules';
import { demoActor } from './actors';
import { apiRequest, bearerOf, routeParams } from './api';
import { appEntries, type AppEntry } from './route-registry';
import { freshProduct, unitsOnWorkOrder } from './serials';
import { freshItem } from './stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({
  getActor: async () => session.actor,
  requireActor: async () => session.actor ?? Promise.reject(new Error('no actor in this test')),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Outcome = 'allowed' | 'denied';
const root = path.resolve(import.meta.dirname, '../..');
const digestOf = (e: unknown) => String((e as { digest?: unknown })?.digest ?? '');

const actors = {} as Record<Role, Actor>;
const tokens = {} as Record<Role, string>;
let fixture: AccessFixture;

beforeAll(async () => {
  const [admin, deptLead, teamLead, member] = await Promise.all([demoActor.admin(), demoActor.deptLead(), demoActor.teamLead(), demoActor.member()]);
  Object.assign(actors, { ADMIN: admin, DEPARTMENT_LEAD: deptLead, TEAM_LEAD: teamLead, MEMBER: member });
  for (const role of ROLES) tokens[role] = await bearerOf(actors[role]);
  const sku = await freshItem('ACL');
  const received = await receiveStock(admin, { sku, to: 'CHI-A-01-B1', quantity: 50 });
  const count = await createCount(admin, { location: 'CHI-A-01-B1' });
  const line = await db().stockCountLine.findFirstOrThrow({ where: { countId: count.id } });
  const transit = await shipToSite(admin, { sku, from: 'CHI-A-01-B1', to: 'MKE', quantity: 5 });
  const site = await db().location.findUniqueOrThrow({ where: { code: 'CHI' } });
  const rack = await db().location.findUniqueOrThrow({ where: { code: 'CHI-REEL' } });
  const type = await db().locationType.findFirstOrThrow();
  const product = await freshProduct();
  const onOrder = await unitsOnWorkOrder(product, 1);
  const [serial] = onOrder.serials;
  const partnerCode = (await createPartner(admin, { code: `ACL-${Date.now().toString(36)}`, name: 'Access test customer' })).code;
  const salesOrderNumber = (await createSalesOrder(deptLead, { partner: partnerCode, expectedAt: '2099-01-31', lines: [{ sku, quantity: 1 }] })).number;
  // Every role may log production against the work order every role sees: one session each.
  const material = await freshItem('ACLS');
  await receiveStock(admin, { sku: material, to: 'MKE-LINE-1', quantity: 10 });
  const scanSessions = {} as Record<Role, string>;
  for (const role of ROLES) {
    scanSessions[role] = (await commitScan(actors[role], { workflow: 'production', target: onOrder.number, location: 'MKE-LINE-1', lines: [{ code: material }] })).sessionId;
  }
  // Production lots plugin records, written straight to its tables (core does not import plugin code).
  const lotProduct = await db().item.create({ data: { sku: `ACL-PCBA-${Date.now().toString(36)}`, name: 'Access test PCBA', kindCode: 'pcba', unitCode: 'pcs' } });
  const component = await db().item.findUniqueOrThrow({ where: { sku } });
  const bom = await db().bom.create({ data: { itemId: lotProduct.id, version: 1, createdById: admin.id, lines: { create: [{ position: 1, itemId: component.id, quantityPer: 2 }] } } });
  const lotNumber = `LOT-ACL${Date.now().toString(36).toUpperCase()}`;
  await db().productionLot.create({ data: { number: lotNumber, itemId: lotProduct.id, bomId: bom.id, quantity: 1, departmentId: site.departmentId!, createdById: admin.id } });
  // Purchasing plugin records, likewise: a supplier and a placed order with room for every role's receipt.
  const supplier = await db().partner.create({ data: { code: `ACL-SUP-${Date.now().toString(36)}`, name: 'Access test supplier', kind: 'SUPPLIER' } });
  const purchaseOrderNumber = `PO-ACL${Date.now().toString(36).toUpperCase()}`;
  await db().purchaseOrder.create({
    data: { number: purchaseOrderNumber, supplierId: supplier.id, status: 'PLACED', departmentId: site.departmentId!, createdById: admin.id, lines: { create: [{ position: 1, itemId: component.id, quantity: 100, unitPrice: 1 }] } },
  });
  // A finished report job per role, written straight to its table (starting one needs reports.view, which not all roles hold).
  const reportJobs = {} as Record<Role, string>;
  for (const role of ROLES) {
    reportJobs[role] = (await db().reportJob.create({ data: { userId: actors[role].id, report: 'defects', filters: {}, format: 'pdf', status: 'DONE', fileName: 'defects.pdf', file: new Uint8Array(Buffer.from('%PDF-1.7\n')), finishedAt: new Date() } })).id;
  }
  fixture = { reportJobs, supplierCode: supplier.code, purchaseOrderNumber, lotProductSku: lotProduct.sku, lotNumber, sku, countId: count.id, lineId: line.id, transitNumber: transit.number, groupId: received.groupId, userId: member.id, locationId: site.id, locationTypeId: type.id, rackId: rack.id, departmentId: site.departmentId!, productSku: product.sku, serial, workOrderNumber: onOrder.number, partnerCode, salesOrderNumber, scanSessions };
});

async function pageOutcome(entry: AppEntry, rule: AccessRule, role: Role): Promise<Outcome> {
  const page = (await import(path.join(root, entry.file))).default as (props: unknown) => Promise<unknown>;
  session.actor = actors[role];
  try {
    await page({ params: Promise.resolve(rule.params?.(fixture, role) ?? {}), searchParams: Promise.resolve({}) });
    return 'allowed';
  } catch (e) {
    if (digestOf(e).startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'denied';
    throw e;
  }
}

async function apiOutcome(entry: AppEntry, rule: AccessRule, role: Role): Promise<Outcome> {
  const handler = (await import(path.join(root, entry.file)))[entry.exportName] as (r: Request, c: unknown) => Promise<Response>;
  const params = rule.params?.(fixture, role) ?? {};
  const url = entry.key.split(' ')[1].replace(/^\/api\/v1/, '').replace(/\[(\w+)\]/g, (_, k: string) => encodeURIComponent(params[k]));
  const method = entry.exportName;
  // Portal route handlers read the session; API routes the bearer token.
  session.actor = actors[role];
  const response = await handler(apiRequest(method, url, { authorization: rule.session ? undefined : tokens[role], body: method === 'GET' ? undefined : (rule.body?.(fixture) ?? {}) }), routeParams(params));
  if (response.status === 401 || response.status >= 500) throw new Error(`${role} ${entry.key}: ${response.status} ${await response.text()}`);
  return response.status === 403 || response.status === 404 ? 'denied' : 'allowed';
}

async function actionOutcome(entry: AppEntry, rule: AccessRule, role: Role): Promise<Outcome> {
  const run = (await import(path.join(root, entry.file)))[entry.exportName] as (...args: unknown[]) => Promise<{ ok?: boolean; message?: string }>;
  session.actor = actors[role];
  const form = new FormData();
  for (const [k, v] of Object.entries(rule.form ?? {})) form.set(k, v);
  try {
    const state = rule.objectArgument ? await run({ ...rule.form }) : await run({}, form);
    return state?.message === FORBIDDEN_MESSAGE ? 'denied' : 'allowed';
  } catch (e) {
    if (digestOf(e).startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'denied';
    if (digestOf(e).startsWith('NEXT_REDIRECT')) return 'allowed';
    throw e;
  }
}

const expected = (rule: AccessRule, role: Role): Outcome =>
  rule.gate === 'public' || rule.gate === 'signed-in' || (isPermission(rule.gate) ? defaultPermissionsOf(role).has(rule.gate) : pluginPermissionsOf(role).includes(rule.gate))
    ? 'allowed'
    : 'denied';

const checks = { page: pageOutcome, api: apiOutcome, action: actionOutcome } as const;
const rulesOf = { page: PAGE_RULES, api: API_RULES, action: ACTION_RULES } as const;
// Public entries and the session-cookie export (proved in the browser tests) are not run here.
const runnable = appEntries().filter((e) => rulesOf[e.kind][e.key] && rulesOf[e.kind][e.key].gate !== 'public' && e.key !== 'GET /inventory/export.csv');

describe.each(['page', 'api', 'action'] as const)('%s access by role', (kind) => {
  it.each(runnable.filter((e) => e.kind === kind).map((e) => [e.key, e] as const))('%s', async (_key, entry) => {
    const rule = rulesOf[kind][entry.key];
    const got: Record<string, Outcome> = {};
    const want: Record<string, Outcome> = {};
    for (const role of ROLES) {
      got[role] = await checks[kind](entry, rule, role);
      want[role] = expected(rule, role);
    }
    expect(got).toEqual(want);
  });
});
