// Serial number labels: one serial, or every serial of a work order (one label
// each), within the actor's production scope; anything else reads as not found.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope, workOrderScope } from '../scope/serial-scope';
import { checkLabelCount, MAX_LABELS_PER_PRINT } from './label-limits';
import { serialLabel, type Label } from './label-templates';

type Row = { serial: string; sku: string; name: string };
const toLabel = (r: Row) => serialLabel({ serial: r.serial, sku: r.sku, productName: r.name });

export async function loadSerialLabels(actor: Actor, serial: string): Promise<Label[]> {
  requirePermission(actor, 'serials.view');
  const wanted = serial.trim();
  const { rows } = wanted && wanted.length <= 100
    ? await pool().query(render(sql`SELECT s.serial, i.sku, i.name FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId"
        WHERE s.serial = ${wanted}::citext AND ${serialScope(actor)}`))
    : { rows: [] };
  if (!rows[0]) throw notFound(`Serial number ${wanted.slice(0, 100)}`);
  return [toLabel(rows[0])];
}

export async function loadWorkOrderSerialLabels(actor: Actor, number: string): Promise<Label[]> {
  requirePermission(actor, 'serials.view');
  const wanted = number.trim();
  const { rows: orders } = wanted && wanted.length <= 64
    ? await pool().query(render(sql`SELECT w.id FROM "WorkOrder" w WHERE w.number = ${wanted}::citext AND ${workOrderScope(actor)}`))
    : { rows: [] };
  if (!orders[0]) throw notFound('The work order');
  const { rows } = await pool().query(
    render(sql`SELECT s.serial, i.sku, i.name FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId"
      WHERE s."workOrderId" = ${orders[0].id} AND ${serialScope(actor)} ORDER BY s.serial LIMIT ${MAX_LABELS_PER_PRINT + 1}`),
  );
  if (!rows.length) throw notFound('Serial numbers on this work order');
  checkLabelCount(rows.length);
  return rows.map(toLabel);
}
