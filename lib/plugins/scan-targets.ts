// Extension point "scan targets": production runs a plugin offers to scanning's
// production logging (the production-lots plugin's lots). Core scanning asks
// the registry for the providers the actor may use and never names a plugin.
import type { SqlClient } from '../db/transaction';
import type { Actor } from '../roles/actor';

type Queryable = Pick<SqlClient, 'query'>;

/** A run a scan session consumes against; its posting reference is `{kind, number}`. */
export interface PluginScanTarget {
  kind: string;
  id: number;
  number: string;
  label: string;
}

/** One run as the production picker lists it. */
export interface ScanTargetChoice {
  number: string;
  /** The picker group it sits in (e.g. its product). */
  group: string;
  /** What the option says. */
  label: string;
  /** What the session shows as its target once chosen. */
  target: string;
  /** Further words the filter matches. */
  search: string;
}

export interface ScanTargetProvider {
  pluginId: string;
  /** Held by the actor when the provider is enabled for them (a disabled plugin's permissions are gone). */
  permission: string;
  /** Active runs in the actor's scope, for the picker. */
  listActive(actor: Actor): Promise<ScanTargetChoice[]>;
  /** The active run with this number in the actor's scope, or null when the provider has none. */
  resolve(client: Queryable, actor: Actor, number: string): Promise<PluginScanTarget | null>;
  /** Called in the committing transaction after materials were consumed against the run. */
  onConsumed(client: Queryable, target: PluginScanTarget): Promise<void>;
}
