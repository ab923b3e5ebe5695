import { DEMO, expect, signIn, test } from './fixtures';
import { field } from './stock-steps';

test('a Department Lead creates a work order: a bad quantity is refused beside the field, then its serials appear at the first stage', async ({ page }) => {
  await signIn(page, DEMO.deptLead.email);
  await page.goto('/production/work-orders/new');
  await field(page, 'Product').selectOption('PRD-GATEWAY-100');
  await field(page, 'Quantity').fill('0');
  await field(page, 'Team (optional)').selectOption({ label: 'SMT Line' });
  await page.getByRole('button', { name: 'Create work order' }).click();
  await expect(page.locator('#quantity-error')).toBeVisible();
  await expect(field(page, 'Product')).toHaveValue('PRD-GATEWAY-100');

  await field(page, 'Quantity').fill('2');
  await page.getByRole('button', { name: 'Create work order' }).click();
  await expect(page).toHaveURL(/\/production\/work-orders\/WO-\d{6}\?created=1$/);
  const rows = page.getByRole('region', { name: 'Serial numbers' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Assembly');
  const serial = (await rows.nth(1).getByRole('link').innerText()).trim();
  expect(serial).toMatch(/^PRD-GATEWAY-100-\d{4}-\d{6}$/);

  // The Team Lead of SMT Line sees the new unit and can start it.
  const lead = await page.context().browser()!.newContext();
  const leadPage = await lead.newPage();
  try {
    await signIn(leadPage, DEMO.teamLead.email);
    const response = await leadPage.goto(`/production/serials/${serial}`);
    expect(response?.status()).toBe(200);
    await expect(leadPage.getByRole('heading', { name: `Serial ${serial}`, level: 1 })).toBeVisible();
  } finally {
    await lead.close();
  }
});
