// Test helpers for serial-numbered production: a fresh product with stages and
// units in production, written straight to the tables (work orders have their own tests).
import { randomBytes } from 'node:crypto';
import { loadActor } from '../../lib/auth/load-actor';
import { hashPassword } from '../../lib/auth/password';
import { db } from '../../lib/db/client';
import type { Actor } from '../../lib/roles/actor';
import type { Role } from '../../lib/roles/roles';
import { createWorkOrder } from '../../lib/serials/create-work-order';
import { demoActor } from './actors';

let n = 0;

export async function freshProduct(stages: (string | { name: string; optional: boolean })[] = ['Assembly', 'Testing', 'Coating', 'QA']): Promise<{ sku: string; id: number }> {
  const sku = `PRD-T${Date.now().toString(36)}-${++n}`.toUpperCase();
  const item = await db().item.create({ data: { sku, name: `Test product ${sku}`, kindCode: 'product', unitCode: 'pcs', standardCost: 40 } });
  await db().productStage.createMany({
    data: stages.map((s, i) => (typeof s === 'string' ? { itemId: item.id, position: i + 1, name: s } : { itemId: item.id, position: i + 1, ...s })),
  });
  return { sku, id: item.id };
}

/** Units in production at the product's first stage, in the demo production department and SMT Line team. */
export async function unitsInProduction(product: { sku: string; id: number }, count: number): Promise<string[]> {
  const first = await db().productStage.findFirst({ where: { itemId: product.id }, orderBy: { position: 'asc' } });
  const team = await db().team.findFirstOrThrow({ where: { name: 'SMT Line' } });
  const serials = Array.from({ length: count }, (_, i) => `${product.sku}-${String(i + 1).padStart(4, '0')}`);
  await db().serialUnit.createMany({ data: serials.map((serial) => ({ serial, itemId: product.id, departmentId: team.departmentId, teamId: team.id, stageId: first?.id ?? null })) });
  return serials;
}

/**
 * Units in production on a new work order of the SMT Line team naming nobody, made
 * through createWorkOrder, so every demo role sees them (the Member through the team).
 */
export async function unitsOnWorkOrder(product: { sku: string }, count: number): Promise<{ number: string; serials: string[] }> {
  const { number, serials } = await createWorkOrder(await demoActor.admin(), { product: product.sku, quantity: count, team: 'SMT Line' });
  return { number, serials };
}

/** A new user of the Logistics department (its first team unless a Department Lead): none of the production serials are in their scope. */
export async function logisticsUser(role: Role): Promise<Actor> {
  const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
  const team = role === 'DEPARTMENT_LEAD' ? null : await db().team.findFirstOrThrow({ where: { departmentId: logistics.id } });
  const email = `logistics-${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.local`;
  const user = await db().user.create({ data: { email, name: `Logistics ${role}`, role, departmentId: logistics.id, teamId: team?.id ?? null, passwordHash: await hashPassword('logistics-test') } });
  return (await loadActor(user.id, user.sessionVersion))!;
}
