import { describe, expect, it } from 'vitest';
import { buildLocationTree, flattenTree } from './build-location-tree';

const rows = [
  { id: 3, parentId: 1, code: 'CHI-B' },
  { id: 1, parentId: null, code: 'CHI' },
  { id: 4, parentId: 2, code: 'MKE-LINE-10' },
  { id: 2, parentId: null, code: 'MKE' },
  { id: 5, parentId: 1, code: 'CHI-A' },
  { id: 6, parentId: 2, code: 'MKE-LINE-9' },
  { id: 7, parentId: 5, code: 'CHI-A-01' },
];

describe('location tree', () => {
  it('nests storage units under their parents, siblings in natural code order', () => {
    const tree = buildLocationTree(rows);
    expect(tree.map((s) => s.code)).toEqual(['CHI', 'MKE']);
    expect(tree[0].children.map((c) => c.code)).toEqual(['CHI-A', 'CHI-B']);
    expect(tree[0].children[0].children.map((c) => c.code)).toEqual(['CHI-A-01']);
    expect(tree[1].children.map((c) => c.code)).toEqual(['MKE-LINE-9', 'MKE-LINE-10']);
  });

  it('flattens depth-first with the depth of each location', () => {
    expect(flattenTree(buildLocationTree(rows)).map((r) => `${r.depth}:${r.code}`)).toEqual(['0:CHI', '1:CHI-A', '2:CHI-A-01', '1:CHI-B', '0:MKE', '1:MKE-LINE-9', '1:MKE-LINE-10']);
  });

  it('shows a location whose parent is missing at the top rather than losing it', () => {
    expect(buildLocationTree([{ id: 9, parentId: 42, code: 'ORPHAN' }]).map((r) => r.code)).toEqual(['ORPHAN']);
  });
});
