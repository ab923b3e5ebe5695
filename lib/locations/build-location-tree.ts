// Pure: flat location rows -> sites with their storage units nested beneath,
// siblings in code order; and the tree flattened depth-first (for pick lists).

export interface LocationNodeRow {
  id: number;
  parentId: number | null;
  code: string;
}

export type LocationNode<R extends LocationNodeRow> = R & { children: LocationNode<R>[] };

export function buildLocationTree<R extends LocationNodeRow>(rows: R[]): LocationNode<R>[] {
  const nodes = new Map<number, LocationNode<R>>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: LocationNode<R>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const byCode = (a: LocationNode<R>, b: LocationNode<R>) => a.code.localeCompare(b.code, 'en', { numeric: true, sensitivity: 'base' });
  const sort = (list: LocationNode<R>[]) => {
    list.sort(byCode);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function flattenTree<R extends LocationNodeRow>(roots: LocationNode<R>[]): (R & { depth: number })[] {
  const out: (R & { depth: number })[] = [];
  const walk = (list: LocationNode<R>[], depth: number) => {
    for (const { children, ...row } of list) {
      out.push({ ...(row as unknown as R), depth });
      walk(children, depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}
