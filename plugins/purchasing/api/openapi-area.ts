// The plugin's part of /api/v1/openapi.json. lib/api-docs cannot import a
// plugin, so this area is published once core lists plugin areas (see the report).
import { errorResponses, jsonBody, jsonResponse, pathParameter, ref } from '@/lib/api-docs/common';
import type { ApiArea, JsonSchema } from '@/lib/api-docs/types';
import { PO_STATUSES_API } from '../lib/purchase-order-schemas';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };
const objectOf = (properties: Record<string, unknown>, description: string, optional: string[] = []): JsonSchema => ({
  type: 'object',
  description,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const quantity = { type: ['string', 'number'], description: "Decimal, within the item's unit's decimal places (e.g. `\"25\"`)." };
const text = { type: 'string' };
const day = { type: ['string', 'null'], description: 'A day, `2026-04-30`.' };

export const purchasingArea: ApiArea = {
  tag: {
    name: 'Purchasing',
    description:
      'Plugin "purchasing": purchase orders from suppliers (partners of kind supplier) and the purchasing forecast of production lots. Orders belong to the department of who created them: Admins see all, others their department\'s. Answers 404 while the plugin is switched off.',
  },
  schemas: {
    CreatePurchaseOrderRequest: objectOf(
      {
        supplier: { type: 'string', description: "An active supplier's code." },
        lines: {
          type: 'array',
          minItems: 1,
          maxItems: 200,
          items: objectOf({ sku: text, quantity, unitPrice: { type: ['string', 'number'], description: 'Up to 6 decimals, e.g. `"0.42"`.' }, expectedAt: day }, 'One line per item.', ['expectedAt']),
        },
        status: { type: 'string', enum: ['draft', 'placed'], default: 'placed' },
        note: { type: ['string', 'null'], maxLength: 500 },
      },
      'Order from a supplier.',
      ['status', 'note'],
    ),
    CreatedPurchaseOrder: objectOf({ number: { type: 'string', description: 'e.g. PO-000123.' } }, 'The new order.'),
    PurchaseOrder: objectOf(
      {
        number: text,
        supplier: text,
        status: { type: 'string', enum: [...PO_STATUSES_API] },
        note: { type: ['string', 'null'] },
        createdAt: { type: 'string', format: 'date-time' },
        placedAt: { type: ['string', 'null'], format: 'date-time' },
        lines: { type: 'array', items: objectOf({ sku: text, quantity: text, received: text, open: text, unitPrice: text, expectedAt: day }, 'An order line.') },
      },
      'A purchase order.',
    ),
    ReceivePurchaseOrderRequest: objectOf(
      { lines: { type: 'array', minItems: 1, maxItems: 200, items: objectOf({ sku: text, quantity, location: { type: 'string', description: 'Storage unit code.' } }, 'What arrived of a line and where it goes.') } },
      'All lines are received or none; more than a line still expects is refused on that line (`lines.N.quantity`).',
    ),
    PurchaseOrderReceipt: objectOf(
      { number: text, status: { type: 'string', enum: ['partially_received', 'received'] }, groupId: { type: 'string', format: 'uuid' }, entries: { type: 'array', items: { type: 'object' } } },
      'The receipt posted (one posting group naming the order; each line a new batch with the supplier and the unit price).',
    ),
    LotForecast: objectOf(
      {
        data: {
          type: 'array',
          items: objectOf(
            {
              sku: text,
              required: { type: 'string', description: 'Planned lot: quantity per × lot quantity; released or in progress: its allocation less what it consumed.' },
              onHand: { type: 'string', description: 'Available stock at all sites: not on hold or rejected, not customer-owned, before allocations.' },
              allocatedElsewhere: { type: 'string', description: "What other released and in-progress lots still hold (allocation less consumption)." },
              onOrder: { type: 'string', description: 'Ordered less received on placed and partially received purchase orders.' },
              expectedAt: day,
              shortfall: { type: 'string', description: 'max(0, required − (onHand − allocatedElsewhere + onOrder)).' },
            },
            'A component of the lot.',
          ),
        },
      },
      "The lot's forecast, one row per BOM component.",
    ),
  },
  paths: {
    '/purchase-orders': {
      post: {
        operationId: 'createPurchaseOrder',
        summary: 'Order from a supplier',
        description: [
          'Holders of `purchasing.manage` (Admins and Department Leads by default). Placed unless `status: "draft"`. Refusals name each line as `lines.N.field`.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first order (header `Idempotent-Replayed: true`); the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('CreatePurchaseOrderRequest')),
        responses: {
          '201': jsonResponse('Created.', ref.schema('CreatedPurchaseOrder')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('CreatedPurchaseOrder')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/purchase-orders/{number}': {
      get: {
        operationId: 'getPurchaseOrder',
        summary: 'One purchase order with its lines ordered, received and open',
        parameters: [pathParameter('number', 'The order number, e.g. PO-000123.')],
        responses: { '200': jsonResponse('The order.', ref.schema('PurchaseOrder')), ...errorResponses('Unauthorized', 'NotFound') },
      },
    },
    '/purchase-orders/{number}/receive': {
      post: {
        operationId: 'receivePurchaseOrder',
        summary: 'Receive a placed purchase order, all lines or none',
        description: 'Holders of `purchasing.receive` (Admins, Department Leads and Team Leads by default). An order that is not placed or partially received is 409. Honours `Idempotency-Key`.',
        parameters: [pathParameter('number', 'The order number.'), ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('ReceivePurchaseOrderRequest')),
        responses: {
          '201': jsonResponse('Received.', ref.schema('PurchaseOrderReceipt')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('PurchaseOrderReceipt')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/production-lots/{number}/forecast': {
      get: {
        operationId: 'getProductionLotForecast',
        summary: "A production lot's purchasing forecast per component",
        description: 'Holders of `purchasing.view`; the lot must be one the token user sees (its department, or any for Admins).',
        parameters: [pathParameter('number', 'The lot number, e.g. LOT-000123.')],
        responses: { '200': jsonResponse('The forecast.', ref.schema('LotForecast')), ...errorResponses('Unauthorized', 'NotFound') },
      },
    },
  },
};
