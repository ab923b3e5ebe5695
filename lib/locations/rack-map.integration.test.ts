import { expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { db } from '../db/client';
import { receiveStock } from '../inventory/movements/receive-stock';
import { transferStock } from '../inventory/movements/transfer-stock';
import { createLocationType } from './create-location-type';
import { createStorageUnit } from './create-storage-unit';
import { getRackMap } from './get-rack-map';

it('maps a rack: each cell with its storage unit and what it holds (nested units included, zeros left out), free cells marked', async () => {
  const admin = await demoActor.admin();
  const type = await createLocationType(admin, { name: 'Map rack 2x3', gridRows: '2', gridCols: '3' });
  const chi = await db().location.findUniqueOrThrow({ where: { code: 'CHI' } });
  const rack = await createStorageUnit(admin, { parentId: String(chi.id), code: 'MAP-R', name: 'Map rack', typeId: String(type.id) });
  const place = (code: string, gridRow: string, gridCol: string) => createStorageUnit(admin, { parentId: String(rack.id), code, name: code, gridRow, gridCol });
  await place('MAP-R-1-1', '1', '1');
  const cell12 = await place('MAP-R-1-2', '1', '2');
  await place('MAP-R-2-1', '2', '1');
  await createStorageUnit(admin, { parentId: String(cell12.id), code: 'MAP-R-1-2-TRAY', name: 'Tray' });
  await createStorageUnit(admin, { parentId: String(rack.id), code: 'MAP-R-LOOSE', name: 'Loose box' });

  await receiveStock(admin, { sku: 'RES-10K-0603', to: 'MAP-R-1-1', quantity: '500' });
  await receiveStock(admin, { sku: 'CAP-100N-0402', to: 'MAP-R-1-1', quantity: '40' });
  await receiveStock(admin, { sku: 'WIRE-AWG22-BK', to: 'MAP-R-1-2-TRAY', quantity: '2.5' });
  await receiveStock(admin, { sku: 'LED-RED-0603', to: 'MAP-R-2-1', quantity: '10' });
  await transferStock(admin, { sku: 'LED-RED-0603', from: 'MAP-R-2-1', to: 'MAP-R-1-1', quantity: '10' });

  const map = await getRackMap(admin, rack.id);
  expect(map.rack).toMatchObject({ code: 'MAP-R', typeName: 'Map rack 2x3' });
  expect(map.grid).toEqual({ rows: 2, cols: 3 });
  const cell = (r: number, c: number) => map.rows[r - 1][c - 1];
  expect(cell(1, 1).unit).toMatchObject({
    code: 'MAP-R-1-1',
    holds: [
      { sku: 'CAP-100N-0402', quantity: '40', unit: 'pcs' },
      { sku: 'LED-RED-0603', quantity: '10', unit: 'pcs' },
      { sku: 'RES-10K-0603', quantity: '500', unit: 'pcs' },
    ],
  });
  expect(cell(1, 2).unit).toMatchObject({ code: 'MAP-R-1-2', holds: [{ sku: 'WIRE-AWG22-BK', quantity: '2.50', unit: 'm' }] });
  expect(cell(2, 1).unit).toMatchObject({ code: 'MAP-R-2-1', holds: [] });
  for (const [r, c] of [[1, 3], [2, 2], [2, 3]]) expect(cell(r, c).unit).toBeNull();
  expect(map.freeCells).toBe(3);
  expect(map.unplaced.map((u) => u.code)).toEqual(['MAP-R-LOOSE']);
  expect(map.misplaced).toEqual([]);
});

it('maps the seeded reel rack, and has no map for a location without a grid', async () => {
  const admin = await demoActor.admin();
  const reel = await db().location.findUniqueOrThrow({ where: { code: 'CHI-REEL' } });
  const map = await getRackMap(admin, reel.id);
  expect(map.rows).toHaveLength(4);
  expect(map.rows[0]).toHaveLength(6);
  expect(map.rows[0].slice(0, 3).map((c) => c.unit?.code ?? null)).toEqual(['CHI-REEL-1-1', 'CHI-REEL-1-2', null]);
  expect(map.freeCells).toBe(22);
  const aisle = await db().location.findUniqueOrThrow({ where: { code: 'CHI-A' } });
  await expect(getRackMap(admin, aisle.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(getRackMap(admin, 99999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
});

it('refuses the rack map to every role but Admin', async () => {
  const reel = await db().location.findUniqueOrThrow({ where: { code: 'CHI-REEL' } });
  for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
    await expect(getRackMap(actor, reel.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
});
