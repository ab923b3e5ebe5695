import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getLocation } from '@/lib/locations/get-location';
import { listLocationFormChoices } from '@/lib/locations/location-form-choices';
import { EditLocationForm } from '../edit-location-form';
import { AllowNegativeToggle } from '../site-settings-form';

export default async function EditLocationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage();
  const location = await loadOr404(getLocation(actor, Number((await params).id)));
  const { types } = await listLocationFormChoices(actor);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/locations" className="text-brand-700 underline">
          Locations
        </Link>
        {location.parent ? (
          <>
            {' / '}
            <Link href={`/admin/locations/${location.parent.id}`} className="text-brand-700 underline">
              {location.parent.code}
            </Link>
          </>
        ) : null}
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold break-words">
          {location.code} {location.active ? null : <span className="text-base font-normal text-red-700">(inactive)</span>}
        </h1>
        <p className="text-sm text-slate-700">
          {location.isSite ? `Site of ${location.departmentName ?? 'no department'}` : `Storage unit in ${location.parent?.code}`}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {location.active ? (
          <Link href={`/admin/locations/new?parent=${location.id}`} className="btn-secondary">
            Add storage unit here
          </Link>
        ) : null}
        {location.grid ? (
          <Link href={`/admin/locations/${location.id}/rack`} className="btn-secondary">
            Rack map
          </Link>
        ) : null}
      </div>
      <EditLocationForm key={`${location.id}`} location={location} types={types} />
      {location.isSite ? <AllowNegativeToggle siteId={location.id} allowNegative={location.allowNegative} /> : null}
    </div>
  );
}
