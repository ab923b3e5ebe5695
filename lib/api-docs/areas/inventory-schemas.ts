// Schemas of the inventory area: movement requests derived from the posting
// operations' own zod schemas (one per `type`), and the answers' shapes.
import { z } from 'zod';
import { adjustStockSchema } from '../../inventory/movements/adjust-stock';
import { changeStatusSchema } from '../../inventory/movements/change-status';
import { issueStockSchema } from '../../inventory/movements/issue-stock';
import { receiveStockSchema } from '../../inventory/movements/receive-stock';
import { reversePostingSchema } from '../../inventory/movements/reverse-posting';
import { setQuantitySchema } from '../../inventory/movements/set-quantity';
import { transferStockSchema } from '../../inventory/movements/transfer-stock';
import type { EntryType } from '../../inventory/posting/types';
import { ref, schemaOf } from '../common';
import type { JsonSchema } from '../types';

// The idempotency key travels in the header; expectedAvailable is the screens' stale-preview guard.
function bodyFieldsOf(schema: z.ZodObject): z.ZodObject {
  const { idempotencyKey: _key, expectedAvailable: _guard, ...shape } = schema.shape;
  return z.object(shape);
}

const QUANTITY = 'A JSON number or decimal string ("25", "1.5") with at most the decimal places of the item\'s unit, no exponent; above zero (set_quantity: zero or more).';

function movement(type: string, description: string, schema: z.ZodObject, extra: JsonSchema = {}): JsonSchema {
  const json = schemaOf(z.object({ type: z.literal(type) }).extend(schema.shape)) as { properties: Record<string, JsonSchema>; required?: string[] };
  json.properties.quantity = { ...json.properties.quantity, description: QUANTITY };
  return { description, ...json, ...extra };
}

const { direction: _d, location: _l, ...adjustFields } = bodyFieldsOf(adjustStockSchema).shape;
const adjustAt = (side: 'to' | 'from') => z.object({ ...adjustFields, [side]: adjustStockSchema.shape.location.optional(), location: adjustStockSchema.shape.location.optional() });
const eitherOf = (side: string) => ({ anyOf: [{ required: [side] }, { required: ['location'] }] });

/** Component name per movement type; the keys are the values of `type`. */
export const MOVEMENT_REQUESTS: Record<string, JsonSchema> = {
  receipt: movement('receipt', 'Receive units into a storage unit as a new batch.', bodyFieldsOf(receiveStockSchema)),
  transfer: movement('transfer', 'Move units between two storage units, first-in first-out; they keep their batch.', bodyFieldsOf(transferStockSchema)),
  adjust_up: movement('adjust_up', 'Add found units as a new batch; the storage unit is `to` (or `location`). Needs a reason.', adjustAt('to'), eitherOf('to')),
  adjust_down: movement('adjust_down', 'Remove units first-in first-out, never below zero; the storage unit is `from` (or `location`). Needs a reason.', adjustAt('from'), eitherOf('from')),
  set_quantity: movement('set_quantity', 'Book a counted quantity (zero or more): the difference to the own available stock becomes one adjustment.', bodyFieldsOf(setQuantitySchema)),
  consume: movement('consume', 'Issue units to a job, production lot or repair (the `reference`), first-in first-out.', bodyFieldsOf(issueStockSchema)),
  ship: movement('ship', 'Ship units against a sales order (the `reference`), first-in first-out.', bodyFieldsOf(issueStockSchema)),
  status_change: movement('status_change', 'Put units on hold, reject or release them where they are.', bodyFieldsOf(changeStatusSchema)),
};

const componentName = (type: string) => `${type.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}Movement`;

const ENTRY_TYPES = ['RECEIPT', 'PRODUCTION_OUTPUT', 'SHIPMENT', 'CONSUMPTION', 'ADJUST_UP', 'ADJUST_DOWN', 'TRANSFER_OUT', 'TRANSFER_IN', 'STATUS_CHANGE', 'REVERSAL'] as const satisfies readonly EntryType[];
// Fails to compile when the ledger gains an entry type the docs do not list.
const _everyEntryType: [Exclude<EntryType, (typeof ENTRY_TYPES)[number]>] extends [never] ? true : false = true;

