// The one list of installed plugins: the only file outside plugins/ and the
// mount points under app/ that names a plugin. Core code asks the registry
// (./registry.ts), which reads this list.
import { productionLotsArea } from '../../plugins/production-lots/api/openapi-area';
import { productionLotsScanTargets } from '../../plugins/production-lots/lib/scan-targets';
import { productionLotsPlugin } from '../../plugins/production-lots/manifest';
import { seedProductionLotsDemo } from '../../plugins/production-lots/seed';
import { purchasingArea } from '../../plugins/purchasing/api/openapi-area';
import { purchasingPlugin } from '../../plugins/purchasing/manifest';
import { seedPurchasingDemo } from '../../plugins/purchasing/seed';
import type { ApiArea } from '../api-docs/types';
import type { Db } from '../db/client';
import type { PluginManifest } from './manifest';
import type { ScanTargetProvider } from './scan-targets';

export const installedPlugins: PluginManifest[] = [productionLotsPlugin, purchasingPlugin];

/** What plugins add to the published API description (extension point "API areas"). */
export const installedApiAreas: ApiArea[] = [productionLotsArea, purchasingArea];

/** What plugins offer scanning's production logging as runs (extension point "scan targets"). */
export const installedScanTargets: ScanTargetProvider[] = [productionLotsScanTargets];

/** Each plugin's demo data, run in this order after core's demo seeds (extension point "seed"). */
export const installedSeeds: { pluginId: string; seedDemo: (db: Db) => Promise<void> }[] = [
  { pluginId: productionLotsPlugin.id, seedDemo: seedProductionLotsDemo },
  { pluginId: purchasingPlugin.id, seedDemo: seedPurchasingDemo },
];
