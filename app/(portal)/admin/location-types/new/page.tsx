import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { createLocationTypeAction } from '../actions';
import { LocationTypeForm } from '../location-type-form';

export default async function NewLocationTypePage() {
  await requireAdminPage();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/location-types" className="text-brand-700 underline">
          Location types
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New location type</h1>
      <LocationTypeForm action={createLocationTypeAction} />
    </div>
  );
}
