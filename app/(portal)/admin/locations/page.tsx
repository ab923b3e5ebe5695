import Link from 'next/link';
import { FormMessage } from '@/app/_components/field';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listLocationTree } from '@/lib/locations/list-location-tree';
import { LocationTree } from './location-tree';

export default async function LocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAdminPage();
  const tree = await listLocationTree(actor);
  const created = (await searchParams).created;
  const createdCode = typeof created === 'string' ? created : undefined;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Locations</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/location-types" className="btn-secondary">
            Location types
          </Link>
          <Link href="/admin/locations/new-site" className="btn-primary">
            New site
          </Link>
        </div>
      </div>
      {createdCode ? <FormMessage ok message={`${createdCode} created.`} /> : null}
      <p className="text-sm text-slate-700">Sites with their storage units. Add a storage unit from the location it goes into.</p>
      {tree.length ? <LocationTree nodes={tree} highlight={createdCode} /> : <p className="card">No sites yet.</p>}
    </div>
  );
}
