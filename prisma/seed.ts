// Demo data: a small electronics maker. Idempotent: records are created when
// missing and never overwritten, so a second start changes nothing and a
// password someone changed stays changed. Helpers double as test factories.
import { hashPassword } from '../lib/auth/password';
import { DEMO_PASSWORD } from '../lib/auth/demo-accounts';
import type { Db } from '../lib/db/client';
import type { Role } from '../lib/roles/roles';

export const DEMO_USERS: { email: string; name: string; role: Role; team?: string }[] = [
  { email: 'admin@demo.local', name: 'Ada Admin', role: 'ADMIN' },
  { email: 'dept.lead@demo.local', name: 'Dana Department-Lead', role: 'DEPARTMENT_LEAD' },
  { email: 'team.lead@demo.local', name: 'Theo Team-Lead', role: 'TEAM_LEAD', team: 'SMT Line' },
  { email: 'member@demo.local', name: 'Mia Member', role: 'MEMBER', team: 'SMT Line' },
];

const KINDS = [
  ['part', 'Part', false],
  ['pcb', 'PCB', true],
  ['panel', 'Panel', true],
  ['pcba', 'PCBA', false],
  ['assembly', 'Assembly', true],
  ['product', 'Product', true],
] as const;

const UNITS = [
  ['pcs', 'Pieces', 0],
  ['m', 'Metres', 2],
  ['kg', 'Kilograms', 3],
  ['l', 'Litres', 3],
] as const;

// [sku, name, kind, unit, manufacturer, mpn, standard cost]
const ITEMS: [string, string, string, string, string | null, string | null, number][] = [
  ['LDR-4.1', 'Light-dependent resistor 4.1 kΩ', 'part', 'pcs', 'Advanced Photonix', 'PDV-P8001', 0.42],
  ['RES-10K-0603', 'Resistor 10 kΩ 1% 0603', 'part', 'pcs', 'Yageo', 'RC0603FR-0710KL', 0.002],
  ['RES-4K7-0603', 'Resistor 4.7 kΩ 1% 0603', 'part', 'pcs', 'Yageo', 'RC0603FR-074K7L', 0.002],
  ['RES-100R-0402', 'Resistor 100 Ω 1% 0402', 'part', 'pcs', 'Vishay', 'CRCW0402100RFKED', 0.003],
  ['CAP-100N-0402', 'Capacitor 100 nF X7R 0402', 'part', 'pcs', 'Murata', 'GRM155R71C104KA88D', 0.004],
  ['CAP-10U-0805', 'Capacitor 10 µF X5R 0805', 'part', 'pcs', 'Samsung', 'CL21A106KAYNNNE', 0.02],
  ['CAP-1U-0603', 'Capacitor 1 µF X7R 0603', 'part', 'pcs', 'TDK', 'C1608X7R1C105K080AC', 0.01],
  ['IC-STM32F4', 'MCU STM32F405RGT6 LQFP-64', 'part', 'pcs', 'STMicroelectronics', 'STM32F405RGT6', 7.85],
  ['IC-LDO-3V3', 'LDO regulator 3.3 V SOT-23-5', 'part', 'pcs', 'Texas Instruments', 'TLV70033DDCR', 0.21],
  ['IC-CAN-XCVR', 'CAN transceiver SOIC-8', 'part', 'pcs', 'NXP', 'TJA1051T/3', 0.74],
  ['IC-EEPROM-64K', 'EEPROM 64 kbit I²C SOIC-8', 'part', 'pcs', 'Microchip', '24LC64-I/SN', 0.32],
  ['LED-GRN-0603', 'LED green 0603', 'part', 'pcs', 'Kingbright', 'APT1608SGC', 0.05],
  ['LED-RED-0603', 'LED red 0603', 'part', 'pcs', 'Kingbright', 'APT1608EC', 0.05],
  ['XTAL-8M', 'Crystal 8 MHz HC-49', 'part', 'pcs', 'Abracon', 'ABLS-8.000MHZ-B4-T', 0.18],
  ['CON-USB-C', 'USB-C receptacle 16-pin', 'part', 'pcs', 'GCT', 'USB4105-GF-A', 0.61],
  ['CON-HDR-2X5', 'Pin header 2×5 1.27 mm', 'part', 'pcs', 'Samtec', 'FTSH-105-01-F-DV', 0.9],
  ['CON-TB-2P', 'Terminal block 2-pole 5.08 mm', 'part', 'pcs', 'Phoenix Contact', '1935161', 0.38],
  ['FUSE-1A-1206', 'Fuse 1 A fast 1206', 'part', 'pcs', 'Littelfuse', '0466001.NR', 0.12],
  ['DIODE-TVS-SMA', 'TVS diode 24 V SMA', 'part', 'pcs', 'Littelfuse', 'SMAJ24A', 0.09],
  ['WIRE-AWG22-BK', 'Hook-up wire AWG22 black', 'part', 'm', 'Alpha Wire', '3051 BK005', 0.35],
  ['SOLDER-SAC305', 'Solder paste SAC305 T4', 'part', 'kg', 'Kester', 'NP505-HR', 96.0],
  ['COAT-ACRYLIC', 'Conformal coating acrylic', 'part', 'l', 'Humiseal', '1B31', 58.0],
  ['ENCL-ALU-120', 'Aluminium enclosure 120×80×30', 'part', 'pcs', 'Hammond', '1455L1201', 12.4],
  ['SCREW-M3X6', 'Screw M3×6 pan head A2', 'part', 'pcs', null, null, 0.03],
  ['PCB-CTRL-R3', 'Controller board bare PCB rev 3', 'pcb', 'pcs', 'Eurocircuits', 'QM-CTRL-R3', 4.1],
  ['PCB-SENS-R2', 'Sensor board bare PCB rev 2', 'pcb', 'pcs', 'Eurocircuits', 'QM-SENS-R2', 1.9],
  ['PNL-SENS-4UP', 'Sensor board panel 4-up', 'panel', 'pcs', 'Eurocircuits', 'QM-SENS-P4', 7.2],
  ['PCBA-CTRL-R3', 'Controller board assembled rev 3', 'pcba', 'pcs', null, null, 31.5],
  ['ASM-SENSOR-HEAD', 'Sensor head assembly', 'assembly', 'pcs', null, null, 18.0],
  ['PRD-GATEWAY-100', 'Gateway 100 (finished product)', 'product', 'pcs', null, null, 89.0],
];

