// Synthetic serial-numbered production for benchmarks, generated inside
// PostgreSQL in bulk: products with three stages, work orders spread over the
// demo teams, units in every status and their lifecycle events (created, then
// approved / delivered / scrapped where the status says so).
import type pg from 'pg';

export interface SyntheticSerialShape {
  serials: number;
  products: number;
  workOrders: number;
}

export async function loadSyntheticSerials(client: pg.Pool, shape: SyntheticSerialShape): Promise<void> {
  const { serials, products, workOrders } = shape;
  const actor = (await client.query(`SELECT id FROM "User" WHERE email = 'admin@demo.local'`)).rows[0].id;
  await client.query(`INSERT INTO "Item" (sku, name, "kindCode", "unitCode")
    SELECT 'SYNP-' || lpad(n::text, 3, '0'), 'Synthetic product ' || n, 'product', 'pcs' FROM generate_series(1, $1) n`, [products]);
  await client.query(`INSERT INTO "ProductStage" ("itemId", position, name) SELECT i.id, s.p, s.name FROM "Item" i,
    (VALUES (1, 'Assembly'), (2, 'Testing'), (3, 'QA')) s(p, name) WHERE i.sku LIKE 'SYNP-%'`);
  await client.query(`INSERT INTO "WorkOrder" (number, "itemId", quantity, "departmentId", "teamId", "createdById", status)
    SELECT 'WO-SYN-' || n, i.id, greatest(1, $2 / $1), t."departmentId", t.id, $4,
      (ARRAY['OPEN','IN_PROGRESS','COMPLETED'])[1 + n % 3]::"WorkOrderStatus"
    FROM generate_series(1, $1) n JOIN "Item" i ON i.sku = 'SYNP-' || lpad((1 + n % $3)::text, 3, '0')
    JOIN LATERAL (SELECT id, "departmentId" FROM "Team" ORDER BY id OFFSET n % (SELECT count(*) FROM "Team") LIMIT 1) t ON TRUE`,
    [workOrders, serials, products, actor]);
  await client.query(`INSERT INTO "SerialUnit" (serial, "itemId", "workOrderId", "departmentId", "teamId", status, "stageId", "createdAt", "updatedAt")
    SELECT 'SYN-SN-' || lpad(n::text, 7, '0'), w."itemId", w.id, w."departmentId", w."teamId",
      (ARRAY['IN_STOCK','IN_STOCK','IN_STOCK','IN_STOCK','IN_PRODUCTION','IN_PRODUCTION','IN_PRODUCTION','DELIVERED','DELIVERED','SCRAPPED'])[1 + n % 10]::"SerialStatus",
      st.id, timestamp '2025-01-01' + n * interval '5 minutes', timestamp '2025-01-01' + n * interval '5 minutes' + interval '2 days'
    FROM generate_series(1, $1) n JOIN "WorkOrder" w ON w.number = 'WO-SYN-' || (1 + n % $2)
    JOIN "ProductStage" st ON st."itemId" = w."itemId" AND st.position = 1 + n % 3`, [serials, workOrders]);
  await client.query(`INSERT INTO "SerialEvent" ("serialId", at, "actorId", action, "toStatus", "toStage", iteration)
    SELECT s.id, s."createdAt", $1, 'created', 'IN_PRODUCTION', 'Assembly', 0 FROM "SerialUnit" s WHERE s.serial LIKE 'SYN-SN-%'`, [actor]);
  await client.query(`INSERT INTO "SerialEvent" ("serialId", at, "actorId", action, "fromStatus", "toStatus", "fromStage", iteration)
    SELECT s.id, s."updatedAt", $1,
      CASE s.status WHEN 'IN_STOCK' THEN 'approved' WHEN 'DELIVERED' THEN 'delivered' ELSE 'scrapped' END,
      'IN_PRODUCTION', s.status, 'QA', 0
    FROM "SerialUnit" s WHERE s.serial LIKE 'SYN-SN-%' AND s.status <> 'IN_PRODUCTION'`, [actor]);
  await client.query('ANALYZE "WorkOrder", "SerialUnit", "SerialEvent"');
}
