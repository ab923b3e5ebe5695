// The Adjust form as the domain's adjustment input (lib/serials/adjust-product-stock.ts),
// and what the page keeps of the result.
import type { ProductAdjustment } from '@/lib/serials/adjust-product-stock';
import { chosenSerials } from './serial-selection';

export interface AdjustDone {
  direction: 'add' | 'subtract';
  serials: string[];
  replayed: boolean;
}

const text = (formData: FormData, field: string) => {
  const v = formData.get(field);
  return typeof v === 'string' ? v : undefined;
};

/** Add sends a quantity and a storage unit; Subtract the ticked serials plus those typed in the text box. */
export function adjustInput(formData: FormData): Record<string, unknown> {
  const common = { direction: text(formData, 'direction'), sku: text(formData, 'sku'), note: text(formData, 'note') };
  if (common.direction === 'subtract') return { ...common, serials: chosenSerials(formData, ['serials', 'serialsText']) };
  return { ...common, quantity: text(formData, 'quantity'), location: text(formData, 'location') };
}

export function adjustDone(direction: string, r: ProductAdjustment): { message: string; done: AdjustDone } {
  const add = direction === 'add';
  const n = r.serials.length;
  const what = `${n} ${n === 1 ? 'unit' : 'units'}`;
  return {
    message: `${r.replayed ? 'Already done: ' : ''}${add ? `Added ${what} to stock.` : `Took ${what} out of stock.`}`,
    done: { direction: add ? 'add' : 'subtract', serials: r.serials, replayed: r.replayed },
  };
}
