// The plugin's pages rendered to HTML as a lead and a team lead see them (server
// components awaited, client components server-rendered), so a slip in a page shows here.
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshItem } from '@/scripts/test/stock';
import { freshProduct } from '@/scripts/test/serials';
import { completeLot } from '../lib/complete-lot';
import { createProductionLot } from '../lib/create-production-lot';
import { releaseLot } from '../lib/release-lot';
import { saveBom } from '../lib/save-bom';
import { freshAssembly } from '../lib/test-factories';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { renderToStaticMarkup } = await import('react-dom/server');
const { default: LotsPage } = await import('./lots-page');
const { default: LotPage } = await import('./lot-page');
const { default: BomPage } = await import('./bom-page');

const html = async (page: Promise<React.ReactElement>) => renderToStaticMarkup(await page);

describe('production lot pages', () => {
  it('render the list with the plan form, a lot with its actions and items, and a BOM with its editor', async () => {
    session.actor = await demoActor.deptLead();
    const product = await freshAssembly();
    const part = await freshItem('PG');
    await saveBom(session.actor, { product, lines: [{ sku: part, quantityPer: 2, designators: 'R1' }] });
    const { number } = await createProductionLot(session.actor, { product, quantity: 5 });

    const list = await html(LotsPage({ searchParams: Promise.resolve({ status: 'planned' }) }));
    expect(list).toContain(number);
    expect(list).toContain('Plan a lot');
    const lot = await html(LotPage({ params: Promise.resolve({ number }), searchParams: Promise.resolve({ created: '1' }) }));
    expect(lot).toContain('Release lot');
    expect(lot).toContain('Close lot');
    expect(lot).toContain(part);
    expect(lot).toContain('No materials consumed');
    expect(lot).toContain(`href="/purchasing/lots/${number}"`);
    const bom = await html(BomPage({ params: Promise.resolve({ sku: product }), searchParams: Promise.resolve({ version: 'x' }) }));
    expect(bom).toContain('Version 1 (current)');
    expect(bom).toContain('Save new version');
    expect(bom).toContain('Import from CSV');

    session.actor = await demoActor.teamLead();
    const readOnly = await html(LotPage({ params: Promise.resolve({ number }), searchParams: Promise.resolve({}) }));
    expect(readOnly).not.toContain('Release lot');
    // A Team Lead does not see purchasing, so no link to its forecast.
    expect(readOnly).not.toContain('Purchasing forecast');
    expect(await html(BomPage({ params: Promise.resolve({ sku: product }), searchParams: Promise.resolve({}) }))).not.toContain('Save new version');
    expect(await html(LotsPage({ searchParams: Promise.resolve({}) }))).not.toContain('Plan a lot');
  });

  it('render a serial-numbered product’s lot with its serial numbers once completed', async () => {
    session.actor = await demoActor.deptLead();
    const product = await freshProduct(['QA']);
    const part = await freshItem('PGS');
    await saveBom(session.actor, { product: product.sku, lines: [{ sku: part, quantityPer: 1 }] });
    const { number } = await createProductionLot(session.actor, { product: product.sku, quantity: 2 });
    await releaseLot(session.actor, { number });
    const before = await html(LotPage({ params: Promise.resolve({ number }), searchParams: Promise.resolve({}) }));
    expect(before).toContain('Units made');
    expect(before).toContain('completing the lot gives each unit made its serial number');
    const { serials } = await completeLot(session.actor, { number, location: 'MKE-QA' });
    const after = await html(LotPage({ params: Promise.resolve({ number }), searchParams: Promise.resolve({}) }));
    for (const serial of serials) expect(after).toContain(`href="/production/serials/${encodeURIComponent(serial)}"`);
    expect(after).toContain('2 units');
  });
});
