import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listLocationFormChoices } from '@/lib/locations/location-form-choices';
import { SiteForm } from '../site-form';

export default async function NewSitePage() {
  const actor = await requireAdminPage();
  const { departments, types } = await listLocationFormChoices(actor);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/locations" className="text-brand-700 underline">
          Locations
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">New site</h1>
      <SiteForm departments={departments} types={types} />
    </div>
  );
}