type Loc = { code: string; name: string; parent?: string; type?: string; room?: string; row?: number; col?: number };
const LOCATIONS: Loc[] = [
  { code: 'CHI', name: 'Chicago Warehouse' },
  { code: 'MKE', name: 'Milwaukee Operations Center' },
  { code: 'CHI-A', name: 'Aisle A', parent: 'CHI', type: 'Aisle', room: 'Main hall' },
  { code: 'CHI-A-01', name: 'Shelf A-01', parent: 'CHI-A', type: 'Shelf', room: 'Main hall' },
  { code: 'CHI-A-01-B1', name: 'Bin A-01-B1', parent: 'CHI-A-01', type: 'Bin', room: 'Main hall' },
  { code: 'CHI-A-01-B2', name: 'Bin A-01-B2', parent: 'CHI-A-01', type: 'Bin', room: 'Main hall' },
  { code: 'CHI-REEL', name: 'Reel rack R1', parent: 'CHI', type: 'Reel rack', room: 'SMT store' },
  { code: 'CHI-REEL-1-1', name: 'Reel R1 row 1 col 1', parent: 'CHI-REEL', type: 'Reel rack', room: 'SMT store', row: 1, col: 1 },
  { code: 'CHI-REEL-1-2', name: 'Reel R1 row 1 col 2', parent: 'CHI-REEL', type: 'Reel rack', room: 'SMT store', row: 1, col: 2 },
  { code: 'CHI-COLD', name: 'Cold storage', parent: 'CHI', type: 'Cold storage', room: 'Chem room' },
  { code: 'MKE-LINE-1', name: 'Line 1 lineside bin', parent: 'MKE', type: 'Bin', room: 'Production' },
  { code: 'MKE-QA', name: 'QA shelf', parent: 'MKE', type: 'Shelf', room: 'Production' },
  { code: 'MKE-RET', name: 'Returns', parent: 'MKE', type: 'Returns', room: 'Dock' },
];

