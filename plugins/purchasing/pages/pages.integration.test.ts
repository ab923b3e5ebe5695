// The purchasing pages rendered to HTML (server components awaited): the
// roll-up and one lot's forecast show what drafts hold beside the shortfall;
// another department's lot is a 404.
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { logisticsUser } from '@/scripts/test/serials';
import { freshItem } from '@/scripts/test/stock';
import { createProductionLot } from '../../production-lots/lib/create-production-lot';
import { saveBom } from '../../production-lots/lib/save-bom';
import { freshAssembly } from '../../production-lots/lib/test-factories';
import { createPurchaseOrder } from '../lib/create-purchase-order';
import { createSupplier } from '../lib/suppliers';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw Object.assign(new Error('not found'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  },
}));
const { renderToStaticMarkup } = await import('react-dom/server');
const { default: PurchasingPage } = await import('./purchasing-page');
const { default: LotForecastPage } = await import('./lot-forecast-page');

const html = async (page: Promise<React.ReactElement>) => renderToStaticMarkup(await page);
/** The cells of the table row whose first cell links to the SKU. */
const cellsOf = (page: string, sku: string) => {
  const row = new RegExp(`<tr><td[^>]*><a[^>]*>${sku}</a></td>(.*?)</tr>`).exec(page);
  return row ? [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]) : null;
};

describe('purchasing pages', () => {
  it('render the roll-up and a lot’s forecast with the quantity on drafts; another department’s lot is not found', async () => {
    const lead = await demoActor.deptLead();
    session.actor = lead;
    const product = await freshAssembly();
    const part = await freshItem('PGF');
    await saveBom(lead, { product, lines: [{ sku: part, quantityPer: 3 }] });
    const { number } = await createProductionLot(lead, { product, quantity: 4 });
    const supplier = (await createSupplier(lead, { code: `PGS-${Date.now().toString(36)}`, name: 'Page supplier' })).code;
    await createPurchaseOrder(lead, { supplier, status: 'draft', lines: [{ sku: part, quantity: 5, unitPrice: 1 }] });

    // SKU, required 12, on hand 0, allocated elsewhere 0, on order 0, expected —, shortfall 12, on drafts 5, supplier —.
    const expected = ['12', '0', '0', '0', '—', '12', '5', '—'];
    expect(cellsOf(await html(PurchasingPage()), part)).toEqual(expected);
    const lotPage = await html(LotForecastPage({ params: Promise.resolve({ number: number.toLowerCase() }) }));
    expect(lotPage).toContain(`Forecast for ${number}`);
    expect(lotPage).toContain('On drafts');
    expect(cellsOf(lotPage, part)).toEqual(expected);

    session.actor = await logisticsUser('DEPARTMENT_LEAD');
    await expect(LotForecastPage({ params: Promise.resolve({ number }) })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    await expect(LotForecastPage({ params: Promise.resolve({ number: '%E0%A4%A' }) })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
  });
});
