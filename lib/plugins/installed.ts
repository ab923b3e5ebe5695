// The one list of installed plugins: the only file outside plugins/ and the
// mount points under app/ that names a plugin. Core code asks the registry
// (./registry.ts), which reads this list.
import { productionLotsPlugin } from '../../plugins/production-lots/manifest';
import { purchasingPlugin } from '../../plugins/purchasing/manifest';
import type { PluginManifest } from './manifest';

export const installedPlugins: PluginManifest[] = [productionLotsPlugin, purchasingPlugin];
