// Stock counts end to end: a Team Lead receives into a storage unit, opens a
// count of it and counts it on a phone; an Admin reviews the variance, posts
// it, and the storage unit shows the counted quantity. Uses a SKU and storage
// unit no other browser test touches.
import { DEMO, expect, signIn, test } from './fixtures';
import { field, receive } from './stock-steps';



test('a Team Lead counts a storage unit on a phone; an Admin posts the difference', async ({ page }) => {
  const sku = 'CON-TB-2P';
  const bin = 'MKE-RET';
  await signIn(page, DEMO.teamLead.email);
  await receive(page, sku, bin, '20');

  await page.goto('/inventory');
  await page.getByRole('link', { name: 'Counts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Stock counts', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New count' }).click();
  await field(page, 'Location').fill(bin);
  await page.getByRole('button', { name: 'Open count' }).click();
  await expect(page).toHaveURL(/\/inventory\/counts\/\d+$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(/Count CNT-\d{6}/);
  await expect(heading).toContainText('Open');
  const number = (await heading.innerText()).match(/CNT-\d{6}/)![0];
  const countUrl = page.url();

  // On the floor: a 360 px phone, one big field per line, saved line by line.
  await page.setViewportSize({ width: 360, height: 740 });
  const line = page.getByTestId(`count-line-${sku}-${bin}`);
  await expect(line).toContainText('Expected: 20 pcs');
  const counted = field(page, `Counted (pcs) of ${sku} at ${bin}`);
  await counted.fill('17.5');
  await line.getByRole('button', { name: `Save of ${sku} at ${bin}` }).click();
  await expect(page.locator(`#${await counted.getAttribute('id')}-error`)).toHaveText('Enter a whole number.');
  await expect(counted).toHaveValue('17.5');
  await counted.fill('17');
  await line.getByRole('button', { name: `Save of ${sku} at ${bin}` }).click();
  await expect(line.getByRole('status')).toHaveText('Saved: 17 pcs.');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const input = (await counted.boundingBox())!;
  const save = (await line.getByRole('button', { name: `Save of ${sku} at ${bin}` }).boundingBox())!;
  expect(input.height).toBeGreaterThanOrEqual(48);
  expect(save.height).toBeGreaterThanOrEqual(44);
  expect(save.x + save.width).toBeLessThanOrEqual(360);
  // A lead may review an open count, but posting is for Admins.
  await page.getByRole('link', { name: 'Review variances' }).click();
  await expect(page.getByRole('heading', { name: `Variances of ${number}` })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Post/ })).toHaveCount(0);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, DEMO.admin.email);
  await page.goto(countUrl);
  await page.getByRole('link', { name: 'Review variances' }).click();
  const row = page.getByRole('table', { name: 'Counted lines and their variances' }).getByRole('row').filter({ hasText: sku });
  await expect(row.getByRole('cell').nth(2)).toHaveText('20');
  await expect(row.getByRole('cell').nth(4)).toHaveText('17');
  await expect(row.getByRole('cell').nth(5)).toHaveText('-3 pcs');
  await expect(row.getByRole('cell').nth(6)).toHaveText('-1.14');
  await expect(row.getByRole('cell').nth(8)).toHaveText('17');
  await page.getByRole('button', { name: 'Post 1 adjustment' }).click();

  await expect(page).toHaveURL(countUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Posted');
  await expect(page.getByText('posted by Ada Admin')).toBeVisible();
  await expect(page.getByRole('button', { name: `Save of ${sku} at ${bin}` })).toHaveCount(0);

  await page.goto(`/inventory/locations/${bin}`);
  await expect(page.getByRole('table', { name: `Stock at ${bin} and the storage units beneath it` }).getByRole('row').filter({ hasText: sku })).toContainText('17');
  const history = page.getByRole('table', { name: 'Movement history, newest first' });
  await expect(history.getByRole('row').filter({ hasText: 'Adjusted down' }).first()).toContainText(`Stock count ${number}`);
});
