import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { getPermissionMatrix } from '@/lib/roles/permission-matrix';
import { previewRole } from '@/lib/roles/preview-role';
import { isRole, ROLE_LABELS, ROLES, type Role } from '@/lib/roles/roles';
import { PermissionToggle } from './permission-toggle';

export const metadata: Metadata = { title: 'Roles & permissions' };

export default async function RolesPage({ searchParams }: { searchParams: Promise<{ preview?: string }> }) {
  const actor = await requireAdminPage();
  const { preview } = await searchParams;
  const previewed: Role = isRole(preview) ? preview : 'DEPARTMENT_LEAD';
  const [matrix, view] = await Promise.all([getPermissionMatrix(actor), previewRole(actor, previewed)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Roles &amp; permissions</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        What each role may do. A ringed cell differs from the built-in default; setting it back removes the change. Admins always hold every permission,
        and administration (users, settings) stays with Admins. Changes apply on each person&apos;s next page load and are written to the audit log.
      </p>
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Permissions by role</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">Permission</th>
              {ROLES.map((r) => (
                <th key={r} scope="col" className="px-2 py-2">{ROLE_LABELS[r]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.permission} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <span className="block">{row.label}</span>
                  <code className="text-xs text-slate-500">{row.permission}</code>
                  {row.pluginId ? <span className="ml-2 text-xs text-slate-500">plugin {row.pluginId}</span> : null}
                </th>
                {ROLES.map((r) => {
                  const cell = row.cells[r];
                  return (
                    <td key={r} className="px-2 py-2">
                      {cell.locked ? (
                        <span title={cell.locked} className={cell.granted ? 'text-green-900' : 'text-slate-500'}>
                          {cell.granted ? 'Always' : 'Never'}
                          <span className="sr-only"> ({cell.locked})</span>
                        </span>
                      ) : (
                        <PermissionToggle role={r} roleLabel={ROLE_LABELS[r]} permission={row.permission} granted={cell.granted} changed={cell.granted !== cell.byDefault} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="preview" className="card space-y-3">
        <h2 id="preview" className="text-lg font-semibold">What a {ROLE_LABELS[previewed]} sees</h2>
        <nav aria-label="Preview a role" className="flex flex-wrap gap-2">
          {ROLES.map((r) => (
            <Link key={r} href={`/admin/roles?preview=${r}`} aria-current={r === previewed ? 'page' : undefined} className={r === previewed ? 'btn-primary' : 'btn-secondary'}>
              {ROLE_LABELS[r]}
            </Link>
          ))}
        </nav>
        <p className="text-sm">{view.scope}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-medium">Menu</h3>
            <ul className="list-inside list-disc text-sm">
              {view.navigation.map((n) => (
                <li key={n.href}>{n.label}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-medium">May</h3>
            <ul className="list-inside list-disc text-sm">
              {view.capabilities.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
    </div>
  );
}
