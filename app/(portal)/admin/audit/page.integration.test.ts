import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ requireActor: async () => session.actor }));
const { default: AuditLogPage } = await import('./page');

/** The first element of this component type in a server-rendered tree. */
function find<P>(node: ReactNode, type: (props: P) => unknown): ReactElement<P> | undefined {
  if (Array.isArray(node)) return node.map((n) => find(n, type)).find(Boolean);
  if (!isValidElement<{ children?: ReactNode }>(node)) return undefined;
  if (node.type === type) return node as unknown as ReactElement<P>;
  return find(node.props.children, type);
}

const render = async (searchParams: Record<string, string>) => (await AuditLogPage({ searchParams: Promise.resolve(searchParams) })) as ReactNode;

describe('audit log page', () => {
  it('shows a malformed date next to its field and keeps every typed value', async () => {
    session.actor = await demoActor.admin();
    const tree = await render({ from: '2026-13-01', action: 'user.', to: '' });
    const form = find(tree, AuditFilterForm);
    expect(form?.props.errors).toEqual({ from: 'Enter a date such as 2026-01-31.' });
    expect(form?.props.values).toMatchObject({ from: '2026-13-01', action: 'user.', to: '' });
    expect(find(tree, AuditTable)).toBeUndefined();
  });

  it('lists events when the filters are good', async () => {
    session.actor = await demoActor.admin();
    await db().auditEvent.create({ data: { action: 'page.test', entity: 'PageTest', entityId: '1', actorId: session.actor.id, after: { a: 1 } } });
    const table = find(await render({ entity: 'PageTest' }), AuditTable);
    expect(table?.props.rows).toMatchObject([{ action: 'page.test', changes: [{ key: 'a', before: '—', after: '1' }] }]);
  });
});
