// The movement buttons of the item and location pages, only those the actor's role may post.
import Link from 'next/link';
import { can, type Actor } from '@/lib/roles/actor';
import { MOVE_KINDS, type MoveKind } from '../_lib/move-kinds';
import { moveHref } from '../_lib/links';

const LABELS: Record<MoveKind, string> = { receive: 'Receive', transfer: 'Transfer', adjust: 'Adjust', 'set-quantity': 'Set quantity', consume: 'Consume', status: 'Change status' };

/** `moves`: each kind with what its form is prefilled with (sku, from, to, location). */
export function MoveActionLinks({ actor, moves }: { actor: Actor; moves: [MoveKind, Record<string, string>][] }) {
  const allowed = moves.filter(([k]) => can(actor, MOVE_KINDS[k].permission));
  if (!allowed.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Stock movements">
      {allowed.map(([k, prefill], i) => (
        <li key={k}>
          <Link className={i === 0 ? 'btn-primary' : 'btn-secondary'} href={moveHref(k, prefill)}>
            {LABELS[k]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
