// The one list of installed plugins: the only file outside plugins/ and the
// mount points under app/ that names a plugin. Core code asks the registry
// (./registry.ts), which reads this list.
import { productionLotsArea } from '../../plugins/production-lots/api/openapi-area';
import { productionLotsScanTargets } from '../../plugins/production-lots/lib/scan-targets';
import { productionLotsPlugin } from '../../plugins/production-lots/manifest';
import { purchasingArea } from '../../plugins/purchasing/api/openapi-area';
import { purchasingPlugin } from '../../plugins/purchasing/manifest';
import type { ApiArea } from '../api-docs/types';
import type { PluginManifest } from './manifest';
import type { ScanTargetProvider } from './scan-targets';

export const installedPlugins: PluginManifest[] = [productionLotsPlugin, purchasingPlugin];

/** What plugins add to the published API description (extension point "API areas"). */
export const installedApiAreas: ApiArea[] = [productionLotsArea, purchasingArea];

/** What plugins offer scanning's production logging as runs (extension point "scan targets"). */
export const installedScanTargets: ScanTargetProvider[] = [productionLotsScanTargets];
