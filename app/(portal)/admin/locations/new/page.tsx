import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listLocationFormChoices } from '@/lib/locations/location-form-choices';
import { StorageUnitForm } from '../storage-unit-form';

type Search = Record<string, string | string[] | undefined>;
const digits = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? v : '');

export default async function NewStorageUnitPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireAdminPage();
  const sp = await searchParams;
  const { parents, types } = await listLocationFormChoices(actor);
  // Opened from a tree node or a free rack cell: that parent (and cell) are filled in.
  const parent = parents.find((p) => String(p.id) === digits(sp.parent) && p.active);
  const preset = { parentId: parent ? String(parent.id) : '', gridRow: digits(sp.row), gridCol: digits(sp.col) };
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/locations" className="text-brand-700 underline">
          Locations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New storage unit{parent ? ` in ${parent.code}` : ''}</h1>
      <StorageUnitForm parents={parents} types={types} preset={preset} />
    </div>
  );
}
