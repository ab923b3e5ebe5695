// The one list of installed plugins. Core code never imports a plugin: it asks
// the registry (./registry.ts), which reads this list.
import type { PluginManifest } from './manifest';

export const installedPlugins: PluginManifest[] = [];
