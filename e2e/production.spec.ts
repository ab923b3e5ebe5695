// Production screens end to end on the demo serials (Gateway 100 on the SMT
// Line work order): an Admin adjusts stock with a confirmation on a phone and
// marks defects; a Team Lead walks a unit from Assembly through QA approval to
// delivery; a Member only advances. Each test reads serial numbers off the pages.
import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';
import { field } from './stock-steps';

const PRODUCT = 'Gateway 100 (finished product)';
const SKU = 'PRD-GATEWAY-100';

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const serialTable = (page: Page) => page.getByRole('table', { name: new RegExp(`^Serial numbers of ${SKU}`) });

/** Opens the product page filtered to In Production and answers the serial of the first row at the stage. */
async function serialAt(page: Page, stage: string): Promise<string> {
  await page.goto(`/production/products/${SKU}?status=in_production`);
  const row = serialTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: stage, exact: true }) })
    .first();
  return (await row.getByRole('link').first().innerText()).trim();
}

async function confirm(page: Page, sentence: string | RegExp) {
  await expect(page.getByText(sentence)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm' }).click();
}

test('an Admin adds units on a phone after a confirmation, takes one out, reworks and scraps another', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, DEMO.admin.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Production', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Production › Inventory', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Available Stock' })).toHaveAttribute('aria-current', 'page');
  const card = page.getByRole('article', { name: PRODUCT });
  await expect(card.getByText('Low stock: below 10')).toBeVisible();
  await noSidewaysScroll(page);

  await card.getByRole('link', { name: `Adjust stock of ${PRODUCT}` }).click();
  await expect(page.getByRole('heading', { name: `Adjust stock of ${PRODUCT}`, level: 1 })).toBeVisible();
  await field(page, 'Quantity').fill('3');
  await field(page, 'Storage unit').fill('MKE-QA');
  await page.getByRole('button', { name: 'Review adjustment' }).click();
  // The note is required: refused next to the field, the typed values kept, nothing to confirm yet.
  await expect(page.locator('#adjust-note-error')).toHaveText('Say why the stock changes.');
  await expect(field(page, 'Quantity')).toHaveValue('3');
  await field(page, 'Note').fill('Found in the returns cage');
  await page.getByRole('button', { name: 'Review adjustment' }).click();
  await expect(page.getByText(`You are about to add 3 units of ${PRODUCT} (${SKU}) at MKE-QA. Each gets a new serial number.`)).toBeVisible();
  // Back returns to the fields as typed.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(field(page, 'Storage unit')).toHaveValue('MKE-QA');
  await page.getByRole('button', { name: 'Review adjustment' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 3 units to stock.' })).toBeVisible();
  const added = await page.locator('a[href^="/production/serials/"]').allInnerTexts();
  expect(added).toHaveLength(3);
  await noSidewaysScroll(page);

  // Subtract the first by its checkbox.
  await page.getByRole('button', { name: 'Adjust again' }).click();
  await page.getByRole('radio', { name: 'Subtract: take chosen units out' }).check();
  await page.getByRole('checkbox', { name: added[0], exact: true }).check();
  await field(page, 'Note').fill('Water damage');
  await page.getByRole('button', { name: 'Review adjustment' }).click();
  await confirm(page, `You are about to take 1 unit of ${PRODUCT} (${SKU}) out of stock: ${added[0]}. It is marked scrapped.`);
  await expect(page.getByRole('status').filter({ hasText: 'Took 1 unit out of stock.' })).toBeVisible();

  // Rework the second from stock back to Testing, then scrap it.
  await page.goto(`/production/serials/${added[1]}`);
  await expect(page.getByRole('heading', { name: `Serial ${added[1]}`, level: 1 })).toBeVisible();
  await expect(page.getByText('In stock at MKE-QA')).toBeVisible();
  await noSidewaysScroll(page);
  const defect = page.getByRole('region', { name: 'Mark defect', exact: true });
  await defect.getByRole('radio', { name: 'Rework: back to an earlier stage' }).check();
  await defect.getByLabel('Back to stage').selectOption('Testing');
  await defect.getByRole('button', { name: 'Mark defect' }).click();
  await expect(page.locator('#defect-notes-error')).toHaveText('Write what is wrong with the unit.');
  await field(page, 'Defect notes').fill('Antenna connector loose');
  await defect.getByRole('button', { name: 'Mark defect' }).click();
  await confirm(page, `You are about to send ${added[1]} back to Testing for rework (iteration 1). It leaves stock at MKE-QA.`);
  await expect(page.getByRole('status').filter({ hasText: `${added[1]} went back to Testing for rework (iteration 1).` })).toBeVisible();
  await expect(page.getByText('On the line at Testing')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Sent back for rework' })).toContainText('Note: Antenna connector loose');

  await defect.getByRole('radio', { name: 'Scrap: discarded for good' }).check();
  await field(page, 'Defect notes').fill('Connector pad lifted during rework');
  await defect.getByRole('button', { name: 'Mark defect' }).click();
  await confirm(page, `You are about to scrap ${added[1]}: it is discarded for good.`);
  await expect(page.getByRole('status').filter({ hasText: `${added[1]} was scrapped.` })).toBeVisible();
  await expect(page.getByText('This unit was scrapped: it is out for good.')).toBeVisible();

  // The log shows all of it for the product.
  await page.goto(`/production/log?product=${SKU}`);
  const log = page.getByRole('table', { name: `Inventory log of ${SKU}, newest first` });
  await expect(log.getByRole('row').filter({ hasText: added[1] }).filter({ hasText: 'Defect: rework' })).toContainText('−1');
  await expect(log.getByRole('row').filter({ hasText: added[0] }).filter({ hasText: 'Manual adjustment (subtract)' })).toContainText('Water damage');
});

test('an Admin advances ticked serials in bulk and sees what happened to each', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.goto(`/production/products/${SKU}`);
  await page.getByRole('navigation', { name: 'Serial status' }).getByRole('link', { name: 'In Production' }).click();
  await expect(page.getByRole('link', { name: 'In Production' })).toHaveAttribute('aria-current', 'page');
  const rows = serialTable(page).getByRole('row');
  const first = (await rows.nth(1).getByRole('link').first().innerText()).trim();
  const second = (await rows.nth(2).getByRole('link').first().innerText()).trim();
  const box = (await rows.nth(1).locator('label').first().boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(40);
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(2).getByRole('checkbox').check();
  await expect(page.getByText('2 ticked.')).toBeVisible();
  await page.getByRole('button', { name: 'Advance to next stage' }).click();
  const report = page.getByRole('status').filter({ hasText: /of 2 serials advanced/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveCount(2);
  await expect(report.getByRole('listitem').filter({ hasText: first })).toContainText(/Done|Refused/);
  await expect(report.getByRole('listitem').filter({ hasText: second })).toContainText(/Done|Refused/);
});

test('a Team Lead walks a unit from Assembly through QA approval to delivery', async ({ page }) => {
  await signIn(page, DEMO.teamLead.email);
  const serial = await serialAt(page, 'Assembly');
  await page.goto(`/production/serials/${serial}`);
  const advance = page.getByRole('region', { name: 'Advance', exact: true });
  await advance.getByRole('button', { name: 'Advance' }).click();
  await confirm(page, `You are about to advance ${serial} from Assembly to Testing.`);
  await expect(page.getByRole('status').filter({ hasText: `${serial} is now at Testing.` })).toBeVisible();

  // Coating is optional: the lead goes straight to QA.
  await advance.getByLabel('To stage').selectOption('QA');
  await advance.getByRole('button', { name: 'Advance' }).click();
  await confirm(page, `You are about to advance ${serial} from Testing to QA.`);
  await expect(page.getByRole('status').filter({ hasText: `${serial} is now at QA.` })).toBeVisible();

  const approve = page.getByRole('region', { name: 'QA approve', exact: true });
  await approve.getByLabel('Storage unit').fill('MKE-QA');
  await approve.getByRole('button', { name: 'Approve into stock' }).click();
  await confirm(page, `You are about to approve ${serial} at QA and put it into stock at MKE-QA.`);
  await expect(page.getByRole('status').filter({ hasText: `${serial} is in stock at MKE-QA.` })).toBeVisible();
  await expect(page.getByText(/In stock at MKE-QA, batch #\d{4}/)).toBeVisible();

  const deliver = page.getByRole('region', { name: 'Deliver', exact: true });
  await deliver.getByLabel('Sales order or customer').fill('SO-E2E-7 Acme Sensors');
  await deliver.getByRole('button', { name: 'Deliver' }).click();
  await confirm(page, `You are about to deliver ${serial} against SO-E2E-7 Acme Sensors. It leaves stock at MKE-QA.`);
  await expect(page.getByRole('status').filter({ hasText: `${serial} was delivered.` })).toBeVisible();
  await expect(page.getByText('Delivered against SO-E2E-7 Acme Sensors')).toBeVisible();
  await expect(page.getByText('This unit was delivered: nothing more happens to it here.')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Lifecycle, oldest first' }).getByRole('listitem');
  await expect(timeline.filter({ hasText: 'QA approved into stock' })).toContainText('Storage unit: MKE-QA');
  await expect(timeline.filter({ hasText: /^Delivered/ })).toContainText('Theo Team-Lead');
});

test('a Member may advance but sees no approval, defect or adjustment', async ({ page }) => {
  await signIn(page, DEMO.member.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Production', exact: true }).click();
  await expect(page.getByRole('article', { name: PRODUCT })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Adjust stock of/ })).toHaveCount(0);
  const serial = await serialAt(page, 'Assembly');
  await page.goto(`/production/serials/${serial}`);
  await expect(page.getByRole('heading', { name: 'Advance', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'QA approve' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Mark defect' })).toHaveCount(0);
  await page.goto(`/production/products/${SKU}/adjust`);
  await expect(page.getByText('Your role cannot adjust product stock. Ask an Admin.')).toBeVisible();
});
