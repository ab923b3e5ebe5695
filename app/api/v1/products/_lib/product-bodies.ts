// The body of POST /products/{sku}/adjust: the adjustment's own fields, minus
// what the URL and a header carry (the SKU, the Idempotency-Key).
import { z } from 'zod';
import { adjustProductSchema } from '@/lib/serials/adjust-product-stock';

const [add, subtract] = adjustProductSchema.options;
const fromPathAndHeader = { sku: true, idempotencyKey: true } as const;

export const adjustProductBody = z.discriminatedUnion('direction', [add.omit(fromPathAndHeader), subtract.omit(fromPathAndHeader)], {
  error: () => 'Choose Add or Subtract.',
});
