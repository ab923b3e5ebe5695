// The role x route matrix of scripts/test/access-rules.ts against the live
// server over HTTP: real session cookies from next-auth's credentials flow,
// real API tokens, and the ways a session or token stops opening anything
// (signed out, deactivated, revoked, forged, expired, cross-site).
import { existsSync, readFileSync } from 'node:fs';
import { request as http, test as base, expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { defaultPermissionsOf, isPermission } from '../lib/roles/permissions';
import { ROLES, type Role } from '../lib/roles/roles';
import { productionLotsPlugin } from '../plugins/production-lots/manifest';
import { purchasingPlugin } from '../plugins/purchasing/manifest';
import { API_RULES, PAGE_RULES, type AccessRule } from '../scripts/test/access-rules';
import { DEMO, DEMO_PASSWORD, signIn, test } from './fixtures';

const EMAIL: Record<Role, string> = { ADMIN: DEMO.admin.email, DEPARTMENT_LEAD: DEMO.deptLead.email, TEAM_LEAD: DEMO.teamLead.email, MEMBER: DEMO.member.email };
const SESSION_COOKIE = 'next-auth.session-token';
const PLUGINS = [productionLotsPlugin, purchasingPlugin];

const allowed = (rule: AccessRule, role: Role) =>
  rule.gate === 'public' || rule.gate === 'signed-in' || (isPermission(rule.gate) ? defaultPermissionsOf(role).has(rule.gate) : PLUGINS.some((p) => (p.permissions as Record<string, readonly string[]>)[rule.gate]?.includes(role)));

// Path parameters the demo data answers for every role (records whose scope is not in question).
const DEMO_PARAMS: Record<string, Record<string, string>> = {
  '/admin/items/[sku]': { sku: 'LDR-4.1' },
  '/inventory/items/[sku]': { sku: 'LDR-4.1' },
  '/inventory/locations/[code]': { code: 'CHI-A-01-B1' },
  '/inventory/move/[kind]': { kind: 'adjust' },
  '/purchasing/items/[sku]': { sku: 'LDR-4.1' },
  '/scan/[workflow]': { workflow: 'sales' },
  'GET /api/v1/items/[sku]': { sku: 'LDR-4.1' },
  'GET /api/v1/items/[sku]/lots': { sku: 'LDR-4.1' },
  'GET /api/v1/items/[sku]/movements': { sku: 'LDR-4.1' },
  'GET /api/v1/labels/items/[file]': { file: 'LDR-4.1.pdf' },
  'GET /labels/items/[file]': { file: 'LDR-4.1.pdf' },
  'GET /api/v1/labels/locations/[file]': { file: 'CHI-A-01-B1.pdf' },
  'GET /labels/locations/[file]': { file: 'CHI-A-01-B1.pdf' },
  'GET /api/v1/reports/[file]': { file: 'movements.csv' },
  'GET /reports/[report]': { report: 'movements' },
  'GET /api/v1/labels/selected/[file]': { file: 'serials.pdf' },
  'GET /labels/selected/[file]': { file: 'serials.pdf' },
};

function urlOf(pattern: string): string | null {
  const route = pattern.replace(/^(GET|POST) /, '');
  const params = DEMO_PARAMS[pattern] ?? {};
  let missing = false;
  const url = route.replace(/\[(\.\.\.)?(\w+)\]/g, (_, _rest, k: string) => (params[k] === undefined ? ((missing = true), '') : encodeURIComponent(params[k])));
  return missing ? null : url;
}

const pages = Object.entries(PAGE_RULES).filter(([key, rule]) => rule.gate !== 'public' && urlOf(key));
const apiGets = Object.entries(API_RULES).filter(([key, rule]) => key.startsWith('GET /api/v1/') && rule.gate !== 'public' && urlOf(key));
const sessionGets = Object.entries(API_RULES).filter(([key, rule]) => key.startsWith('GET /') && !key.startsWith('GET /api/') && rule.gate !== 'public' && urlOf(key));

/** A cookie jar signed in through next-auth's credentials flow, as the sign-in form does it. */
async function signedIn(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const jar = await http.newContext({ baseURL });
  const { csrfToken } = await (await jar.get('/api/auth/csrf')).json();
  const answer = await jar.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, callbackUrl: `${baseURL}/`, json: 'true' }, maxRedirects: 0 });
  expect(answer.status(), await answer.text()).toBeLessThan(400);
  expect((await jar.storageState()).cookies.map((c) => c.name), `${email} got no session cookie`).toContain(SESSION_COOKIE);
  return jar;
}

