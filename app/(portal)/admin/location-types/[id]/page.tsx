import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getLocationType } from '@/lib/locations/list-location-types';
import { updateLocationTypeAction } from '../actions';
import { LocationTypeForm } from '../location-type-form';

export default async function EditLocationTypePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage();
  const type = await loadOr404(getLocationType(actor, Number((await params).id)));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/location-types" className="text-brand-700 underline">
          Location types
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{type.name}</h1>
      <LocationTypeForm key={type.id} action={updateLocationTypeAction} type={type} />
    </div>
  );
}
