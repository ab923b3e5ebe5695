// The default low-stock threshold inside a SQL statement, so a query reads the
// setting where it uses it: an uncorrelated sub-select, evaluated once per query.
import { sql } from '../db/sql';
import { LOW_STOCK_PATTERN, SETTING_DEFAULTS } from './setting-definitions';

const KEY = 'inventory.lowStockDefault';

/** numeric: the stored value when it is a valid threshold, else the code default. */
export const lowStockDefaultSql = sql`coalesce((SELECT CASE WHEN s.value #>> '{}' ~ ${LOW_STOCK_PATTERN} THEN (s.value #>> '{}')::numeric END
    FROM "Setting" s WHERE s.key = ${KEY}), ${SETTING_DEFAULTS[KEY]}::numeric)`;
