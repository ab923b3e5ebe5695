// What core asks of plugins: the registry's lookups. Core imports this folder,
// never a plugin's own code (plugins/ at the top level).
export { itemTabsFor, pluginApiAreas, pluginNavigationFor, pluginPermissionsOf, referenceLink, registeredPlugins, scanTargetProvidersFor, seedPluginDemos, type NavEntry } from './registry';
export type { PluginScanTarget, ScanTargetChoice, ScanTargetProvider } from './scan-targets';
export { requirePluginPermission } from './plugin-guard';
export { definePlugin, pluginManifestSchema, type PluginManifest } from './manifest';
export { listPluginStates, loadDisabledPluginIds, setPluginEnabled, type PluginStateView } from './plugin-states';
