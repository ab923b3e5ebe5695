// What a plugin declares about itself. Checked by a schema when the registry loads it.
import { z } from 'zod';
import { ROLES } from '../roles/roles';

const permissionName = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/, 'permissions are named area.verb');

export const pluginManifestSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Permissions the plugin defines, with the roles that hold them by default. */
  permissions: z.record(permissionName, z.array(z.enum(ROLES))).default({}),
  navigation: z
    .array(z.object({ label: z.string().min(1), href: z.string().startsWith('/'), permission: permissionName }))
    .default([]),
  /** Path prefixes of the plugin's pages (mounted under app/(plugins)/<id>/...). */
  routes: z.array(z.string().startsWith('/')).default([]),
  /**
   * Extension point "references a ledger entry may carry": reference kinds the
   * plugin posts with (e.g. production_lot), shown as links in movement history.
   * `href` holds {number}.
   */
  references: z.array(z.object({ kind: z.string().regex(/^[a-z][a-z_]*$/), label: z.string().min(1), href: z.string().startsWith('/').includes('{number}') })).default([]),
  /** Extension point "extra tabs on the item page": `href` holds {sku}; shown to holders of `permission`. */
  itemTabs: z.array(z.object({ label: z.string().min(1), href: z.string().startsWith('/').includes('{sku}'), permission: permissionName })).default([]),
});

export type PluginManifest = z.infer<typeof pluginManifestSchema>;
export type PluginManifestInput = z.input<typeof pluginManifestSchema>;

export function definePlugin(manifest: PluginManifestInput): PluginManifest {
  return pluginManifestSchema.parse(manifest);
}
