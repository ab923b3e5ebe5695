// Work orders for serial-tracked products: open one (its serial numbers are
// made at once), list them, read one with progress per stage. The request
// schema comes from createWorkOrder's own zod schema.
import { createWorkOrderSchema, listWorkOrdersSchema } from '../../serials/work-order-schemas';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

// Fail the unit test, not a client, when the API's request fields drift from the operation's.
export const WORK_ORDER_REQUEST_FIELDS = createWorkOrderSchema.pick({ product: true, quantity: true, team: true, dueAt: true, note: true });

function createRequest(): JsonSchema {
  const json = schemaOf(WORK_ORDER_REQUEST_FIELDS) as { properties: Record<string, JsonSchema> };
  const p = json.properties;
  p.product = { ...p.product, description: 'SKU of an active serial-tracked product with stages.' };
  p.quantity = { ...p.quantity, description: 'How many units, so how many serial numbers are made.' };
  p.team = {
    oneOf: [{ type: 'string', maxLength: 100 }, { type: 'integer' }, { type: 'null' }],
    description: "The team doing the work: its id, or its name in the token user's department (an Admin may name another department's team when only one department has that name). The order belongs to the team's department; without a team, to the token user's.",
  };
  p.dueAt = { ...p.dueAt, description: 'A day (`2026-04-30`, midnight UTC) or a moment with its zone.' };
  return { description: 'Open a work order.', ...json };
}

const counts = {
  type: 'object',
  required: ['inProduction', 'inStock', 'delivered', 'scrapped'],
  properties: { inProduction: { type: 'integer' }, inStock: { type: 'integer' }, delivered: { type: 'integer' }, scrapped: { type: 'integer' } },
  description: 'Its serials per status.',
};
const summaryFields = {
  number: { type: 'string', description: 'e.g. WO-000123.' },
  product: { type: 'string', description: 'SKU.' },
  productName: { type: 'string' },
  quantity: { type: 'integer' },
  dueAt: { type: ['string', 'null'], format: 'date-time' },
  department: { type: 'string' },
  team: { type: ['string', 'null'] },
  status: { type: 'string', enum: ['open', 'in_progress', 'completed', 'cancelled'] },
  createdAt: { type: 'string', format: 'date-time' },
  counts,
};
const objectOf = (properties: Record<string, unknown>, description: string): JsonSchema => ({ type: 'object', description, required: Object.keys(properties), properties });
const serial = objectOf(
  {
    serial: { type: 'string' },
    status: { type: 'string', enum: ['in_production', 'in_stock', 'delivered', 'scrapped'] },
    stage: { type: ['string', 'null'] },
    iterationCount: { type: 'integer', description: 'Times reworked.' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  'A serial of the order.',
);

export const workOrdersArea: ApiArea = {
  tag: {
    name: 'Work orders',
    description:
      'Production orders for serial-tracked products. Opening one makes its serial numbers from the product\'s pattern, each In Production at the first stage. Visible: Admins all; Department Leads their department\'s; Team Leads their team\'s; Members the orders naming them, and their team\'s orders that name nobody.',
  },
  schemas: {
    CreateWorkOrderRequest: createRequest(),
    CreatedWorkOrder: objectOf({ number: summaryFields.number, serials: { type: 'array', items: { type: 'string' }, description: 'The serial numbers made, in order.' } }, 'The new work order.'),
    WorkOrderSummary: objectOf(summaryFields, 'A work order in the list.'),
    WorkOrder: objectOf(
      {
        ...summaryFields,
        note: { type: ['string', 'null'] },
        createdBy: { type: 'string' },
        assignees: { type: 'array', items: objectOf({ id: { type: 'integer' }, name: { type: 'string' } }, 'A person named on the order.') },
        stages: {
          type: 'array',
          description: "Progress: the product's stages in order, with how many of the order's serials are in production at each.",
          items: objectOf({ name: { type: 'string' }, optional: { type: 'boolean' }, inProduction: { type: 'integer' } }, 'A stage.'),
        },
        inProductionWithoutStage: { type: 'integer', description: 'Serials in production at no stage of the product (normally 0).' },
        serials: pageOf(serial),
        materials: {
          type: 'array',
          description: 'Materials consumed against the order (scanned or posted), less reversals, valued at the cost of the batches FIFO took.',
          items: objectOf({ sku: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, quantity: { type: 'string' }, value: { type: 'string' } }, 'A material used.'),
        },
        materialCost: { type: 'string', description: 'Sum of the materials\' value, to the cent.' },
      },
      'A work order with progress per stage, a page of its serials and the materials used.',
    ),
  },
  paths: {
    '/work-orders': {
      get: {
        operationId: 'listWorkOrders',
        summary: 'Work orders, newest first',
        parameters: [
          ...queryParameters(listWorkOrdersSchema, { status: 'Only orders in this status; `active` is open and in progress.', product: 'Only orders for this SKU.' }),
          ref.parameter('Limit'),
          ref.parameter('Cursor'),
        ],
        responses: { '200': jsonResponse('A page of work orders.', pageOf(ref.schema('WorkOrderSummary'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'createWorkOrder',
        summary: 'Open a work order and make its serial numbers',
        description: [
          'Admins and Department Leads (the work order permission). A Department Lead names a team of their own department. Up to 10,000 units in one order.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first order (header `Idempotent-Replayed: true`); the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('CreateWorkOrderRequest')),
        responses: {
          '201': jsonResponse('Opened.', ref.schema('CreatedWorkOrder')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('CreatedWorkOrder')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/work-orders/{number}': {
      get: {
        operationId: 'getWorkOrder',
        summary: 'One work order with progress per stage and its serials',
        description: '`limit` (default 200) and `cursor` page the serial list (`serials.nextCursor`).',
        parameters: [pathParameter('number', 'The work order number, e.g. WO-000123.'), ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('The work order.', ref.schema('WorkOrder')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput') },
      },
    },
  },
};
