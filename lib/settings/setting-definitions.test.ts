import { describe, expect, it } from 'vitest';
import { normaliseDecimal, SETTING_DEFAULTS, settingsInputSchema } from './setting-definitions';

describe('settings definitions', () => {
  it('stores one spelling of a decimal', () => {
    expect(['10', '010', '10.0', '10.50', '0', '0.000', '0.25'].map(normaliseDecimal)).toEqual(['10', '10', '10', '10.5', '0', '0', '0.25']);
  });

  it('defaults the low-stock threshold to 10 and takes only non-negative decimals', () => {
    expect(SETTING_DEFAULTS['inventory.lowStockDefault']).toBe('10');
    expect(settingsInputSchema.parse({ 'inventory.lowStockDefault': ' 2.50 ' })).toEqual({ 'inventory.lowStockDefault': '2.5' });
    expect(settingsInputSchema.parse({ 'inventory.lowStockDefault': 25 })).toEqual({ 'inventory.lowStockDefault': '25' });
    for (const bad of ['', '-1', 'ten', '1e3', '1.1234567', '123456789012345']) {
      expect(settingsInputSchema.safeParse({ 'inventory.lowStockDefault': bad }).success, bad).toBe(false);
    }
  });
});

describe('label format settings', () => {
  it('default every kind of label to the 62 × 29 mm roll and take only known formats', () => {
    for (const kind of ['item', 'location', 'lot', 'serial'] as const) expect(SETTING_DEFAULTS[`labels.defaultFormat.${kind}`]).toBe('roll-62x29');
    expect(settingsInputSchema.parse({ 'labels.defaultFormat.location': 'a4-3x8' })).toEqual({ 'labels.defaultFormat.location': 'a4-3x8' });
    for (const bad of ['', 'A4', 'roll-100x50', 3]) expect(settingsInputSchema.safeParse({ 'labels.defaultFormat.item': bad }).success, String(bad)).toBe(false);
  });
});
