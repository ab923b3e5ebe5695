import { DEMO, expect, signIn, test } from './fixtures';

const stamp = () => Date.now().toString(36).toUpperCase();

test('an item is created through the form; a bad SKU and a SKU taken in another case are refused next to the field', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.goto('/admin');
  await page.getByRole('main').getByRole('link', { name: /^Items/ }).click();
  await page.getByRole('link', { name: 'New item' }).click();

  const sku = page.getByLabel('SKU', { exact: true });
  await sku.fill('bad sku!');
  await page.getByLabel('Name', { exact: true }).fill('E2E hall sensor');
  await page.getByLabel('Kind').selectOption({ label: 'Part (part)' });
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Pieces (pcs, 0 decimals)' });
  await page.getByLabel('Standard cost').fill('0.125');
  await page.getByRole('button', { name: 'Create item' }).click();

  const skuError = page.locator('#sku-error');
  await expect(skuError).toHaveText('Use letters, digits, dots, dashes and underscores (start with a letter or digit).');
  await expect(sku).toHaveAttribute('aria-invalid', 'true');
  await expect(sku).toHaveAttribute('aria-describedby', 'sku-error');
  await expect(sku).toHaveValue('bad sku!');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('E2E hall sensor');
  await expect(page.getByLabel('Standard cost')).toHaveValue('0.125');

  await sku.fill('ldr-4.1');
  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(skuError).toHaveText('SKU LDR-4.1 already exists.');

  const newSku = `E2E-HALL-${stamp()}`;
  await sku.fill(newSku);
  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(page).toHaveURL(/\/admin\/items\?/);
  await expect(page.getByText(`Item ${newSku} created.`)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: newSku, exact: true }).click();
  await expect(page.getByRole('heading', { name: newSku })).toBeVisible();
  await expect(page.getByLabel('Standard cost')).toHaveValue('0.125');
  await expect(page.getByLabel('Barcode (optional)')).toHaveValue(newSku);
});

test('a storage unit is created from its parent in the tree, and a rack cell is filled from the rack map', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.goto('/admin/locations');
  await page.getByRole('link', { name: 'Add storage unit under CHI-A-01', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'New storage unit in CHI-A-01' })).toBeVisible();
  await expect(page.getByLabel('Inside').locator('option:checked')).toHaveText(/CHI-A-01 — Shelf A-01/);

  const bin = `CHI-A-01-E2E${stamp()}`;
  await page.getByLabel('Code', { exact: true }).fill(bin);
  await page.getByLabel('Name', { exact: true }).fill('E2E bin');
  await page.getByRole('button', { name: 'Create storage unit' }).click();
  await expect(page).toHaveURL(/\/admin\/locations\?created=/);
  await expect(page.getByText(`${bin} created.`)).toBeVisible();
  await expect(page.getByRole('link', { name: `Edit ${bin}`, exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Rack map of CHI-REEL', exact: true }).click();
  await expect(page.getByTestId('cell-1-1')).toContainText('CHI-REEL-1-1');
  await expect(page.getByTestId('cell-1-3')).toContainText('Free');
  await page.getByRole('link', { name: 'Add unit at row 1, column 3' }).click();
  await expect(page.getByLabel('Row', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Column', { exact: true })).toHaveValue('3');
  const cell = `CHI-REEL-1-3-${stamp()}`;
  await page.getByLabel('Code', { exact: true }).fill(cell);
  await page.getByLabel('Name', { exact: true }).fill('Reel R1 row 1 col 3');
  await page.getByRole('button', { name: 'Create storage unit' }).click();
  await expect(page.getByText(`${cell} created.`)).toBeVisible();

  // The same cell again: refused, with the reason under the position fields.
  await page.goto('/admin/locations');
  await page.getByRole('link', { name: 'Rack map of CHI-REEL', exact: true }).click();
  await expect(page.getByTestId('cell-1-3')).toContainText(cell);
  await page.getByRole('link', { name: 'Add unit at row 1, column 4' }).click();
  await page.getByLabel('Column', { exact: true }).fill('3');
  await page.getByLabel('Code', { exact: true }).fill(`${cell}-X`);
  await page.getByLabel('Name', { exact: true }).fill('Second reel');
  await page.getByRole('button', { name: 'Create storage unit' }).click();
  await expect(page.locator('#grid-error')).toHaveText(`Row 1, column 3 of CHI-REEL is taken by ${cell}.`);
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue(`${cell}-X`);
});

test('master data screens fit a 360 px phone: tables scroll inside their card, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, DEMO.admin.email);
  for (const path of ['/admin', '/admin/items', '/admin/items/new', '/admin/kinds-and-units', '/admin/locations', '/admin/locations/new-site', '/admin/location-types']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto('/admin/locations');
  await page.getByRole('link', { name: 'Rack map of CHI-REEL', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rack map of CHI-REEL' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('master data screens are not there for other roles', async ({ page }) => {
  await signIn(page, DEMO.teamLead.email);
  for (const path of ['/admin/items', '/admin/locations', '/admin/location-types', '/admin/kinds-and-units']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
