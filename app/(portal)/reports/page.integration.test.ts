import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { ReportForm } from './report-forms';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ requireActor: async () => session.actor }));
const { default: ReportsPage } = await import('./page');

type FormProps = Parameters<typeof ReportForm>[0];
function forms(node: ReactNode): FormProps[] {
  if (Array.isArray(node)) return node.flatMap(forms);
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  if (node.type === ReportForm) return [(node as ReactElement<FormProps>).props];
  return forms(node.props.children);
}
const render = async (searchParams: Record<string, string>) => (await ReportsPage({ searchParams: Promise.resolve(searchParams) })) as ReactNode;
const digestOf = (p: Promise<unknown>) => p.then(() => '', (e: { digest?: string }) => String(e?.digest ?? e));

describe('reports page', () => {
  it('offers every report to Admins, all but the configuration audit to Department Leads, and is not there for others', async () => {
    session.actor = await demoActor.admin();
    expect(forms(await render({})).map((f) => f.spec.slug)).toEqual(['movements', 'valuation', 'defects', 'config-audit']);
    session.actor = await demoActor.deptLead();
    expect(forms(await render({})).map((f) => f.spec.slug)).toEqual(['movements', 'valuation', 'defects']);
    session.actor = await demoActor.member();
    expect(await digestOf(render({}))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('shows bad filters next to their fields in the form that was sent, keeping what was typed', async () => {
    session.actor = await demoActor.deptLead();
    const sent = forms(await render({ run: 'movements', from: '2026-13-01', to: '2026-01-31', sku: 'NOPE', format: 'pdf' }));
    const movements = sent.find((f) => f.spec.slug === 'movements')!;
    expect(movements.errors).toEqual({ from: 'Enter a date such as 2026-01-31.' });
    expect(movements.values).toMatchObject({ from: '2026-13-01', sku: 'NOPE' });
    expect(sent.find((f) => f.spec.slug === 'valuation')!.errors).toEqual({});
    const unknown = forms(await render({ run: 'movements', from: '2026-01-01', to: '2026-01-31', sku: 'NOPE' })).find((f) => f.spec.slug === 'movements')!;
    expect(unknown.errors).toEqual({ sku: 'Unknown SKU "NOPE".' });
  });

  it('sends good filters on to the download', async () => {
    session.actor = await demoActor.deptLead();
    const digest = await digestOf(render({ run: 'valuation', asOf: '2026-01-31', site: '', sku: '', format: 'csv' }));
    expect(digest).toMatch(/^NEXT_REDIRECT;replace;\/reports\/valuation\?asOf=2026-01-31&format=csv;/);
  });
});
