// Adds a site or a storage unit named the way scripts and devices name things:
// the parent by its code (none: a site), the type and the department by name.
// Resolves them here, then createSite or createStorageUnit checks the rest and
// writes. Field errors come back under the names given (parentCode, type,
// department), never under the ids the create operations take.
import { z } from 'zod';
import { db } from '../db/client';
import { DomainError, invalid } from '../errors';
import { optionalText } from '../form-fields';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { createSite } from './create-site';
import { createStorageUnit } from './create-storage-unit';

/** The named fields; the others (code, name, room, grid cell...) are the create operations' own and checked there. */
export const createLocationByCodesSchema = z.looseObject({
  parentCode: optionalText(64),
  type: optionalText(60),
  department: optionalText(120),
});

/** Where a create operation's id field is named here. */
const NAMED_AS = { parentId: 'parentCode', typeId: 'type', departmentId: 'department' } as const;

export async function createLocationByCodes(actor: Actor, input: unknown): Promise<{ id: number; code: string }> {
  requirePermission(actor, 'settings.manage');
  // Ids sent alongside are dropped: the codes and names decide.
  const { parentCode, type, department, parentId: _p, typeId: _t, departmentId: _d, ...fields } = parseInput(createLocationByCodesSchema, input);
  const typeId = await typeIdNamed(type);
  return withNamedFields(async () => {
    if (parentCode === null) return createSite(actor, { ...fields, typeId, departmentId: await departmentIdNamed(actor, department) });
    if (department !== null) throw invalid('department', "A storage unit belongs to its site's department; leave department out.");
    // citext: codes are unique whatever their letter case.
    const parent = await db().location.findUnique({ where: { code: parentCode }, select: { id: true } });
    if (!parent) throw invalid('parentCode', `Unknown location "${parentCode}".`);
    return createStorageUnit(actor, { ...fields, typeId, parentId: parent.id });
  });
}

async function typeIdNamed(name: string | null): Promise<number | null> {
  if (name === null) return null;
  const type = await db().locationType.findUnique({ where: { name }, select: { id: true } });
  if (!type) throw invalid('type', `Unknown location type "${name}".`);
  return type.id;
}

/** A site belongs to the department named, else to the actor's own. */
async function departmentIdNamed(actor: Actor, name: string | null): Promise<number> {
  if (name === null) return actor.departmentId;
  const found = await db().department.findFirst({ where: { name, archivedAt: null }, select: { id: true } });
  if (!found) throw invalid('department', `Unknown department "${name}".`);
  return found.id;
}

/** The create operations report their id fields (an inactive parent, say); name them as the caller did. */
async function withNamedFields<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DomainError) || !Object.keys(error.fieldErrors).length) throw error;
    const named = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [NAMED_AS[field as keyof typeof NAMED_AS] ?? field, message]));
    throw new DomainError(error.code, error.message, named);
  }
}
