// Labels for a storage unit and, on request, every active storage unit beneath
// it (by the materialised path), only within the actor's sites: a code outside
// them reads as not found.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { siteDepartmentFilter } from '../scope/site-scope';
import { checkLabelCount, MAX_LABELS_PER_PRINT } from './label-limits';
import { locationLabel, type Label } from './label-templates';

export async function loadLocationLabels(actor: Actor, code: string, options: { descendants?: boolean } = {}): Promise<Label[]> {
  requirePermission(actor, 'inventory.view');
  const wanted = code.trim();
  if (!wanted || wanted.length > 64) throw notFound('The location');
  const department = siteDepartmentFilter(actor);
  const descendants = options.descendants === true;
  const { rows } = await pool().query(
    render(sql`SELECT d.code, d.name, d.barcode,
        coalesce((SELECT array_agg(a.name ORDER BY p.n)
          FROM unnest(string_to_array(trim(both '/' from d.path), '/')::int[]) WITH ORDINALITY AS p(id, n)
          JOIN "Location" a ON a.id = p.id WHERE a.id <> d.id), '{}') AS ancestors
      FROM "Location" l JOIN "Location" site ON site.id = coalesce(l."siteId", l.id)
      JOIN "Location" d ON d.id = l.id OR (${descendants}::boolean AND l.path <> '' AND d.path LIKE l.path || '%' AND d.active)
      WHERE l.code = ${wanted}::citext AND l.active
        AND (${department}::int IS NULL OR site."departmentId" = ${department}::int)
      ORDER BY d.id <> l.id, d.code
      LIMIT ${MAX_LABELS_PER_PRINT + 1}`),
  );
  if (!rows.length) throw notFound('The location');
  checkLabelCount(rows.length);
  return rows.map((r) => locationLabel({ code: r.code, name: r.name, barcode: r.barcode, path: r.ancestors }));
}
