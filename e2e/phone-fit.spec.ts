import { DEMO, expect, signIn, test } from './fixtures';

// The floor uses phones: every screen fits 375 px; wide tables scroll inside their own box, never the page.
const PAGES = [
  '/admin/roles',
  '/admin/departments',
  '/admin/audit',
  '/admin/settings',
  '/admin/plugins',
  '/production',
  '/production/products/PRD-GATEWAY-100',
  '/production/work-orders',
  '/production/log',
  '/sales-orders',
];

test('configuration, production and sales screens fit a 375 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, DEMO.admin.email);
  const wide: string[] = [];
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) wide.push(`${path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});
