import { DEMO, expect, signIn, test } from './fixtures';

test('a token made on the profile page opens the API until it is revoked there', async ({ page, request }) => {
  await signIn(page, DEMO.member.email);
  await page.getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  await expect(page.getByText(DEMO.member.email, { exact: true })).toBeVisible();

  const name = `e2e token ${Date.now()}`;
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const field = page.getByLabel('Your new API token');
  await expect(field).toHaveValue(/^qm_[A-Za-z0-9_-]{43}$/);
  const token = await field.inputValue();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');

  // `request` has no session cookie: only the token can authenticate these calls.
  const headers = { Authorization: `Bearer ${token}` };
  const me = await request.get('/api/v1/me', { headers });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: DEMO.member.email, role: 'MEMBER' });

  await row.getByRole('button', { name: `Revoke token ${name}` }).click();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button')).toHaveCount(0);

  const after = await request.get('/api/v1/me', { headers });
  expect(after.status()).toBe(401);
  expect(after.headers()['content-type']).toContain('application/problem+json');
  expect(await after.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
});

test('without a token the API answers 401 problem+json, not a redirect to sign-in', async ({ request }) => {
  const response = await request.get('/api/v1/me', { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).toContain('application/problem+json');
});

test('a Member cannot open the admin token list', async ({ page }) => {
  await signIn(page, DEMO.member.email);
  const response = await page.goto('/admin/api-tokens');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
