// Installation-wide settings an Admin edits (stored in "Setting", key -> JSON):
// each key's default lives here in code, with the schema a value must pass.
import { z } from 'zod';
import { decimalText } from '../form-fields';
import { labelFormatSchema, type LabelFormatId } from '../labels/label-formats';

/** "010.50" and "10.5" are one threshold: one spelling is stored, so "unchanged" means unchanged. */
export function normaliseDecimal(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

// The bounds of an item's own threshold (DECIMAL(18,6)), so the default fits wherever a threshold does.
const LOW_STOCK_MESSAGE = 'Enter a quantity of 0 or more, such as 10 or 2.5 (at most 6 decimal places).';
/** The same rule for SQL reading the stored text (lowStockDefaultSql). */
export const LOW_STOCK_PATTERN = '^\\d{1,14}(\\.\\d{1,6})?$';

export const SETTINGS = {
  /** What "low stock" means for an item without its own threshold. */
  'inventory.lowStockDefault': { default: '10', schema: decimalText(14, 6, LOW_STOCK_MESSAGE).transform(normaliseDecimal) },
  /** The label stock each kind of label prints on unless a print asks for another (lib/labels/label-formats.ts). */
  'labels.defaultFormat.item': { default: 'roll-62x29' as LabelFormatId, schema: labelFormatSchema },
  'labels.defaultFormat.location': { default: 'roll-62x29' as LabelFormatId, schema: labelFormatSchema },
  'labels.defaultFormat.lot': { default: 'roll-62x29' as LabelFormatId, schema: labelFormatSchema },
  'labels.defaultFormat.serial': { default: 'roll-62x29' as LabelFormatId, schema: labelFormatSchema },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };
export const SETTING_DEFAULTS = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default])) as Settings;

/** What updateSettings takes: any of the settings by key, each checked; absent keys stay as they are. */
export const settingsInputSchema = z.object({
  'inventory.lowStockDefault': SETTINGS['inventory.lowStockDefault'].schema.optional(),
  'labels.defaultFormat.item': SETTINGS['labels.defaultFormat.item'].schema.optional(),
  'labels.defaultFormat.location': SETTINGS['labels.defaultFormat.location'].schema.optional(),
  'labels.defaultFormat.lot': SETTINGS['labels.defaultFormat.lot'].schema.optional(),
  'labels.defaultFormat.serial': SETTINGS['labels.defaultFormat.serial'].schema.optional(),
} satisfies Record<SettingKey, z.ZodType>);
