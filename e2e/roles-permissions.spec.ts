import { DEMO, expect, signIn, test } from './fixtures';
import { field, receive } from './stock-steps';

test('an Admin grants Department Leads adjustments in the matrix; a Department Lead can then adjust, and not after the revoke', async ({ page, browser }) => {
  const sku = 'SCREW-M3X6';
  const bin = 'CHI-A-01-B1';
  await signIn(page, DEMO.admin.email);
  await receive(page, sku, bin, '20');

  await page.goto('/admin/roles');
  const toggle = page.getByRole('button', { name: /for Department Lead: inventory\.adjust\./ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Department Lead', exact: true }).click();
  await expect(page.getByRole('region', { name: 'What a Department Lead sees' })).toContainText('Adjust stock and set quantities');

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  try {
    await signIn(lead, DEMO.deptLead.email);
    await lead.goto(`/inventory/move/adjust?sku=${sku}&location=${bin}`);
    await field(lead, 'Quantity').fill('2');
    await field(lead, 'Reason').fill('Two screws stripped');
    await lead.getByRole('button', { name: 'Confirm adjustment' }).click();
    const row = lead.getByRole('table', { name: 'Posted ledger entries' }).getByRole('row').filter({ hasText: 'Adjusted down' });
    await expect(row.getByRole('cell').nth(7)).toHaveText('18');

    await page.goto('/admin/roles');
    await page.getByRole('button', { name: /for Department Lead: inventory\.adjust\./ }).click();
    await expect(page.getByRole('button', { name: /for Department Lead: inventory\.adjust\./ })).toHaveAttribute('aria-pressed', 'false');
    await lead.goto(`/inventory/move/adjust?sku=${sku}&location=${bin}`);
    await expect(lead.getByText('Your role cannot post this movement.')).toBeVisible();
  } finally {
    await leadContext.close();
  }
});

test("a Member sees only the serials of their team's work: another team's product is not there, and its page is the 404 page", async ({ page }) => {
  await signIn(page, DEMO.member.email);
  await page.goto('/production?view=all');
  await expect(page.getByRole('link', { name: 'Gateway 100 (finished product)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sensor head assembly' })).toHaveCount(0);
  const response = await page.goto('/production/products/ASM-SENSOR-HEAD');
  expect(response?.status()).toBe(404);
  await page.goto('/admin/departments');
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
});
