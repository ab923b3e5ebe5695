// Serial number labels: one serial, or every serial of a work order (one label
// each), within the actor's production scope; anything else reads as not found.
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope, workOrderScope } from '../scope/serial-scope';
import { checkLabelCount, distinctCodes, MAX_LABELS_PER_PRINT } from './label-limits';
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

/** Serials picked in a list, in the order given (repeats once); one outside the actor's scope makes it not found. */
export async function loadSerialLabelsByList(actor: Actor, serials: string[]): Promise<Label[]> {
  requirePermission(actor, 'serials.view');
  const wanted = distinctCodes(serials, 100);
  if (!wanted.length) throw invalid('key', 'Choose at least one serial number.');
  checkLabelCount(wanted.length);
  const { rows } = await pool().query(
    render(sql`SELECT s.serial, i.sku, i.name FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId"
      WHERE s.serial = ANY(${wanted}::citext[]) AND ${serialScope(actor)}`),
  );
  const bySerial = new Map(rows.map((r) => [String(r.serial).toLowerCase(), r as Row]));
  return wanted.map((serial) => {
    const row = bySerial.get(serial.toLowerCase());
    if (!row) throw notFound(`Serial number ${serial}`);
    return toLabel(row);
  });
}
