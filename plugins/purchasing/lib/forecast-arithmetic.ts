// The forecast's arithmetic, pure: what to procure for a component given what
// is needed, what is in stock, what other lots hold and what is on its way, and
// how much of that a new draft order should ask for.
import { type Qty } from '../../../lib/inventory/quantity';

export interface ForecastInputs {
  required: Qty;
  onHand: Qty;
  allocatedElsewhere: Qty;
  onOrder: Qty;
}

/** shortfall = max(0, required − (onHand − allocatedElsewhere + onOrder)). */
export function shortfallOf(f: ForecastInputs): Qty {
  const s = f.required - (f.onHand - f.allocatedElsewhere + f.onOrder);
  return s > 0n ? s : 0n;
}


/** What a new draft order should ask for: the shortfall less what draft orders (not yet placed) already hold. */
export function stillToDraft(shortfall: Qty, onDraft: Qty): Qty {
  const s = shortfall - onDraft;
  return s > 0n ? s : 0n;
}