export async function seedDemo(db: Db): Promise<void> {
  const production = await db.department.upsert({ where: { name: 'Electronics Production' }, create: { name: 'Electronics Production' }, update: {} });
  const logistics = await db.department.upsert({ where: { name: 'Logistics' }, create: { name: 'Logistics' }, update: {} });
  const teams: Record<string, number> = {};
  for (const name of ['SMT Line', 'Final Assembly']) {
    const t = await db.team.upsert({ where: { departmentId_name: { departmentId: production.id, name } }, create: { name, departmentId: production.id }, update: {} });
    teams[name] = t.id;
  }
  await db.team.upsert({ where: { departmentId_name: { departmentId: logistics.id, name: 'Shipping' } }, create: { name: 'Shipping', departmentId: logistics.id }, update: {} });

  for (const u of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: u.email } })) continue;
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        departmentId: production.id,
        teamId: u.team ? teams[u.team] : null,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        hasDemoPassword: true,
      },
    });
  }

  for (const [code, name, serialTracked] of KINDS) await db.itemKind.upsert({ where: { code }, create: { code, name, serialTracked }, update: {} });
  for (const [code, name, decimals] of UNITS) await db.unitOfMeasure.upsert({ where: { code }, create: { code, name, decimals }, update: {} });
  for (const [sku, name, kindCode, unitCode, manufacturer, mpn, cost] of ITEMS) {
    await db.item.upsert({ where: { sku }, create: { sku, name, kindCode, unitCode, manufacturer, mpn, standardCost: cost, barcode: sku }, update: {} });
  }

  const types: Record<string, number> = {};
  for (const [name, rows, cols] of [['Aisle'], ['Shelf'], ['Bin'], ['Reel rack', 4, 6], ['Cold storage'], ['Returns']] as [string, number?, number?][]) {
    types[name] = (await db.locationType.upsert({ where: { name }, create: { name, gridRows: rows, gridCols: cols }, update: {} })).id;
  }
  const ids: Record<string, { id: number; path: string; siteId: number }> = {};
  for (const l of LOCATIONS) {
    const parent = l.parent ? ids[l.parent] : undefined;
    const existing = await db.location.findUnique({ where: { code: l.code } });
    const row =
      existing ??
      (await db.location.create({
        data: {
          code: l.code,
          name: l.name,
          parentId: parent?.id,
          typeId: l.type ? types[l.type] : undefined,
          room: l.room,
          gridRow: l.row,
          gridCol: l.col,
          barcode: l.code,
          departmentId: parent ? undefined : production.id,
        },
      }));
    const path = `${parent?.path ?? '/'}${row.id}/`;
    const siteId = parent?.siteId ?? row.id;
    if (row.path !== path || row.siteId !== siteId) await db.location.update({ where: { id: row.id }, data: { path, siteId } });
    ids[l.code] = { id: row.id, path, siteId };
  }
}

/**
 * The whole demo: people, places and items, then — unless `stock` is false (benchmarks load
 * their own) — stock, serials, sales and the plugins' demo data (through the registry).
 */
export async function seedDemoData(db: Db, { stock = true } = {}): Promise<void> {
  await seedDemo(db);
  if (!stock) return;
  const { seedDemoStock } = await import('./demo-stock');
  await seedDemoStock(db);
  const { seedDemoSerials } = await import('./demo-serials');
  await seedDemoSerials(db);
  const { seedDemoSales } = await import('./demo-sales');
  await seedDemoSales(db);
  const { seedPluginDemos } = await import('../lib/plugins');
  await seedPluginDemos(db);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { db, disconnectDb } = await import('../lib/db/client');
  // SEED_DEMO_STOCK=0: people, places and items only.
  await seedDemoData(db(), { stock: process.env.SEED_DEMO_STOCK !== '0' });
  await disconnectDb();
  console.log('Demo data is in place.');
}
