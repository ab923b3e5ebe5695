import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';

const AREAS = [
  { href: '/admin/users', label: 'Users', about: 'Accounts, roles, passwords; deactivate leavers.' },
  { href: '/admin/departments', label: 'Departments and teams', about: 'Create, rename, archive; members and leads.' },
  { href: '/admin/roles', label: 'Roles & permissions', about: 'What each role may do, and a preview of what it sees.' },
  { href: '/admin/items', label: 'Items', about: 'The catalogue: SKUs, costs, barcodes, low-stock thresholds.' },
  { href: '/admin/kinds-and-units', label: 'Item kinds and units', about: 'Kinds such as pcb or assembly; units of measure.' },
  { href: '/admin/locations', label: 'Locations', about: 'Sites and their storage units, rack maps, negative stock per site.' },
  { href: '/admin/location-types', label: 'Location types', about: 'Shelf, bin, rack… and the grids of racks.' },
  { href: '/admin/settings', label: 'Settings', about: 'Installation defaults such as the low-stock threshold.' },
  { href: '/admin/plugins', label: 'Plugins', about: 'Installed plugins; enable or disable them for everyone.' },
  { href: '/admin/api-tokens', label: 'API tokens', about: "Every user's API tokens; revoke any of them." },
  { href: '/admin/audit', label: 'Audit log', about: 'Who changed users, roles, permissions and settings, and how.' },
];

export default async function AdminHome() {
  await requireAdminPage();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Administration</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {AREAS.map((a) => (
          <li key={a.href}>
            <Link href={a.href} className="card block h-full hover:border-brand-600">
              <span className="font-medium">{a.label}</span>
              <span className="mt-1 block text-sm text-slate-600">{a.about}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
