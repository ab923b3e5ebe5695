// Shared browser-test fixtures: sign-in helpers for the demo accounts and an
// accessibility check (axe-core) on every page a test visits.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO = {
  admin: { email: 'admin@demo.local', role: 'Admin' },
  deptLead: { email: 'dept.lead@demo.local', role: 'Department Lead' },
  teamLead: { email: 'team.lead@demo.local', role: 'Team Lead' },
  member: { email: 'member@demo.local', role: 'Member' },
} as const;
export const DEMO_PASSWORD = 'demo1234';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

type Violation = { url: string; id: string; impact: string; help: string; nodes: number };

export const test = base.extend<{ a11y: void }>({
  a11y: [
    async ({ page }, use) => {
      const violations: Violation[] = [];
      const checks: Promise<void>[] = [];
      const check = async () => {
        const url = page.url();
        if (!url.startsWith('http')) return;
        try {
          await page.waitForLoadState('domcontentloaded');
          // Next streams a dynamic page's <title> after the body: give it a moment, so a page is judged
          // complete (a page that never gets a title is still reported below).
          await page.waitForFunction(() => document.title !== '', null, { timeout: 5_000 }).catch(() => {});
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations) {
            if (v.impact === 'serious' || v.impact === 'critical') violations.push({ url, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length });
          }
        } catch {
          // The page navigated away while being checked; the next page load is checked instead.
        }
      };
      page.on('load', () => checks.push(check()));
      await use();
      await check();
      await Promise.all(checks);
      expect(violations, `accessibility violations:\n${violations.map((v) => `${v.url} ${v.impact} ${v.id}: ${v.help} (${v.nodes})`).join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
