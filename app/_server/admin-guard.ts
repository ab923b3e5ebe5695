// Admin pages answer 404 to anyone without admin access (no hint the page exists).
import { notFound } from 'next/navigation';
import { can, type Actor } from '@/lib/roles/actor';
import { requireActor } from './session';

export async function requireAdminPage(): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, 'admin.access')) notFound();
  return actor;
}
