// The location tree as nested lists: each location with its details and what
// can be done from it (edit, add a storage unit inside, open its rack map).
import Link from 'next/link';
import type { LocationNode } from '@/lib/locations/build-location-tree';
import type { TreeLocation } from '@/lib/locations/list-location-tree';

function NodeLine({ node, highlight }: { node: LocationNode<TreeLocation>; highlight?: string }) {
  const isSite = node.parentId === null;
  const details = [
    isSite ? node.departmentName : null,
    node.typeName ? `${node.typeName}${node.grid ? ` ${node.grid.rows} × ${node.grid.cols}` : ''}` : null,
    node.gridRow !== null ? `row ${node.gridRow}, col ${node.gridCol}` : null,
    node.room,
    node.workCenter ? `work center ${node.workCenter}` : null,
  ].filter(Boolean);
  const fresh = highlight !== undefined && node.code.toLowerCase() === highlight.toLowerCase();
  return (
    <div id={`loc-${node.id}`} className={`flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 rounded px-2 py-2 ${fresh ? 'bg-green-50' : ''}`}>
      <div className="min-w-0">
        <span className="font-mono font-semibold break-all">{node.code}</span> <span>{node.name}</span>
        {!node.active ? <span className="ml-2 text-sm text-red-700">inactive</span> : null}
        {isSite && node.allowNegative ? <span className="ml-2 text-sm text-amber-800">negative stock allowed</span> : null}
        {details.length ? <div className="text-xs text-slate-600">{details.join(' · ')}</div> : null}
      </div>
      <div className="flex flex-wrap gap-x-3 text-sm">
        <Link href={`/admin/locations/${node.id}`} className="text-brand-700 underline">
          Edit<span className="sr-only"> {node.code}</span>
        </Link>
        {node.active ? (
          <Link href={`/admin/locations/new?parent=${node.id}`} className="text-brand-700 underline">
            Add storage unit<span className="sr-only"> under {node.code}</span>
          </Link>
        ) : null}
        {node.grid ? (
          <Link href={`/admin/locations/${node.id}/rack`} className="text-brand-700 underline">
            Rack map<span className="sr-only"> of {node.code}</span>
          </Link>
        ) : null}
      </div>
    </div>
  );
}

export function LocationTree({ nodes, highlight, nested = false }: { nodes: LocationNode<TreeLocation>[]; highlight?: string; nested?: boolean }) {
  return (
    <ul className={nested ? 'ml-2 border-l border-slate-200 pl-2 sm:ml-4 sm:pl-3' : 'space-y-4'}>
      {nodes.map((n) => (
        <li key={n.id} className={nested ? '' : 'card p-2'}>
          <NodeLine node={n} highlight={highlight} />
          {n.children.length ? <LocationTree nodes={n.children} highlight={highlight} nested /> : null}
        </li>
      ))}
    </ul>
  );
}
