import type { Browser } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';

async function createUserViaUi(browser: Browser, email: string, role = 'Member') {
  const page = await browser.newPage();
  await signIn(page, DEMO.admin.email);
  await page.goto('/admin/users/new');
  await page.getByLabel('Name').fill(`Casey ${email.split('@')[0]}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByLabel('Department').selectOption({ label: 'Electronics Production' });
  await page.getByLabel('Initial password').fill('floor-pass-1');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  return page;
}

test('bad input on the user form is shown next to each field and nothing is created', async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.goto('/admin/users/new');
  await page.getByLabel('Name').fill('Kept Name');
  await page.getByLabel('Role').selectOption({ label: 'Team Lead' });
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByLabel('Initial password').fill('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('Enter a valid e-mail address.')).toBeVisible();
  await expect(page.getByText('At least 8 characters.', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Choose an existing department.').or(page.getByText('Invalid input: expected number, received NaN'))).toHaveCount(0);
  await expect(page.getByLabel('Name')).toHaveValue('Kept Name');
  await expect(page.getByLabel('Role')).toHaveValue('TEAM_LEAD');
  await page.goto('/admin/users');
  await expect(page.getByText('Kept Name')).toHaveCount(0);
});

test('a deactivated user cannot sign in, and their open session stops working', async ({ browser }) => {
  const email = `deact-${Date.now()}@test.local`;
  const adminPage = await createUserViaUi(browser, email);

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signIn(userPage, email, 'floor-pass-1');

  await adminPage.getByRole('link', { name: `Casey ${email.split('@')[0]}` }).click();
  await adminPage.getByRole('button', { name: 'Deactivate user' }).click();
  await expect(adminPage.getByText('User deactivated; their sessions have ended.')).toBeVisible();

  await userPage.goto('/');
  await expect(userPage).toHaveURL(/\/signin/);
  await userPage.getByLabel('E-mail').fill(email);
  await userPage.getByLabel('Password', { exact: true }).fill('floor-pass-1');
  await userPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(userPage.getByRole('alert').filter({ hasText: 'Wrong e-mail or password.' })).toBeVisible();
  await userContext.close();
});

test("a role change applies on the user's next request", async ({ browser }) => {
  const email = `promote-${Date.now()}@test.local`;
  const adminPage = await createUserViaUi(browser, email);
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signIn(userPage, email, 'floor-pass-1');
  await expect(userPage.getByTestId('current-role')).toHaveText('Member');

  await adminPage.getByRole('link', { name: `Casey ${email.split('@')[0]}` }).click();
  await adminPage.getByLabel('Role').selectOption({ label: 'Team Lead' });
  await adminPage.getByRole('button', { name: 'Save changes' }).click();
  await expect(adminPage.getByText('Saved.')).toBeVisible();

  await userPage.reload();
  await expect(userPage.getByTestId('current-role')).toHaveText('Team Lead');
  await userContext.close();
});

test('a server action posted directly by a Member changes nothing', async ({ browser }) => {
  const email = `target-${Date.now()}@test.local`;
  const adminPage = await createUserViaUi(browser, email);
  await adminPage.getByRole('link', { name: `Casey ${email.split('@')[0]}` }).click();

  // Record the admin's own deactivate request, then cancel it before it reaches the server.
  let recorded: { url: string; headers: Record<string, string>; body: string } | undefined;
  await adminPage.route('**/admin/users/**', async (route) => {
    const req = route.request();
    if (req.method() === 'POST' && req.headers()['next-action']) {
      recorded = { url: req.url(), headers: req.headers(), body: req.postData() ?? '' };
      return route.abort();
    }
    return route.continue();
  });
  await adminPage.getByRole('button', { name: 'Deactivate user' }).click();
  await expect.poll(() => recorded).toBeTruthy();

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, DEMO.member.email);
  const { cookie: _, ...headers } = recorded!.headers;
  await memberPage.request.post(recorded!.url, { headers, data: recorded!.body });
  const anonymous = await browser.newContext();
  await anonymous.request.post(recorded!.url, { headers, data: recorded!.body });

  await adminPage.unroute('**/admin/users/**');
  await adminPage.reload();
  await expect(adminPage.getByRole('button', { name: 'Deactivate user' })).toBeVisible();

  // Control: the same request with the Admin's session does deactivate, so the replay itself is sound.
  await adminPage.request.post(recorded!.url, { headers, data: recorded!.body });
  await adminPage.reload();
  await expect(adminPage.getByRole('button', { name: 'Reactivate user' })).toBeVisible();
  await memberContext.close();
  await anonymous.close();
});