async function tokenOf(jar: APIRequestContext, email: string, password = DEMO_PASSWORD, name = `access-http ${Date.now()}`): Promise<string> {
  const answer = await jar.post('/api/v1/auth/token', { data: { email, password, name } });
  expect(answer.status()).toBe(201);
  return `Bearer ${(await answer.json()).token}`;
}

const signinRedirect = (r: APIResponse) => r.status() >= 300 && r.status() < 400 && /\/signin/.test(r.headers().location ?? '');
const outcome = (r: APIResponse) => (r.status() === 403 || r.status() === 404 ? 'denied' : r.status() === 401 || r.status() >= 500 || signinRedirect(r) ? `broken ${r.status()}` : 'allowed');

base.describe('over HTTP, signed out', () => {
  base('pages send you to sign in, API routes and session downloads answer 401', async ({ request }) => {
    const wrong: string[] = [];
    for (const [key] of pages) {
      const r = await request.get(urlOf(key)!, { maxRedirects: 0 });
      if (!signinRedirect(r)) wrong.push(`${key}: ${r.status()}`);
    }
    for (const [key] of apiGets) {
      const r = await request.get(urlOf(key)!, { maxRedirects: 0 });
      if (r.status() !== 401 || !r.headers()['content-type']?.includes('problem+json')) wrong.push(`${key}: ${r.status()}`);
    }
    for (const [key] of sessionGets) {
      const r = await request.get(urlOf(key)!, { maxRedirects: 0 });
      if (r.status() !== 401 && !signinRedirect(r)) wrong.push(`${key}: ${r.status()}`);
    }
    expect(wrong).toEqual([]);
    console.log(`signed out: ${pages.length} pages, ${apiGets.length} API GETs, ${sessionGets.length} session downloads`);
  });

  base('a session cookie opens nothing in /api/v1 (bearer tokens only)', async ({ baseURL }) => {
    const jar = await signedIn(baseURL!, DEMO.admin.email);
    expect((await jar.get('/api/v1/me')).status()).toBe(401);
    await jar.dispose();
  });
});

base.describe('over HTTP, each role', () => {
  for (const role of ROLES) {
    base(`${role}: pages, API reads and session downloads as the matrix says`, async ({ baseURL }) => {
      base.setTimeout(120_000);
      const jar = await signedIn(baseURL!, EMAIL[role]);
      const authorization = await tokenOf(jar, EMAIL[role]);
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const [key, rule] of pages) {
        got[key] = outcome(await jar.get(urlOf(key)!, { maxRedirects: 0 }));
        want[key] = allowed(rule, role) ? 'allowed' : 'denied';
      }
      for (const [key, rule] of apiGets) {
        got[key] = outcome(await jar.get(urlOf(key)!, { headers: { authorization }, maxRedirects: 0 }));
        want[key] = allowed(rule, role) ? 'allowed' : 'denied';
      }
      for (const [key, rule] of sessionGets) {
        got[key] = outcome(await jar.get(urlOf(key)!, { maxRedirects: 0 }));
        want[key] = allowed(rule, role) ? 'allowed' : 'denied';
      }
      expect(got).toEqual(want);
      await jar.dispose();
    });
  }

  base('representative writes: creating items (Admin), customers (sales.manage) and receipts (inventory.receive) by role', async ({ baseURL }) => {
    base.setTimeout(120_000);
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) tokens[role] = await tokenOf(await http.newContext({ baseURL }), EMAIL[role]);
    const api = await http.newContext({ baseURL });
    // Records of their own, sorted last ("ZZ-"), in a storage unit of their own: other browser tests count what is in theirs.
    const tag = `ZZ-AH-${Date.now().toString(36).toUpperCase()}`;
    const bin = await api.post('/api/v1/locations', { headers: { authorization: tokens.ADMIN }, data: { code: tag, name: 'Access over HTTP bin', parentCode: 'MKE' } });
    expect(bin.status(), await bin.text()).toBe(201);
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const role of ROLES) {
      const headers = { authorization: tokens[role] };
      got[`items ${role}`] = outcome(await api.post('/api/v1/items', { headers, data: { sku: `${tag}-${role}`, name: 'Access over HTTP', kind: 'part', unit: 'pcs' } }));
      want[`items ${role}`] = allowed(API_RULES['POST /api/v1/items'], role) ? 'allowed' : 'denied';
      got[`partners ${role}`] = outcome(await api.post('/api/v1/partners', { headers, data: { code: `${tag}-${role}`, name: 'Access over HTTP' } }));
      want[`partners ${role}`] = allowed(API_RULES['POST /api/v1/partners'], role) ? 'allowed' : 'denied';
      got[`receipt ${role}`] = outcome(await api.post('/api/v1/movements', { headers, data: { type: 'receipt', sku: `${tag}-ADMIN`, to: tag, quantity: '1' } }));
      want[`receipt ${role}`] = allowed(API_RULES['POST /api/v1/movements'], role) ? 'allowed' : 'denied';
    }
    expect(got).toEqual(want);
    // Only the allowed receipts posted.
    const lots = (await (await api.get(`/api/v1/items/${tag}-ADMIN/lots`, { headers: { authorization: tokens.ADMIN } })).json()) as { data: { quantity: string | number }[] };
    expect(lots.data.reduce((n, l) => n + Number(l.quantity), 0)).toBe(ROLES.filter((r) => allowed(API_RULES['POST /api/v1/movements'], r)).length);
    await api.dispose();
  });
});

