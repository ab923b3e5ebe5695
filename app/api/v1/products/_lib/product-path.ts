// A path segment that cannot name a product (blank, longer than a SKU) names
// none: 404, rather than a 422 on a field the client never sent.
import { DomainError } from '@/lib/errors';

const SKU_MAX = 64;

export function productSkuOf(segment: string): string {
  if (!segment.trim() || segment.length > SKU_MAX) throw new DomainError('NOT_FOUND', `Product ${segment.trim().slice(0, SKU_MAX)} was not found.`);
  return segment;
}
