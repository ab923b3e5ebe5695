// The portal shell: top bar with the user's name and role, navigation limited
// to what the role may open. Every page still checks its own actor.
import Link from 'next/link';
import { navigationFor } from '@/lib/navigation/navigation';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { SignOutButton } from '../_components/sign-out-button';
import { requireActor } from '../_server/session';

export const dynamic = 'force-dynamic';

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const nav = navigationFor(actor);
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-lg font-semibold">
            Quartermaster
          </Link>
          {/* Wraps under the brand on a narrow phone rather than scrolling sideways. */}
          <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
            <span data-testid="current-user">
              {actor.name} · <span data-testid="current-role">{ROLE_LABELS[actor.role]}</span>
            </span>
            <Link href="/profile" className="rounded px-2 py-1 text-sm text-white underline-offset-2 hover:underline">
              Profile
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="bg-brand-700">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1">
            {nav.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="flex min-h-11 items-center rounded px-3 text-sm text-white hover:bg-brand-800">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl p-4">{children}</main>
    </div>
  );
}