function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = '.data/secrets.json';
  if (!existsSync(file)) throw new Error('No .data/secrets.json: the browser tests start the portal with npm start, which writes it.');
  return JSON.parse(readFileSync(file, 'utf8')).NEXTAUTH_SECRET;
}

async function withCookie(baseURL: string, value: string): Promise<APIRequestContext> {
  const host = new URL(baseURL).hostname;
  return http.newContext({ baseURL, storageState: { cookies: [{ name: SESSION_COOKIE, value, domain: host, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }], origins: [] } });
}

base.describe('over HTTP, sessions that must not work', () => {
  base('a forged cookie (wrong secret) and an expired one (past exp) are signed out; the same claims signed right are signed in', async ({ baseURL }) => {
    const jar = await signedIn(baseURL!, DEMO.admin.email);
    const real = (await jar.storageState()).cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const secret = nextAuthSecret();
    const claims = await decode({ token: real, secret });
    expect(claims?.sub).toBeTruthy();
    const token = { sub: claims!.sub, sv: claims!.sv };

    const control = await withCookie(baseURL!, await encode({ token, secret, maxAge: 3600 }));
    expect((await control.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
    for (const [what, cookie] of [
      ['wrong secret', await encode({ token, secret: `${secret}-forged`, maxAge: 3600 })],
      ['expired', await encode({ token, secret, maxAge: -3600 })],
      ['garbage', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'],
    ] as const) {
      const jarOf = await withCookie(baseURL!, cookie);
      expect(signinRedirect(await jarOf.get('/admin', { maxRedirects: 0 })), `${what}: /admin`).toBe(true);
      expect((await jarOf.get('/labels/items/LDR-4.1.pdf', { maxRedirects: 0 })).status(), `${what}: label download`).toBe(401);
      await jarOf.dispose();
    }
    await Promise.all([jar.dispose(), control.dispose()]);
  });

  test('a deactivated user: their session cookie and their API token stop working', async ({ page, baseURL }) => {
    const email = `ah-${Date.now()}@test.local`;
    await signIn(page, DEMO.admin.email);
    await page.goto('/admin/users/new');
    await page.getByLabel('Name').fill(`Casey ${email.split('@')[0]}`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Role').selectOption({ label: 'Member' });
    await page.getByLabel('Department').selectOption({ label: 'Electronics Production' });
    await page.getByLabel('Initial password').fill('floor-pass-1');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);

    const jar = await signedIn(baseURL!, email, 'floor-pass-1');
    const authorization = await tokenOf(jar, email, 'floor-pass-1');
    expect((await jar.get('/inventory', { maxRedirects: 0 })).status()).toBe(200);
    expect((await jar.get('/api/v1/me', { headers: { authorization } })).status()).toBe(200);

    await page.getByRole('link', { name: `Casey ${email.split('@')[0]}` }).click();
    await page.getByRole('button', { name: 'Deactivate user' }).click();
    await expect(page.getByText('User deactivated; their sessions have ended.')).toBeVisible();

    expect(signinRedirect(await jar.get('/inventory', { maxRedirects: 0 }))).toBe(true);
    expect((await jar.get('/api/v1/me', { headers: { authorization } })).status()).toBe(401);
    const again = await jar.post('/api/v1/auth/token', { data: { email, password: 'floor-pass-1' } });
    expect(again.status()).toBe(401);
    await jar.dispose();
  });

  test('a revoked API token answers 401 everywhere it answered before', async ({ page, baseURL }) => {
    const name = `ah revoke ${Date.now()}`;
    const api = await http.newContext({ baseURL });
    const authorization = await tokenOf(api, DEMO.deptLead.email, DEMO_PASSWORD, name);
    expect((await api.get('/api/v1/inventory', { headers: { authorization } })).status()).toBe(200);
    await signIn(page, DEMO.deptLead.email);
    await page.goto('/profile');
    await page.getByRole('button', { name: `Revoke token ${name}` }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Revoked');
    for (const url of ['/api/v1/me', '/api/v1/inventory', '/api/v1/items/LDR-4.1']) expect((await api.get(url, { headers: { authorization } })).status(), url).toBe(401);
    const receipt = await api.post('/api/v1/movements', { headers: { authorization }, data: { type: 'receipt', sku: 'LDR-4.1', to: 'CHI-A-01-B1', quantity: '1' } });
    expect(receipt.status()).toBe(401);
    await api.dispose();
  });
});

base.describe('over HTTP, cross-site and malformed requests', () => {
  base('a form post from another site to a server action is refused with 403 and creates nothing; the same post from the portal works', async ({ baseURL }) => {
    const jar = await signedIn(baseURL!, DEMO.member.email);
    const html = await (await jar.get('/profile')).text();
    // The profile's create-token form, as React renders it for a post without JavaScript (hidden $ACTION_ fields).
    const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('Create token')) ?? '';
    const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const unescape = (v: string) => v.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    const hidden = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [attr(tag, 'name') ?? '', unescape(attr(tag, 'value') ?? '')]).filter(([n]) => n.startsWith('$ACTION'));
    const tokensListed = async () => ((await (await jar.get('/profile')).text()).match(/ah-csrf-/g) ?? []).length;
    const post = (origin: string, name: string) =>
      jar.post('/profile', { headers: { origin }, multipart: Object.fromEntries([...hidden, ['name', name]]), maxRedirects: 0 });

    const before = await tokensListed();
    const evil = await post('https://evil.example', 'ah-csrf-evil');
    expect(evil.status()).toBe(403);
    expect(await tokensListed()).toBe(before);
    const own = await post(new URL(baseURL!).origin, 'ah-csrf-own');
    expect(own.status()).toBeLessThan(400);
    expect(await tokensListed()).toBeGreaterThan(before);

    // Sign-in itself is a cookie-setting post: refused from another site too.
    const login = await jar.post('/api/auth/callback/credentials', { headers: { origin: 'https://evil.example' }, form: { email: DEMO.admin.email, password: DEMO_PASSWORD }, maxRedirects: 0 });
    expect(login.status()).toBe(403);
    await jar.dispose();
  });

  base('a NUL (%00) in a path or query is a 400, never a 500', async ({ baseURL }) => {
    const jar = await signedIn(baseURL!, DEMO.admin.email);
    const authorization = await tokenOf(jar, DEMO.admin.email);
    for (const url of ['/api/v1/purchase-orders/%00', '/api/v1/items/a%00b', '/api/v1/inventory?sku=%00']) expect((await jar.get(url, { headers: { authorization } })).status(), url).toBe(400);
    for (const url of ['/inventory/items/%00', '/inventory/locations/%00']) expect((await jar.get(url, { maxRedirects: 0 })).status(), url).toBe(400);
    await jar.dispose();
  });

  base('hostile text stored through the API comes back escaped in the page HTML', async ({ baseURL }) => {
    const jar = await signedIn(baseURL!, DEMO.admin.email);
    const authorization = await tokenOf(jar, DEMO.admin.email);
    const sku = `ZZ-AH-XSS-${Date.now().toString(36).toUpperCase()}`;
    const name = `<script>alert(1)</script> "q" 'a' \u202Egnp.exe`;
    const created = await jar.post('/api/v1/items', { headers: { authorization }, data: { sku, name, kind: 'part', unit: 'pcs' } });
    expect(created.ok(), await created.text()).toBe(true);
    const html = await (await jar.get(`/inventory/items/${sku}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    await jar.dispose();
  });
});