const STATUSES = ['available', 'on_hold', 'rejected'];
const qty = (description: string) => ({ type: 'string', description, examples: ['25', '-3', '1.50'] });
const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const objectOf = (properties: Record<string, unknown>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
});

export const inventorySchemas: Record<string, JsonSchema> = {
  ...Object.fromEntries(Object.entries(MOVEMENT_REQUESTS).map(([type, schema]) => [componentName(type), schema])),
  MovementRequest: {
    description: 'A stock movement; `type` decides which other fields apply.',
    oneOf: Object.keys(MOVEMENT_REQUESTS).map((type) => ref.schema(componentName(type))),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(Object.keys(MOVEMENT_REQUESTS).map((type) => [type, `#/components/schemas/${componentName(type)}`])) },
  },
  ReverseMovementRequest: schemaOf(reversePostingSchema.pick({ reason: true })),
  PostedEntry: objectOf({
    entryType: { type: 'string', enum: [...ENTRY_TYPES] },
    sku: text,
    location: { type: 'string', description: 'Storage unit code.' },
    batch: { type: 'string', description: 'Batch number ("#0007"), or "unreceived" for stock issued before its receipt where the site allows negative stock.' },
    status: { type: 'string', enum: STATUSES },
    quantity: qty('Signed change, in the unit\'s decimal places.'),
    balanceBefore: qty('This batch at this storage unit in this status, before.'),
    balanceAfter: qty('... and after.'),
  }),
  Posting: objectOf(
    { groupId: { type: 'string', format: 'uuid', description: 'The posting group; reverse it with POST /movements/{groupId}/reverse.' }, entries: { type: 'array', items: ref.schema('PostedEntry') } },
    'A posted movement: one group of ledger entries, applied together.',
  ),
  InventoryRow: objectOf({
    sku: text,
    name: text,
    location: { type: ['string', 'null'], description: 'Storage unit code with groupBy=location; null with groupBy=item.' },
    quantity: qty('Own stock on hand, every status.'),
    available: qty('Own stock in status available.'),
    customerOwned: qty('Consignment stock held for customers (not in quantity or value).'),
    unit: { type: 'string', description: 'Unit code, e.g. pcs, m, kg.' },
    value: { type: 'string', description: 'Own stock at batch cost (standard cost where a batch has none), 2 decimals.', examples: ['28.50'] },
  }),
  Lot: objectOf({
    location: text,
    batch: text,
    status: { type: 'string', enum: STATUSES },
    quantity: qty('On hand (0 only with includeEmpty=true).'),
    supplier: nullableText,
    supplierLot: nullableText,
    receivedAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: ['string', 'null'], format: 'date-time' },
    unitCost: { type: ['string', 'null'], description: 'Batch cost per unit, 6 decimals; null when none was given.' },
    owner: { type: ['string', 'null'], description: 'Customer code for consignment stock; null for own stock.' },
  }),
  MovementEntry: objectOf({
    id: { type: 'string', description: 'Ledger entry id.' },
    groupId: { type: 'string', format: 'uuid' },
    postedAt: { type: 'string', format: 'date-time' },
    kind: { type: 'string', description: 'The movement: a POST /movements `type`, or reversal.' },
    entryType: { type: 'string', enum: [...ENTRY_TYPES] },
    sku: text,
    location: text,
    batch: text,
    status: { type: 'string', enum: STATUSES },
    quantity: qty('Signed change.'),
    balanceBefore: qty('Batch at the storage unit in this status, before.'),
    balanceAfter: qty('... and after.'),
    user: { type: 'string', description: 'Name of the user who posted it.' },
    reason: nullableText,
    note: nullableText,
    reference: { type: ['string', 'null'], description: 'Reference kind and number, e.g. "sales_order SO-3".' },
    reversed: { type: 'boolean', description: 'Whether the posting has been reversed.' },
  }),
};
