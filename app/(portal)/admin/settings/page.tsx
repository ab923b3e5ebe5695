import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { getSettings } from '@/lib/settings/get-settings';
import { SettingsForm } from './settings-form';

export default async function SettingsPage() {
  const actor = await requireAdminPage();
  const settings = await getSettings(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm settings={settings} />
      <p className="max-w-xl text-sm text-slate-700">
        Whether stock may go below zero is set per site: open the site under{' '}
        <Link href="/admin/locations" className="text-brand-700 underline">
          Admin › Locations
        </Link>
        .
      </p>
    </div>
  );
}
