// What core asks of plugins: the registry's lookups. Core imports this folder,
// never a plugin's own code (plugins/ at the top level).
export { pluginNavigationFor, pluginPermissionsOf, type NavEntry } from './registry';
export { definePlugin, pluginManifestSchema, type PluginManifest } from './manifest';
export { listPluginStates, loadDisabledPluginIds, setPluginEnabled, type PluginStateView } from './plugin-states';
