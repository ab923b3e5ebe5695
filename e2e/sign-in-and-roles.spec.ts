import { DEMO, expect, signIn, test } from './fixtures';

// The main navigation per role, in order: core entries (lib/navigation/navigation.ts,
// by DEFAULT_GRANTS in lib/roles/permissions.ts), then the plugins' entries by their
// default permissions (lots.view: leads and Admins; purchasing.view: Department Leads and Admins).
const NAVIGATION: Record<keyof typeof DEMO, string[]> = {
  admin: ['Home', 'Scan', 'Inventory', 'Production', 'Sales orders', 'Reports', 'Admin', 'Production lots', 'Purchasing'],
  deptLead: ['Home', 'Scan', 'Inventory', 'Production', 'Sales orders', 'Reports', 'Production lots', 'Purchasing'],
  teamLead: ['Home', 'Scan', 'Inventory', 'Production', 'Sales orders', 'Production lots'],
  member: ['Home', 'Scan', 'Inventory', 'Production', 'Sales orders'],
};

test.describe('signing in by role', () => {
  for (const [key, account] of Object.entries(DEMO) as [keyof typeof DEMO, (typeof DEMO)[keyof typeof DEMO]][]) {
    test(`${account.role} signs in and sees that role's navigation`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page.getByTestId('current-role')).toHaveText(account.role);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link')).toHaveText(NAVIGATION[key]);
    });
  }

  test('a wrong password gets one generic message', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('E-mail').fill('nobody@demo.local');
    await page.getByLabel('Password', { exact: true }).fill('whatever');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong e-mail or password.' })).toBeVisible();
  });

  test('the sign-in page lists the demo accounts while they keep the demo password', async ({ page }) => {
    await page.goto('/signin');
    for (const a of Object.values(DEMO)) await expect(page.getByText(a.email, { exact: true })).toBeVisible();
  });

  test('a Member opening an admin URL gets the not-found page', async ({ page }) => {
    await signIn(page, DEMO.member.email);
    for (const url of ['/admin', '/admin/users', '/admin/users/1', '/admin/users/new']) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });

  test('sign-out ends the session', async ({ page }) => {
    await signIn(page, DEMO.teamLead.email);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/signin/);
  });

  test('an unknown page is a proper 404, without a stack trace', async ({ page }) => {
    await signIn(page, DEMO.admin.email);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test.describe('requests without a session', () => {
  test('pages redirect to sign-in, also with a forged middleware-subrequest header', async ({ request }) => {
    const variants: Record<string, string>[] = [{}, { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }, { 'x-middleware-subrequest': 'src/middleware' }];
    for (const headers of variants) {
      for (const url of ['/', '/admin', '/admin/users']) {
        const response = await request.get(url, { headers, maxRedirects: 0 });
        expect([302, 303, 307, 308], `${url} ${JSON.stringify(headers)}`).toContain(response.status());
        expect(response.headers()['location']).toContain('/signin');
      }
    }
  });
});

test.describe('phone screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the shell fits a narrow screen without sideways scrolling', async ({ page }) => {
    await signIn(page, DEMO.admin.email);
    await page.goto('/admin/users');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'New user' })).toBeVisible();
  });
});
