// New serial numbers for a product, inside the caller's transaction: the
// product's pattern (or the default) rendered for this year, numbered from the
// counter of that rendered text. Used by work orders and by stock added by hand.
import type { SqlClient } from '../db/transaction';
import { invalid } from '../errors';
import { renderPattern, SERIAL_MAX, serialsOf } from './serial-pattern';
import { nextSequenceValues } from './sequence';

export async function allocateSerials(client: Pick<SqlClient, 'query'>, product: { sku: string; serialPattern: string | null }, count: number, at = new Date()): Promise<string[]> {
  const rendered = renderPattern(product.serialPattern, product.sku, at);
  const { first } = await nextSequenceValues(client, rendered.sequenceName, count);
  const serials = serialsOf(rendered, first, count);
  if (serials[serials.length - 1].length > SERIAL_MAX) throw invalid('product', `Serial numbers of ${product.sku} would be longer than ${SERIAL_MAX} characters; shorten its serial pattern.`);
  return serials;
}
