// POST /api/v1/locations speaks codes and names (parentCode, type, department);
// the locations domain takes ids. The ids come from the domain's own form
// choices (which check the permission too), then its one create operation
// runs: createSite without a parent, createStorageUnit beneath one.
import { z } from 'zod';
import { invalid } from '@/lib/errors';
import { optionalText } from '@/lib/form-fields';
import { createSite } from '@/lib/locations/create-site';
import { createStorageUnit } from '@/lib/locations/create-storage-unit';
import { listLocationFormChoices } from '@/lib/locations/location-form-choices';
import type { Actor } from '@/lib/roles/actor';
import { parseInput } from '@/lib/validation';

export const LOCATION_FIELD_NAMES = { parentCode: 'parentId', type: 'typeId', department: 'departmentId' };

const namedSchema = z.looseObject({ parentCode: optionalText(64), type: optionalText(60), department: optionalText(120) });

export async function createLocationByCodes(actor: Actor, body: unknown): Promise<{ code: string }> {
  const { parentCode, type, department, parentId: _p, typeId: _t, departmentId: _d, ...fields } = parseInput(namedSchema, body);
  const choices = await listLocationFormChoices(actor);
  const typeId = type === null ? null : (choices.types.find((t) => t.name === type)?.id ?? null);
  if (type !== null && typeId === null) throw invalid('type', `Unknown location type "${type}".`);
  if (parentCode === null) {
    // A site belongs to a department: the one named, else the token user's own.
    const departmentId = department === null ? actor.departmentId : choices.departments.find((d) => d.name === department)?.id;
    if (departmentId === undefined) throw invalid('department', `Unknown department "${department}".`);
    return createSite(actor, { ...fields, typeId, departmentId });
  }
  if (department !== null) throw invalid('department', "A storage unit belongs to its site's department; leave department out.");
  // Codes are unique whatever their letter case.
  const parent = choices.parents.find((p) => p.code.toLowerCase() === parentCode.toLowerCase());
  if (!parent) throw invalid('parentCode', `Unknown location "${parentCode}".`);
  return createStorageUnit(actor, { ...fields, typeId, parentId: parent.id });
}
