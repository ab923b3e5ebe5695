import Link from 'next/link';
import { navigationFor } from '@/lib/navigation/navigation';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { requireActor } from '../_server/session';

const ROLE_INTRO = {
  ADMIN: 'You can configure the portal, manage users and make exceptional stock corrections.',
  DEPARTMENT_LEAD: 'You see stock levels, defects and product status for your department.',
  TEAM_LEAD: "You see your team's products, serial numbers and work orders, and post day-to-day stock movements.",
  MEMBER: 'You see the serial numbers and work orders assigned to you and post what your assignment needs.',
} as const;

export default async function HomePage() {
  const actor = await requireActor();
  const links = navigationFor(actor).filter((n) => n.href !== '/');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Welcome, {actor.name}</h1>
      <p className="text-slate-700">
        Signed in as <strong>{ROLE_LABELS[actor.role]}</strong>. {ROLE_INTRO[actor.role]}
      </p>
      {links.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {links.map((n) => (
            <li key={n.href}>
              <Link href={n.href} className="card block hover:border-brand-600">
                {n.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
