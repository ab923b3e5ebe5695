// "By item" / "By location": the same filters, grouped differently (the cursor is dropped: its keys differ).
import Link from 'next/link';
import { byLocation, type FilterParams } from '../_lib/inventory-filter-params';
import { hrefWith } from '../_lib/search-params';

export function InventoryTabs({ filter }: { filter: FilterParams }) {
  const tabs = [
    { label: 'By item', groupBy: 'item', current: !byLocation(filter) },
    { label: 'By location', groupBy: 'location', current: byLocation(filter) },
  ];
  return (
    <nav aria-label="Inventory views">
      <ul className="flex gap-1 border-b border-slate-300">
        {tabs.map((t) => (
          <li key={t.groupBy}>
            <Link
              href={hrefWith('/inventory', { ...filter, groupBy: t.groupBy })}
              aria-current={t.current ? 'page' : undefined}
              className={`-mb-px block min-h-11 rounded-t-md border px-4 py-2.5 text-sm font-medium ${t.current ? 'border-slate-300 border-b-white bg-white text-brand-800' : 'border-transparent text-slate-700 hover:bg-slate-100'}`}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
