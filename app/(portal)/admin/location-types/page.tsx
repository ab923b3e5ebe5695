import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listLocationTypes } from '@/lib/locations/list-location-types';

export default async function LocationTypesPage() {
  const actor = await requireAdminPage();
  const types = await listLocationTypes(actor);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/locations" className="text-brand-700 underline">
          Locations
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Location types</h1>
        <Link href="/admin/location-types/new" className="btn-primary">
          New type
        </Link>
      </div>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Grid</th>
              <th scope="col" className="text-right">
                Locations
              </th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.id}>
                <td>
                  <Link href={`/admin/location-types/${t.id}`} className="text-brand-700 underline">
                    {t.name}
                  </Link>
                </td>
                <td className="whitespace-nowrap">{t.gridRows && t.gridCols ? `${t.gridRows} rows × ${t.gridCols} columns` : 'No grid'}</td>
                <td className="text-right tabular-nums">{t.locationCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
