// Switching installed plugins on and off for this installation. A plugin without a
// PluginState row is enabled (plugins ship enabled); a switch is audited.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { installedPlugins } from './installed';
import type { PluginManifest } from './manifest';

export interface PluginStateView {
  id: string;
  name: string;
  version: string;
  enabled: boolean;
}

/** The ids of the plugins an Admin switched off, in one query (for loading the actor). */
export async function loadDisabledPluginIds(): Promise<Set<string>> {
  const rows = await db().pluginState.findMany({ where: { enabled: false }, select: { pluginId: true } });
  return new Set(rows.map((r) => r.pluginId));
}

export async function listPluginStates(actor: Actor, plugins: readonly PluginManifest[] = installedPlugins): Promise<PluginStateView[]> {
  requirePermission(actor, 'settings.manage');
  const disabled = await loadDisabledPluginIds();
  return plugins
    .map((p) => ({ id: p.id, name: p.name, version: p.version, enabled: !disabled.has(p.id) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function setPluginEnabled(actor: Actor, pluginId: string, enabled: boolean, plugins: readonly PluginManifest[] = installedPlugins): Promise<void> {
  requirePermission(actor, 'settings.manage');
  // Only installed plugins have a switch: a row for anything else would be a switch for nothing.
  if (typeof pluginId !== 'string' || !plugins.some((p) => p.id === pluginId)) throw notFound('The plugin');
  await db().$transaction(async (tx) => {
    const state = await tx.pluginState.findUnique({ where: { pluginId }, select: { enabled: true } });
    const wasEnabled = state?.enabled ?? true;
    if (wasEnabled === enabled) return;
    await tx.pluginState.upsert({ where: { pluginId }, create: { pluginId, enabled, updatedById: actor.id }, update: { enabled, updatedById: actor.id } });
    await recordAuditEvent(tx, actor, { action: enabled ? 'plugin.enable' : 'plugin.disable', entity: 'Plugin', entityId: pluginId, before: { enabled: wasEnabled }, after: { enabled } });
  });
}
