// A row of links that each choose one value of a filter (the view, the kind,
// the status): the current one is marked with aria-current, not colour alone.
import Link from 'next/link';

export function FilterLinks({ label, links }: { label: string; links: { label: string; href: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={l.current ? 'page' : undefined}
              className={`block min-h-11 rounded-md border px-3 py-2.5 text-sm font-medium ${l.current ? 'border-brand-700 bg-brand-50 text-brand-800 underline' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100'}`}
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
