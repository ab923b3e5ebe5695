// The plugin's demo data is in the seeded database (through the registry), and seeding again adds nothing.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client';
import { demoActor } from '../../scripts/test/actors';
import { getLot } from './lib/get-lot';
import { listLots } from './lib/list-lots';
import { seedProductionLotsDemo } from './seed';

describe('production lots demo data', () => {
  it('gives the controller board a three-part BOM, a planned lot and a released lot with dates', async () => {
    const lead = await demoActor.deptLead();
    const lots = (await listLots(lead)).filter((l) => l.product === 'PCBA-CTRL-R3');
    expect(lots.map((l) => l.status).sort()).toEqual(['planned', 'released']);
    for (const l of lots) expect([l.issueAt, l.completionAt].every(Boolean)).toBe(true);
    const released = await getLot(lead, lots.find((l) => l.status === 'released')!.number);
    expect(released.items.map((i) => [i.sku, i.allocated])).toEqual([['IC-STM32F4', '10'], ['IC-LDO-3V3', '10'], ['CAP-1U-0603', '60']]);
    const before = await db().productionLot.count();
    await seedProductionLotsDemo(db());
    expect(await db().productionLot.count()).toBe(before);
  });
});
