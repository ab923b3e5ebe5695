// Each site has one "in transit" storage unit (<SITE>-TRANSIT) where stock on
// its way to that site sits: counted and valued, but not available to pick.
import type { SqlClient } from '../../db/transaction';

export async function transitLocationOf(client: SqlClient, siteId: number): Promise<{ id: number; code: string }> {
  const { rows } = await client.query(
    `WITH site AS (SELECT id, code, path FROM "Location" WHERE id = $1),
     kind AS (
       INSERT INTO "LocationType" (name) VALUES ('In transit') ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id
     ), ins AS (
       INSERT INTO "Location" (code, name, "parentId", "siteId", path, "typeId", barcode)
       SELECT site.code || '-TRANSIT', 'In transit to ' || site.code, site.id, site.id, site.path, kind.id, site.code || '-TRANSIT' FROM site, kind
       ON CONFLICT (code) DO NOTHING RETURNING id, code
     )
     SELECT id, code::text FROM ins
     UNION ALL SELECT l.id, l.code::text FROM "Location" l, site WHERE l.code = site.code || '-TRANSIT'
     LIMIT 1`,
    [siteId],
  );
  const loc = rows[0];
  // The path includes the unit itself, like every other location.
  await client.query(`UPDATE "Location" SET path = (SELECT path FROM "Location" WHERE id = $2) || id || '/' WHERE id = $1 AND path NOT LIKE '%/' || id || '/'`, [loc.id, siteId]);
  return loc;
}
