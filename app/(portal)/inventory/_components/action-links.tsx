// The movement buttons of the item and location pages, only those the actor's role may post.
import Link from 'next/link';
import { can, type Actor } from '@/lib/roles/actor';
import type { Permission } from '@/lib/roles/permissions';
import { MOVE_KINDS, type MoveKind } from '../_lib/move-kinds';
import { moveHref } from '../_lib/links';

const LABELS: Record<MoveKind, string> = { receive: 'Receive', transfer: 'Transfer', adjust: 'Adjust', 'set-quantity': 'Set quantity', consume: 'Consume', ship: 'Ship', status: 'Change status' };

/** Another form that belongs beside a movement button, e.g. shipping to another site after Transfer. */
export interface RelatedLink {
  after: MoveKind;
  label: string;
  href: string;
  permission: Permission;
}

/** `moves`: each kind with what its form is prefilled with (sku, from, to, location). */
export function MoveActionLinks({ actor, moves, related = [] }: { actor: Actor; moves: [MoveKind, Record<string, string>][]; related?: RelatedLink[] }) {
  const links = moves
    .filter(([k]) => can(actor, MOVE_KINDS[k].permission))
    .flatMap(([k, prefill]) => [
      { label: LABELS[k], href: moveHref(k, prefill) },
      ...related.filter((r) => r.after === k && can(actor, r.permission)).map(({ label, href }) => ({ label, href })),
    ]);
  if (!links.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Stock movements">
      {links.map((l, i) => (
        <li key={l.label}>
          <Link className={i === 0 ? 'btn-primary' : 'btn-secondary'} href={l.href}>
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
