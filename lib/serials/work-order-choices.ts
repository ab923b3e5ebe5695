// What the new work order form offers: active serial-tracked products that
// have stages, the active teams the creator may give work to (an Admin's of
// every department, a Department Lead's own), and the active people of those
// departments with their team, so the form can narrow the people to the team.
import { pool } from '../db/pool';
import { requirePermission, type Actor } from '../roles/actor';

export interface WorkOrderChoices {
  products: { sku: string; name: string }[];
  teams: { id: number; name: string; department: string }[];
  people: { id: number; name: string; departmentId: number; teamId: number | null }[];
  /** Where an order without a team goes: the creator's department. */
  ownDepartmentId: number;
}

export async function workOrderChoices(actor: Actor): Promise<WorkOrderChoices> {
  requirePermission(actor, 'workorders.manage');
  const department = actor.role === 'ADMIN' ? null : actor.departmentId;
  const [products, teams, people] = await Promise.all([
    pool().query(
      `SELECT i.sku::text AS sku, i.name FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode"
       WHERE k."serialTracked" AND i.active AND EXISTS (SELECT 1 FROM "ProductStage" st WHERE st."itemId" = i.id)
       ORDER BY i.sku`,
    ),
    pool().query(
      `SELECT t.id, t.name, d.name AS department FROM "Team" t JOIN "Department" d ON d.id = t."departmentId"
       WHERE t."archivedAt" IS NULL AND d."archivedAt" IS NULL AND ($1::int IS NULL OR t."departmentId" = $1)
       ORDER BY d.name, t.name`,
      [department],
    ),
    pool().query(
      `SELECT u.id, u.name, u."departmentId", u."teamId" FROM "User" u
       WHERE u.active AND ($1::int IS NULL OR u."departmentId" = $1) ORDER BY u.name, u.id`,
      [department],
    ),
  ]);
  return { products: products.rows, teams: teams.rows, people: people.rows, ownDepartmentId: actor.departmentId };
}
