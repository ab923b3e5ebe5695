// What a location (and everything beneath it) holds now, by item at each storage unit.
import { listInventory } from '@/lib/inventory/queries/list-inventory';
import type { Actor } from '@/lib/roles/actor';
import { attempt } from '../_lib/attempt';
import { InventoryTable } from './inventory-table';
import { Pager } from './pager';

export async function LocationStock({ actor, code, cursor, hrefFor }: { actor: Actor; code: string; cursor: string | null; hrefFor: (cursor: string | null) => string }) {
  const page = await attempt(listInventory(actor, { groupBy: 'location', location: code }, { limit: 50, cursor }));
  return (
    <section aria-labelledby="stock-heading" className="space-y-2">
      <h2 id="stock-heading" className="text-lg font-semibold">
        Stock here now
      </h2>
      {page.ok ? (
        <>
          <InventoryTable rows={page.value.data} byLocation caption={`Stock at ${code} and the storage units beneath it`} />
          <Pager label="Stock pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={hrefFor} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      )}
    </section>
  );
}
