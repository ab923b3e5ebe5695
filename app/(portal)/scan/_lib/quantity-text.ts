// Quantities as the scan screen keeps them: the text a person typed or a scan
// carried ("25", "2.5"), added up exactly when the same item is scanned again.

const QUANTITY = /^\d{1,14}(\.\d{1,6})?$/;

export const isQuantityText = (text: string): boolean => QUANTITY.test(text.trim());

/** The sum of two quantities as text, exact to 6 decimals; null when either is not a plain quantity. */
export function addQuantities(a: string, b: string): string | null {
  if (!isQuantityText(a) || !isQuantityText(b)) return null;
  const scaled = (t: string) => {
    const [whole, fraction = ''] = t.trim().split('.');
    return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
  };
  const sum = scaled(a) + scaled(b);
  const whole = sum / 1_000_000n;
  const fraction = (sum % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
