// The two plugins end to end (issue 7): an Admin gives a new PCBA a bill of
// materials of two bulk parts no other test uses, plans and releases a lot,
// sees the shortfall on Purchasing, drafts the purchase order for it (a second
// press drafts nothing: the shortfall is on the draft already), places
// and receives it into a new storage unit, sees the shortfall go to zero, then
// issues the materials to the lot and completes it into that storage unit.
// The demo has no built item that is not serial-numbered and unused by other
// tests, no supplier and no free storage unit, so the test makes its own.
import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';
import { field } from './stock-steps';

const stamp = () => Date.now().toString(36).toUpperCase();

const RES = 'RES-100R-0402';
const CAP = 'CAP-100N-0402';

/** A definition list's value by its term (the lot and order summaries). */
const detail = (page: Page, term: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd');

/** A row of a table by the link in its first cell. */
const rowOf = (page: Page, table: Locator, sku: string) => table.getByRole('row').filter({ has: page.getByRole('link', { name: sku, exact: true }) });

/** The lot's action form under its heading (the two "Storage unit" fields are told apart by their form). */
const actionForm = (page: Page, heading: string) => page.locator('form').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });

test('an Admin builds a lot: BOM, plan, release, shortfall, draft PO, place, receive, shortfall zero, issue, complete', async ({ page }) => {
  test.setTimeout(180_000);
  const id = stamp();
  const product = `PCBA-E2E-${id}`;
  const unit = `MKE-E2E-${id}`;
  const supplier = `E2E-SUP-${id}`;
  await signIn(page, DEMO.admin.email);

  await test.step('a PCBA, a storage unit and a supplier of its own', async () => {
    await page.goto('/admin/items/new');
    await field(page, 'SKU').fill(product);
    await field(page, 'Name').fill('E2E lot board');
    await field(page, 'Kind').selectOption({ label: 'PCBA (pcba)' });
    await field(page, 'Unit').selectOption({ label: 'Pieces (pcs, 0 decimals)' });
    await page.getByRole('button', { name: 'Create item' }).click();
    await expect(page.getByText(`Item ${product} created.`)).toBeVisible();

    await page.goto('/admin/locations');
    await page.getByRole('link', { name: 'Add storage unit under MKE', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'New storage unit in MKE' })).toBeVisible();
    await field(page, 'Code').fill(unit);
    await field(page, 'Name').fill('E2E lot kitting bin');
    await page.getByRole('button', { name: 'Create storage unit' }).click();
    await expect(page.getByText(`${unit} created.`)).toBeVisible();

    await page.goto('/purchasing/orders');
    const form = page.getByRole('form', { name: 'New supplier' });
    await form.getByLabel('Code', { exact: true }).fill(supplier);
    await form.getByLabel('Name', { exact: true }).fill('E2E parts supplier');
    await form.getByRole('button', { name: 'Add supplier' }).click();
    await expect(form.getByRole('status')).toHaveText(`Supplier ${supplier} added.`);
  });

  await test.step('each component gets the supplier as its preferred one, from the item page tab', async () => {
    for (const sku of [RES, CAP]) {
      await page.goto(`/inventory/items/${sku}`);
      await page.getByRole('navigation', { name: 'More about this item' }).getByRole('link', { name: 'Purchasing' }).click();
      await expect(page.getByRole('heading', { name: new RegExp(`^${sku} · `), level: 1 })).toBeVisible();
      const settings = page.getByRole('form', { name: 'Reorder settings' });
      await settings.getByLabel('Preferred supplier').selectOption({ label: `${supplier} · E2E parts supplier` });
      await settings.getByRole('button', { name: 'Save' }).click();
      await expect(settings.getByRole('status')).toHaveText('Saved.');
      await expect(settings.getByLabel('Preferred supplier')).toHaveValue(supplier);
    }
  });

  await test.step('the bill of materials: two lines, saved as version 1', async () => {
    await page.goto(`/inventory/items/${product}`);
    await page.getByRole('navigation', { name: 'More about this item' }).getByRole('link', { name: 'Bill of materials' }).click();
    await expect(page.getByRole('heading', { name: `Bill of materials · ${product}`, level: 1 })).toBeVisible();
    await expect(page.getByText('No bill of materials yet.')).toBeVisible();
    const line1 = page.getByRole('group', { name: 'Line 1', exact: true });
    await line1.getByLabel('Component SKU').fill(RES);
    await line1.getByLabel('Per unit').fill('2');
    await line1.getByLabel('Designators').fill('R1, R2');
    await page.getByRole('button', { name: 'Add line' }).click();
    const line2 = page.getByRole('group', { name: 'Line 2', exact: true });
    await line2.getByLabel('Component SKU').fill(CAP);
    await line2.getByLabel('Per unit').fill('3');
    await line2.getByLabel('Designators').fill('C1-C3');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved version 1 of the BOM of ${product}.` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Version 1 (current)' })).toBeVisible();
    const lines = page.getByRole('table', { name: 'Lines of version 1' }).getByRole('row');
    await expect(lines).toHaveCount(3);
    await expect(lines.filter({ hasText: RES }).getByRole('cell')).toHaveText(['1', /^RES-100R-0402 Resistor 100 Ω/, '2 pcs', 'R1, R2', '—']);
    await expect(lines.filter({ hasText: CAP }).getByRole('cell')).toHaveText(['2', /^CAP-100N-0402 Capacitor 100 nF/, '3 pcs', 'C1-C3', '—']);
  });

  let lot = '';
  // Cells: component, per unit, required, allocated, consumed, to issue (the component is text, not a link).
  const bomItem = (sku: string) =>
    page.getByRole('table', { name: 'Components of the lot: required, allocated, consumed and still to issue' }).getByRole('row').filter({ hasText: sku }).getByRole('cell');
  await test.step('a lot of 10 is planned, then released: its components are allocated', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Production lots' }).click();
    await expect(page.getByRole('heading', { name: 'Production lots', level: 1 })).toBeVisible();
    await field(page, 'Product').selectOption({ label: `${product} · E2E lot board (BOM v1)` });
    await field(page, 'Quantity').fill('10');
    await page.getByRole('button', { name: 'Plan lot' }).click();
    await expect(page).toHaveURL(/\/production-lots\/LOT-\d{6}\?created=1$/);
    lot = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByRole('status').filter({ hasText: `${lot} is planned. Release it to allocate its components.` })).toBeVisible();
    await expect(page.getByRole('heading', { name: lot, level: 1 })).toBeVisible();
    await expect(page.getByText('Planned', { exact: true })).toBeVisible();
    await expect(detail(page, 'Quantity')).toHaveText('10 pcs');
    // Planned: required, nothing allocated yet.
    await expect(bomItem(RES)).toHaveText([/^RES-100R-0402/, '2', '20 pcs', '0', '0', '0']);

    await page.getByRole('button', { name: 'Release lot' }).click();
    await expect(page.getByText('Released', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Release lot' })).toHaveCount(0);
    await expect(bomItem(RES)).toHaveText([/^RES-100R-0402/, '2', '20 pcs', '20', '0', '20']);
    await expect(bomItem(CAP)).toHaveText([/^CAP-100N-0402/, '3', '30 pcs', '30', '0', '30']);
  });

  const forecast = () => page.getByRole('region', { name: 'Forecast by component' });
  // Cells: SKU, required, on hand, allocated elsewhere, on order, expected, shortfall, on drafts, supplier.
  const expectForecast = async (sku: string, [required, onHand, onOrder, shortfall, onDrafts = '0']: string[]) =>
    expect(rowOf(page, forecast(), sku).getByRole('cell')).toHaveText([sku, required, onHand, '0', onOrder, '—', shortfall, onDrafts, supplier]);

  await test.step('the lot links to its own purchasing forecast', async () => {
    await page.getByRole('link', { name: 'Purchasing forecast' }).click();
    await expect(page.getByRole('heading', { name: `Forecast for ${lot}`, level: 1 })).toBeVisible();
    const own = page.getByRole('region', { name: `Forecast for ${lot} by component` });
    await expect(rowOf(page, own, RES).getByRole('cell')).toHaveText([RES, '20', '0', '0', '0', '—', '20', '0', supplier]);
  });

  let po = '';
  await test.step('Purchasing shows the shortfall; the draft PO for it does not count as on order', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Purchasing' }).click();
    await expect(page.getByRole('heading', { name: 'Purchasing', level: 1 })).toBeVisible();
    await expectForecast(RES, ['20', '0', '0', '20']);
    await expectForecast(CAP, ['30', '0', '0', '30']);

    await page.getByRole('button', { name: 'Create draft POs for shortfalls' }).click();
    const drafted = page.getByRole('status').filter({ hasText: new RegExp(`Drafted PO-\\d{6} \\(${supplier}\\)`) });
    await expect(drafted).toBeVisible();
    po = new RegExp(`(PO-\\d{6}) \\(${supplier}\\)`).exec(await drafted.innerText())![1];
    await expectForecast(RES, ['20', '0', '0', '20', '20']);
    await expectForecast(CAP, ['30', '0', '0', '30', '30']);

    // Pressed again: the shortfalls are on the draft already, so nothing new is drafted.
    await page.getByRole('button', { name: 'Create draft POs for shortfalls' }).click();
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`^No draft made: .*Already on drafts: .*${RES}`) })).toBeVisible();
    await expectForecast(RES, ['20', '0', '0', '20', '20']);
  });

  const orderLines = () => page.getByRole('region', { name: 'Order lines' });
  await test.step('the draft is opened from the order list and placed: the shortfall is on order', async () => {
    await page.getByRole('link', { name: 'Purchase orders' }).click();
    const listed = page.getByRole('region', { name: 'Purchase orders, newest first' }).getByRole('row').filter({ hasText: po });
    await expect(listed.getByRole('cell').nth(1)).toHaveText(supplier);
    await expect(listed.getByRole('cell').nth(2)).toHaveText('draft');
    await expect(listed.getByRole('cell').nth(3)).toHaveText('2');
    await listed.getByRole('link', { name: po }).click();
    await expect(page.getByRole('heading', { name: po, level: 1 })).toBeVisible();
    await expect(detail(page, 'Status')).toHaveText('draft');
    await expect(rowOf(page, orderLines(), RES).getByRole('cell')).toHaveText([RES, '20 pcs', '0', '20', '0', '—']);
    await expect(rowOf(page, orderLines(), CAP).getByRole('cell')).toHaveText([CAP, '30 pcs', '0', '30', '0', '—']);
    // A draft is not received.
    await expect(page.getByRole('form', { name: 'Receive' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(detail(page, 'Status')).toHaveText('placed');
    await expect(detail(page, 'Placed')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

    await page.goto('/purchasing');
    await expectForecast(RES, ['20', '0', '20', '0']);
    await expectForecast(CAP, ['30', '0', '30', '0']);
  });

  await test.step('the order is received into the storage unit: stock on hand, nothing on order, no shortfall', async () => {
    await page.goto(`/purchasing/orders/${po}`);
    const receive = page.getByRole('form', { name: 'Receive' });
    await expect(receive.getByRole('group', { name: new RegExp(`^${RES} · .* — 20 pcs open$`) })).toBeVisible();
    await receive.getByLabel(`Quantity of ${RES}`, { exact: true }).fill('20');
    await receive.getByLabel(`Storage unit for ${RES}`, { exact: true }).fill(unit);
    await receive.getByLabel(`Quantity of ${CAP}`, { exact: true }).fill('30');
    await receive.getByLabel(`Storage unit for ${CAP}`, { exact: true }).fill(unit);
    await receive.getByRole('button', { name: 'Receive', exact: true }).click();
    await expect(detail(page, 'Status')).toHaveText('received');
    await expect(rowOf(page, orderLines(), RES).getByRole('cell')).toHaveText([RES, '20 pcs', '20', '0', '0', '—']);
    await expect(rowOf(page, orderLines(), CAP).getByRole('cell')).toHaveText([CAP, '30 pcs', '30', '0', '0', '—']);
    await expect(page.getByRole('form', { name: 'Receive' })).toHaveCount(0);

    await page.goto('/purchasing');
    await expectForecast(RES, ['20', '20', '0', '0']);
    await expectForecast(CAP, ['30', '30', '0', '0']);
  });

  await test.step('materials are issued to the lot from the storage unit, then the lot is completed into it', async () => {
    await page.goto('/production-lots');
    await page.getByRole('list', { name: 'Production lots, newest first' }).getByRole('link', { name: lot, exact: true }).click();
    await expect(page.getByRole('heading', { name: lot, level: 1 })).toBeVisible();
    const issue = actionForm(page, 'Issue materials');
    await issue.getByLabel('Storage unit', { exact: true }).fill(unit);
    await issue.getByRole('button', { name: 'Issue materials' }).click();
    await expect(issue.getByRole('status')).toHaveText(`Issued 2 batches of material to ${lot}.`);
    await expect(page.getByText('In progress', { exact: true })).toBeVisible();
    await expect(bomItem(RES)).toHaveText([/^RES-100R-0402/, '2', '20 pcs', '20', '20', '0']);
    await expect(bomItem(CAP)).toHaveText([/^CAP-100N-0402/, '3', '30 pcs', '30', '30', '0']);
    const materials = page.getByRole('table', { name: 'Materials consumed against this lot, with their cost at the batches FIFO took' });
    await expect(materials.getByRole('row').filter({ hasText: RES }).getByRole('cell').nth(1)).toHaveText('20 pcs');
    await expect(materials.getByRole('row').filter({ hasText: CAP }).getByRole('cell').nth(1)).toHaveText('30 pcs');
    await expect(detail(page, 'Output received')).toHaveText('0 pcs');

    const complete = actionForm(page, 'Complete');
    await expect(complete.getByLabel('Quantity made (pcs)')).toHaveValue('');
    await complete.getByLabel('Storage unit', { exact: true }).fill(unit);
    await complete.getByRole('button', { name: 'Complete lot' }).click();
    await expect(page.getByText('Completed', { exact: true })).toBeVisible();
    await expect(detail(page, 'Output received')).toHaveText('10 pcs');
    await expect(page.getByRole('button', { name: 'Issue materials' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Complete lot' })).toHaveCount(0);
  });

  await test.step('the storage unit holds the output and none of the components; the forecast has no row for them', async () => {
    await page.goto(`/inventory/locations/${unit}`);
    const stock = page.getByRole('table', { name: `Stock at ${unit} and the storage units beneath it` });
    await expect(rowOf(page, stock, product).getByRole('cell').nth(3)).toHaveText('10');
    await expect(rowOf(page, stock, RES)).toHaveCount(0);
    await expect(rowOf(page, stock, CAP)).toHaveCount(0);

    await page.goto('/purchasing');
    await expect(page.getByRole('heading', { name: 'Purchasing', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: RES, exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: CAP, exact: true })).toHaveCount(0);
  });
});
