// Rules an item's fields must meet against other records: its kind and unit
// exist, its low-stock threshold fits the unit, its barcode scans to it alone.
import type { Prisma } from '../db/generated/client';
import { DomainError, invalid } from '../errors';

type Tx = Pick<Prisma.TransactionClient, 'itemKind' | 'unitOfMeasure' | 'item'>;

export async function checkKindAndUnit(tx: Tx, kindCode: string, unitCode: string): Promise<{ decimals: number }> {
  const [kind, unit] = await Promise.all([tx.itemKind.findUnique({ where: { code: kindCode } }), tx.unitOfMeasure.findUnique({ where: { code: unitCode } })]);
  const errors: Record<string, string> = {};
  if (!kind) errors.kindCode = 'Choose an existing kind.';
  if (!unit) errors.unitCode = 'Choose an existing unit.';
  if (!kind || !unit) throw new DomainError('INVALID_INPUT', Object.values(errors).length > 1 ? 'Check the highlighted fields.' : Object.values(errors)[0], errors);
  return { decimals: unit.decimals };
}

/** A threshold of 2.5 makes no sense for an item counted in whole pieces. */
export function checkThreshold(threshold: string | null, decimals: number): void {
  if (threshold === null) return;
  const fraction = (threshold.split('.')[1] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) {
    throw invalid('lowStockThreshold', decimals === 0 ? 'Enter a whole number: the unit has no decimal places.' : `Use at most ${decimals} decimal place${decimals === 1 ? '' : 's'}, as the unit does.`);
  }
}

/** A scan must find one item; scanners may change letter case, so compare without it. */
export async function checkBarcodeFree(tx: Tx, barcode: string, itemId: number | null): Promise<void> {
  const other = await tx.item.findFirst({
    where: { OR: [{ barcode: { equals: barcode, mode: 'insensitive' } }, { barcode: null, sku: barcode }], ...(itemId ? { NOT: { id: itemId } } : {}) },
    select: { sku: true },
  });
  if (other) throw new DomainError('CONFLICT', `Item ${other.sku} already uses this barcode.`, { barcode: `Item ${other.sku} already uses this barcode.` });
}
