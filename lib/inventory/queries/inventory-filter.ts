// The filters of the inventory views, shared by the screens, the API and the
// CSV export (an export is exactly the view it was started from).
import { z } from 'zod';
import { optionalDate } from '../movement-input';

const optionalText = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max).optional());

export const inventoryFilterSchema = z.object({
  groupBy: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.enum(['item', 'location'], { message: 'groupBy is item or location.' }).default('item')),
  sku: optionalText(64),
  location: optionalText(64),
  site: optionalText(64),
  kind: optionalText(40),
  status: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.enum(['available', 'on_hold', 'rejected'], { message: 'status is available, on_hold or rejected.' }).optional()),
  search: optionalText(100),
  lowStock: z.preprocess((v) => v === 'true' || v === true || v === '1' || v === 'on', z.boolean()).default(false),
  asOf: optionalDate,
});

export type InventoryFilter = z.infer<typeof inventoryFilterSchema>;
