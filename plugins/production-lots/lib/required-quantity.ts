// How much of a component a lot needs: quantity per unit × lot quantity, rounded
// up to the component's unit (half a metre of wire per board is still a metre
// for three boards if the unit counts whole metres). Pure: exact bigint millionths.
import { SCALE, type Qty } from '../../../lib/inventory/quantity';

const ONE = 10n ** BigInt(SCALE);

export function requiredQuantity(quantityPer: Qty, lotQuantity: Qty, decimals: number): Qty {
  const exact = quantityPer * lotQuantity; // millionths²
  const step = ONE * 10n ** BigInt(SCALE - Math.min(Math.max(decimals, 0), SCALE)); // one unit step, in millionths²
  const steps = (exact + step - 1n) / step;
  return (steps * step) / ONE;
}

/** What is still to issue: allocated less consumed, never below zero. */
export const stillToIssue = (allocated: Qty, consumed: Qty): Qty => (allocated > consumed ? allocated - consumed : 0n);
