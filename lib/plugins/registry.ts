// Plugin lookups for core: navigation entries and default permission grants.
import type { Actor } from '../roles/actor';
import type { Role } from '../roles/roles';
import type { ApiArea } from '../api-docs/types';
import type { Db } from '../db/client';
import { installedApiAreas, installedPlugins, installedScanTargets, installedSeeds } from './installed';
import type { PluginManifest } from './manifest';
import type { ScanTargetProvider } from './scan-targets';

/** The installed plugins' manifests, for core code that needs all of them (permission tables). */
export function registeredPlugins(): readonly PluginManifest[] {
  return installedPlugins;
}

export interface NavEntry {
  label: string;
  href: string;
  permission: string;
  pluginId?: string;
}

export function pluginPermissionsOf(role: Role, plugins: readonly PluginManifest[] = installedPlugins): string[] {
  return plugins.flatMap((p) => Object.entries(p.permissions).filter(([, roles]) => roles.includes(role)).map(([perm]) => perm));
}

/** Plugin navigation the actor may see: only entries whose permission the actor holds. */
export function pluginNavigationFor(actor: Actor, plugins: readonly PluginManifest[] = installedPlugins): NavEntry[] {
  return plugins.flatMap((p) => p.navigation.filter((n) => actor.permissions.has(n.permission)).map((n) => ({ ...n, pluginId: p.id })));
}

/** Extension point: the link and label for a ledger reference a plugin defines (null for core kinds or a disabled plugin's). */
export function referenceLink(actor: Actor, kind: string, number: string, plugins: readonly PluginManifest[] = installedPlugins): { label: string; href: string } | null {
  for (const p of plugins) {
    const ref = p.references.find((r) => r.kind === kind);
    if (ref && Object.keys(p.permissions).some((perm) => actor.permissions.has(perm))) return { label: ref.label, href: ref.href.replace('{number}', encodeURIComponent(number)) };
  }
  return null;
}

/** Extension point: extra tabs on an item's page, for the actor. */
export function itemTabsFor(actor: Actor, sku: string, plugins: readonly PluginManifest[] = installedPlugins): { label: string; href: string }[] {
  return plugins.flatMap((p) => p.itemTabs.filter((t) => actor.permissions.has(t.permission)).map((t) => ({ label: t.label, href: t.href.replace('{sku}', encodeURIComponent(sku)) })));
}

/** Extension point: the API areas installed plugins publish in /api/v1/openapi.json. */
export function pluginApiAreas(): ApiArea[] {
  return installedApiAreas;
}

/** Extension point "scan targets": the providers of production runs the actor may log against (holders of the provider's permission; none of a disabled plugin's). */
export function scanTargetProvidersFor(actor: Actor, providers: readonly ScanTargetProvider[] = installedScanTargets): ScanTargetProvider[] {
  return providers.filter((p) => actor.permissions.has(p.permission));
}

/** Extension point "seed": each installed plugin's demo data, after core's demo seeds (prisma/seed.ts, scripts/start.ts). */
export async function seedPluginDemos(db: Db, seeds: readonly { seedDemo: (db: Db) => Promise<void> }[] = installedSeeds): Promise<void> {
  for (const s of seeds) await s.seedDemo(db);
}
