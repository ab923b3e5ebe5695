import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { onHandSeries } from './on-hand-series';

/** Moves a real posting back in time (the ledger refuses updates, so the guard is lifted for this one statement). */
async function backdate(groupId: string, days: number) {
  const c = await pool().connect();
  try {
    await c.query('BEGIN');
    await c.query('ALTER TABLE "LedgerEntry" DISABLE TRIGGER "LedgerEntry_append_only"');
    await c.query(`UPDATE "LedgerEntry" SET "postedAt" = "postedAt" - make_interval(days => $2) WHERE "groupId" = $1`, [groupId, days]);
    await c.query(`UPDATE "PostingGroup" SET "postedAt" = "postedAt" - make_interval(days => $2) WHERE id = $1`, [groupId, days]);
    await c.query('ALTER TABLE "LedgerEntry" ENABLE TRIGGER "LedgerEntry_append_only"');
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}

const today = async (): Promise<string> => (await pool().query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS d`)).rows[0].d;

describe('on-hand series', () => {
  it('gives the closing on-hand of each day, carrying days without movements, own stock only', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('OH');
    const first = await receiveStock(admin, { sku, to: 'CHI', quantity: 10 });
    await backdate(first.groupId, 3);
    await receiveStock(admin, { sku, to: 'MKE-QA', quantity: 5 });
    await consumeStock(admin, { sku, from: 'CHI', quantity: 2 });
    await db().partner.create({ data: { code: `C-${sku}`, name: 'Customer', kind: 'CUSTOMER' } });
    await receiveStock(admin, { sku, to: 'CHI', quantity: 100, customer: `C-${sku}` });

    const s = await onHandSeries(admin, { sku, days: 5 });
    expect(s.unit).toBe('pcs');
    expect(s.points.map((p) => p.onHand)).toEqual(['0', '10', '10', '10', '13']);
    expect(s.points[4].day).toBe(await today());
    expect(new Set(s.points.map((p) => p.day)).size).toBe(5);

    // Stock from before the window is the opening balance.
    expect((await onHandSeries(admin, { sku, days: 2 })).points.map((p) => p.onHand)).toEqual(['10', '13']);
  });

  it('counts only the sites the actor may see, and refuses an unknown SKU or a silly range', async () => {
    const admin = await demoActor.admin();
    const sku = await freshItem('OS');
    await receiveStock(admin, { sku, to: 'CHI', quantity: 4 });
    const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
    const lead = await demoActor.deptLead();
    expect((await onHandSeries(lead, { sku, days: 2 })).points.map((p) => p.onHand)).toEqual(['0', '4']);
    await db().user.update({ where: { id: lead.id }, data: { departmentId: logistics.id } });
    try {
      const outsider = await demoActor.deptLead();
      expect((await onHandSeries(outsider, { sku, days: 2 })).points.map((p) => p.onHand)).toEqual(['0', '0']);
    } finally {
      await db().user.update({ where: { id: lead.id }, data: { departmentId: lead.departmentId } });
    }
    await expect(onHandSeries(admin, { sku: 'NO-SUCH-SKU' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(onHandSeries(admin, { sku, days: 1000 })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { days: 'At most 366 days.' } });
  });
});
