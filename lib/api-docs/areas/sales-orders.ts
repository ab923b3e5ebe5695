// Sales orders and partners (customers): as much of sales as the floor needs to
// log deliveries against. Request schemas come from the operations' own zod schemas.
import { createPartnerSchema, listPartnersSchema } from '../../sales/partner-schemas';
import { createSalesOrderSchema, listSalesOrdersSchema } from '../../sales/sales-order-schemas';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

// Fail the unit test, not a client, when the API's request fields drift from the operation's.
export const SALES_ORDER_REQUEST_FIELDS = createSalesOrderSchema.pick({ partner: true, expectedAt: true, lines: true, note: true, departmentId: true });

function createRequest(): JsonSchema {
  const json = schemaOf(SALES_ORDER_REQUEST_FIELDS) as { properties: Record<string, JsonSchema> };
  const p = json.properties;
  p.partner = { ...p.partner, description: 'Code of an active customer.' };
  p.expectedAt = {
    oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }, { type: 'null' }],
    description: 'When the customer expects it: a day (`2026-04-30`, midnight UTC) or a moment with its zone. Only orders with one are offered for scanning.',
  };
  p.lines = {
    type: 'array',
    minItems: 1,
    maxItems: 200,
    description: "One line per item (a repeated SKU is refused on `lines.N.sku`). Errors name the line: `lines.1.quantity` is the second line's quantity.",
    items: {
      type: 'object',
      required: ['sku', 'quantity'],
      properties: {
        sku: { type: 'string', maxLength: 64, description: 'An active item.' },
        quantity: { oneOf: [{ type: 'string' }, { type: 'number' }], description: "Above zero, with at most the item unit's decimal places (`\"2.5\"` for metres, whole numbers for pieces)." },
      },
    },
  };
  p.departmentId = { ...p.departmentId, description: "Admins only: the department that ships the order. Default: the token user's." };
  return { description: 'Open a sales order.', ...json };
}

const objectOf = (properties: Record<string, unknown>, description: string): JsonSchema => ({ type: 'object', description, required: Object.keys(properties), properties });
const partnerRef = objectOf({ code: { type: 'string' }, name: { type: 'string' } }, 'The customer.');
const partner = objectOf(
  { code: { type: 'string', description: 'Upper-case, e.g. ACME-01.' }, name: { type: 'string' }, kind: { type: 'string', enum: ['customer', 'supplier'] }, active: { type: 'boolean' } },
  'A customer or supplier.',
);
const summaryFields = {
  number: { type: 'string', description: 'e.g. SO-000123.' },
  partner: partnerRef,
  status: { type: 'string', enum: ['open', 'completed', 'cancelled'] },
  expectedAt: { type: ['string', 'null'], format: 'date-time' },
  department: { type: 'string', description: 'The department that ships it.' },
  createdAt: { type: 'string', format: 'date-time' },
};
const quantity = (description: string) => ({ type: 'string', description: `${description}, in the item's unit with its decimal places.` });
const line = objectOf(
  {
    position: { type: 'integer' },
    sku: { type: 'string' },
    name: { type: 'string' },
    unit: { type: 'string' },
    quantity: quantity('Ordered'),
    delivered: quantity('Delivered so far'),
    open: quantity('Still to deliver (never below zero)'),
    serials: { type: 'array', items: { type: 'string' }, description: 'Serial numbers delivered against the line (scans not rolled back).' },
  },
  'A line of the order.',
);

export const salesOrdersArea: ApiArea = {
  tag: {
    name: 'Sales orders',
    description:
      "Customers' orders that deliveries are scanned against, and the partners (customers) they name. Visible: Admins all orders; everyone else their own department's. Admins and Department Leads create them.",
  },
  schemas: {
    CreateSalesOrderRequest: createRequest(),
    CreatedSalesOrder: objectOf({ number: summaryFields.number }, 'The new sales order.'),
    SalesOrderSummary: objectOf(
      { ...summaryFields, lines: { type: 'integer', description: 'Lines on the order.' }, openLines: { type: 'integer', description: 'Lines with something still to deliver.' } },
      'A sales order in the list.',
    ),
    SalesOrder: objectOf(
      { ...summaryFields, openLines: { type: 'integer' }, note: { type: ['string', 'null'] }, createdBy: { type: 'string' }, lines: { type: 'array', items: line } },
      'A sales order with its lines.',
    ),
    CreatePartnerRequest: (() => {
      const json = schemaOf(createPartnerSchema) as { properties: Record<string, JsonSchema> };
      json.properties.code = { ...json.properties.code, description: 'Letters, digits, dashes and underscores; stored upper-case; unique whatever the case.' };
      json.properties.kind = { type: 'string', enum: ['customer', 'supplier'], default: 'customer' };
      return { description: 'Add a customer or supplier.', ...json, required: ['code', 'name'] };
    })(),
    Partner: partner,
    PartnerListEntry: objectOf({ ...partner.properties as Record<string, unknown>, openOrders: { type: 'integer', description: 'Open sales orders of this partner that the token user may see.' } }, 'A partner in the list.'),
  },
  paths: {
    '/sales-orders': {
      get: {
        operationId: 'listSalesOrders',
        summary: 'Sales orders, newest first',
        parameters: [
          ...queryParameters(listSalesOrdersSchema, { status: 'Only orders in this status.', partner: "Only this customer's orders (its code).", search: 'Part of the order number or of the customer’s code or name.' }),
          ref.parameter('Limit'),
          ref.parameter('Cursor'),
        ],
        responses: { '200': jsonResponse('A page of sales orders.', pageOf(ref.schema('SalesOrderSummary'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'createSalesOrder',
        summary: 'Open a sales order',
        description: [
          'Admins and Department Leads. Every refusal names its field, all at once (`partner`, `lines.0.sku`, `lines.1.quantity`, ...).',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first order (header `Idempotent-Replayed: true`); the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('CreateSalesOrderRequest')),
        responses: {
          '201': jsonResponse('Opened.', ref.schema('CreatedSalesOrder')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('CreatedSalesOrder')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/sales-orders/{number}': {
      get: {
        operationId: 'getSalesOrder',
        summary: 'One sales order with ordered, delivered and open quantities per line',
        parameters: [pathParameter('number', 'The sales order number, e.g. SO-000123.')],
        responses: { '200': jsonResponse('The sales order.', ref.schema('SalesOrder')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/partners': {
      get: {
        operationId: 'listPartners',
        summary: 'Customers and suppliers by code',
        parameters: [...queryParameters(listPartnersSchema, { kind: 'Only customers or only suppliers.', search: 'Part of the code or the name.' }), ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of partners.', pageOf(ref.schema('PartnerListEntry'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'createPartner',
        summary: 'Add a customer or supplier',
        description: 'Admins and Department Leads. A code already taken (in any case) is 409 with `errors.code`.',
        requestBody: jsonBody(ref.schema('CreatePartnerRequest')),
        responses: {
          '201': jsonResponse('Added.', ref.schema('Partner')),
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
  },
};
