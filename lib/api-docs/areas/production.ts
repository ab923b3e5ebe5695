// Serial-numbered production: products with their unit counts, serial numbers
// and their lifecycle (advance, QA approval into stock, delivery, defects),
// the products' inventory log and manual adjustments. Request schemas come from
// the operations' own zod schemas.
import type { z } from 'zod';
import { adjustProductSchema } from '../../serials/adjust-product-stock';
import { advanceSerialSchema } from '../../serials/advance-serial';
import { approveSerialSchema } from '../../serials/approve-serial';
import { deliverSerialSchema } from '../../serials/deliver-serial';
import { productCardsFilterSchema } from '../../serials/list-product-cards';
import { listSerialsSchema } from '../../serials/list-serials';
import { markDefectSchema } from '../../serials/mark-defect';
import { SERIAL_STATUS_API, SERIAL_STATUSES } from '../../serials/serial-status';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema, Operation } from '../types';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };
const STATUSES = SERIAL_STATUSES.map((s) => SERIAL_STATUS_API[s]);
const fromPathAndHeader = { sku: true, idempotencyKey: true } as const;
const [addSchema, subtractSchema] = adjustProductSchema.options;

// Fail the unit test, not a client, when the API's request fields drift from the operations'.
export const PRODUCTION_REQUEST_FIELDS = {
  AdvanceSerialRequest: advanceSerialSchema.pick({ toStage: true, note: true }),
  ApproveSerialRequest: approveSerialSchema.pick({ location: true, note: true }),
  DeliverSerialRequest: deliverSerialSchema.pick({ reference: true, note: true }),
  MarkDefectRequest: markDefectSchema.pick({ action: true, toStage: true, notes: true }),
  AddProductStockRequest: addSchema.omit(fromPathAndHeader),
  SubtractProductStockRequest: subtractSchema.omit(fromPathAndHeader),
};

const request = (schema: z.ZodObject, description: string, fields: Record<string, string> = {}): JsonSchema => {
  const json = schemaOf(schema) as { properties: Record<string, JsonSchema> };
  for (const [name, text] of Object.entries(fields)) json.properties[name] = { ...json.properties[name], description: text };
  return { description, ...json };
};

const objectOf = (properties: Record<string, unknown>, description?: string): JsonSchema => ({ type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), properties });
const text = (description: string, nullable = false) => ({ type: nullable ? ['string', 'null'] : 'string', description });
const count = (description: string) => ({ type: 'integer', minimum: 0, description });
const status = (nullable = false) => (nullable ? { type: ['string', 'null'], enum: [...STATUSES, null] } : { type: 'string', enum: STATUSES });

const serialFields = {
  serial: text('The serial number, e.g. PRD-2026-000123.'),
  product: text("The product's SKU."),
  status: { ...status(), description: '`scrapped` is the Defect/Scrapped status.' },
  stage: text('The current production stage; for a unit in stock or delivered, the stage it left production at.', true),
  workOrder: text('The work order number it was made under; null for units added by a manual adjustment.', true),
  iterationCount: count('How many times it was reworked.'),
};

const serialInPath = pathParameter('serial', 'The serial number, any letter case (percent-encode a `/`).');
const skuInPath = pathParameter('sku', "The product's SKU.");

const IDEMPOTENCY =
  'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body is applied once and answers 200 with `replayed: true` (header `Idempotent-Replayed: true`) and the serial as it is now; the same key with a different body (or another serial) is 409. Keys are per user.';

function transition(operationId: string, summary: string, description: string[], body: string, optionalBody = false): Operation {
  return {
    operationId,
    summary,
    description: [...description, 'A transition that does not apply to the unit as it is (its status or stage) is 409 CONFLICT with the reason in `detail`; nothing changes. Unknown or outside the token user\'s scope: 404.', IDEMPOTENCY].join('\n\n'),
    parameters: [serialInPath, ref.parameter('IdempotencyKey')],
    requestBody: optionalBody ? { ...jsonBody(ref.schema(body)), required: false } : jsonBody(ref.schema(body)),
    responses: {
      '200': { ...jsonResponse('The serial after the transition (or, for a replay, as it is now).', ref.schema('SerialTransition')), headers: REPLAY_HEADER },
      ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput'),
    },
  };
}

const [viewParameter, ...cardFilters] = queryParameters(productCardsFilterSchema, {
  view: '`all` (default): every product with units in scope (Admins: every serial-numbered product, even without units); `available`: only products with units in stock.',
  kind: 'Only products of this item kind (code, e.g. product, pcb, assembly).',
  search: 'SKU or name contains this text.',
}) as { schema: JsonSchema }[];

const [productParameter, statusParameter, ...serialFilters] = queryParameters(listSerialsSchema, {
  product: 'Only serials of this product (SKU).',
  status: 'Only serials in this status.',
  workOrder: 'Only serials of this work order (number).',
  search: 'The serial number contains this text.',
}) as { schema: JsonSchema }[];

export const productionArea: ApiArea = {
  tag: {
    name: 'Production',
    description: [
      'Serial-numbered products (item kinds such as product, PCB, panel, assembly) and their serial numbers: each unit moves through the product\'s stages while In Production, enters stock at QA approval (a ledger entry of one unit at a storage unit), leaves it by delivery, and can be scrapped or sent back to rework.',
      'Scope: Admins see every serial; a Department Lead their department\'s; a Team Lead their team\'s; a Member the work orders naming them, or their team\'s where the order names nobody. Outside it a serial is 404 and counts leave it out.',
      'Permissions by default: reading and advancing, everyone; QA approval and delivery, Team Lead and up; marking defects and manual adjustments, Admin.',
    ].join('\n\n'),
  },
  schemas: {
    Product: objectOf(
      {
        sku: text('The SKU.'),
        name: text('The name.'),
        kind: text('Item kind code.'),
        inStock: count('Units In Stock.'),
        inProduction: count('Units In Production.'),
        defects: count('Units scrapped (Defect/Scrapped).'),
        delivered: count('Units delivered.'),
        totalSerials: count('All serial numbers of the product.'),
        lowStock: { type: 'boolean', description: "In stock below the product's low-stock threshold (the installation default, 10 unless an Admin changed it, where it has none)." },
      },
      'A serial-numbered product with its unit counts in the token user\'s scope.',
    ),
    SerialSummary: objectOf({ ...serialFields, updatedAt: { type: 'string', format: 'date-time', description: 'Last change.' } }, 'A serial in the list.'),
    SerialHistoryEntry: objectOf(
      {
        at: { type: 'string', format: 'date-time' },
        action: text('What happened: created, advanced, approved, delivered, scrapped, reworked, added, subtracted, ...'),
        fromStatus: status(true),
        toStatus: status(true),
        fromStage: text('Stage before.', true),
        toStage: text('Stage after.', true),
        iteration: count('The iteration count after this step.'),
        note: text('The note or defect notes given.', true),
        reference: text('The sales order or customer of a delivery; the storage unit of a QA approval.', true),
        user: text('Who did it.'),
      },
      'One step of a serial\'s lifecycle.',
    ),
    Serial: objectOf(
      {
        ...serialFields,
        location: text('The storage unit code while In Stock (from the ledger); null otherwise.', true),
        history: { type: 'array', items: ref.schema('SerialHistoryEntry'), description: 'Oldest first.' },
      },
      'One serial with where it is and its lifecycle.',
    ),
    SerialTransition: {
      allOf: [ref.schema('Serial'), { type: 'object', required: ['replayed'], properties: { replayed: { type: 'boolean', description: 'true when this answers a repeated Idempotency-Key.' } } }],
    },
    AdvanceSerialRequest: request(PRODUCTION_REQUEST_FIELDS.AdvanceSerialRequest, 'Advance a unit in production. The body is optional.', {
      toStage: 'The stage to move to; the next one when left out. Only optional stages may be skipped (else 422 on `toStage`).',
    }),
    ApproveSerialRequest: request(PRODUCTION_REQUEST_FIELDS.ApproveSerialRequest, 'QA approval of a unit that has passed its stages (only optional ones may remain).', {
      location: 'Storage unit code the unit goes into; unknown or outside the token user\'s sites is 422 on `location`.',
    }),
    DeliverSerialRequest: request(PRODUCTION_REQUEST_FIELDS.DeliverSerialRequest, 'Deliver a unit in stock.', { reference: 'The sales order or customer it goes to.' }),
    MarkDefectRequest: request(PRODUCTION_REQUEST_FIELDS.MarkDefectRequest, 'Mark a unit in production or in stock defective; it leaves stock if it was there.', {
      action: '`scrap`: discarded for good (Defect/Scrapped). `rework`: back to an earlier stage, iteration count + 1.',
      toStage: 'For `rework`: the stage to go back to (before the current one while in production); the first stage when left out.',
      notes: 'What is wrong with the unit (required).',
    }),
    AddProductStockRequest: request(PRODUCTION_REQUEST_FIELDS.AddProductStockRequest, 'Add units found: that many new serials (numbered by the product\'s pattern) in stock at `location`, each its own batch.'),
    SubtractProductStockRequest: request(PRODUCTION_REQUEST_FIELDS.SubtractProductStockRequest, 'Take the named serials (all in stock, of this product) out of stock; they become Defect/Scrapped.', {
      serials: 'Serial numbers, as an array or one string separated by commas, semicolons or spaces.',
    }),
    AdjustProductStockRequest: {
      description: 'A manual adjustment; `note` says why.',
      oneOf: [ref.schema('AddProductStockRequest'), ref.schema('SubtractProductStockRequest')],
      discriminator: { propertyName: 'direction', mapping: { add: '#/components/schemas/AddProductStockRequest', subtract: '#/components/schemas/SubtractProductStockRequest' } },
    },
    ProductAdjustment: objectOf(
      { groupId: { type: 'string', format: 'uuid', description: 'The posting group of the adjustment.' }, serials: { type: 'array', items: { type: 'string' }, description: 'The serials created (add) or taken out (subtract).' } },
      'The posted adjustment.',
    ),
    ProductLogEntry: objectOf(
      {
        at: { type: 'string', format: 'date-time' },
        product: text('The SKU.'),
        serial: text('The serial concerned.'),
        action: text('QA approval, Delivery, Manual adjustment (add), Manual adjustment (subtract), Defect: scrap, Defect: rework.'),
        change: { type: 'integer', enum: [-1, 0, 1], description: 'Units in stock gained (+1) or lost (-1); 0 for a defect marked while in production.' },
        before: { type: 'integer', description: 'Units of the product in stock (in the token user\'s scope) before.' },
        after: { type: 'integer', description: '... and after.' },
        user: text('Who did it.'),
        note: text('The note given.', true),
      },
      'One stock-relevant step of a product\'s serials.',
    ),
  },
  paths: {
    '/products': {
      get: {
        operationId: 'listProducts',
        summary: 'Serial-numbered products with their unit counts',
        description: 'Ordered by name; at most 500 products in one answer (`nextCursor` is always null).',
        parameters: [{ ...viewParameter, schema: { ...viewParameter.schema, default: 'all' } }, ...cardFilters],
        responses: { '200': jsonResponse('The products.', pageOf(ref.schema('Product'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/products/{sku}/log': {
      get: {
        operationId: 'listProductLog',
        summary: "A product's inventory log",
        description: 'QA approvals, deliveries, manual adjustments and defect markings of the product\'s serials in the token user\'s scope, newest first, with the units in stock before and after each. A view over the serials\' lifecycle and the ledger. An unknown SKU answers an empty list.',
        parameters: [skuInPath, ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of log entries.', pageOf(ref.schema('ProductLogEntry'))), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput') },
      },
    },
    '/products/{sku}/adjust': {
      post: {
        operationId: 'adjustProductStock',
        summary: "Adjust a serial-numbered product's stock by hand",
        description: [
          'Admin (the adjust permission). `add` creates `quantity` new serials in stock at `location` (a storage unit; it decides the department the units belong to); `subtract` takes the named serials out of stock as scrapped. One posting either way. A SKU that is not serial-numbered is 422 on `sku`; a serial that is unknown, of another product or not in stock is 422 on `serials`.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first adjustment (header `Idempotent-Replayed: true`) and posts nothing; the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [skuInPath, ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('AdjustProductStockRequest')),
        responses: {
          '201': jsonResponse('Posted.', ref.schema('ProductAdjustment')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('ProductAdjustment')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/serials': {
      get: {
        operationId: 'listSerials',
        summary: 'Serial numbers, most recently changed first',
        parameters: [productParameter, { ...statusParameter, schema: { type: 'string', enum: STATUSES } }, ...serialFilters, ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of serials.', pageOf(ref.schema('SerialSummary'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/serials/{serial}': {
      get: {
        operationId: 'getSerial',
        summary: 'One serial with its lifecycle history',
        parameters: [serialInPath],
        responses: { '200': jsonResponse('The serial.', ref.schema('Serial')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/serials/{serial}/advance': {
      post: transition(
        'advanceSerial',
        'Advance a unit to its next stage',
        ['Everyone may advance the units in their scope. From the last stage there is nowhere to advance: approve it instead (409).'],
        'AdvanceSerialRequest',
        true,
      ),
    },
    '/serials/{serial}/approve': {
      post: transition(
        'approveSerial',
        'QA approval: into stock at a storage unit',
        ['Team Lead and up. The unit must be In Production and have passed every stage that is not optional; it becomes In Stock at `location` (a production-output ledger entry of one unit on its own batch). Approving twice is 409; of two concurrent approvals exactly one succeeds.'],
        'ApproveSerialRequest',
      ),
    },
    '/serials/{serial}/deliver': {
      post: transition(
        'deliverSerial',
        'Deliver a unit in stock',
        ['Team Lead and up (needs the serial-management and shipping permissions). Only a unit In Stock can be delivered; it leaves stock with a shipment ledger entry against `reference`.'],
        'DeliverSerialRequest',
      ),
    },
    '/serials/{serial}/defect': {
      post: transition(
        'markSerialDefect',
        'Mark a unit defective: scrap or rework',
        ['Admin (the defect permission). A unit already scrapped, or delivered, is 409. Rework to a stage that is not earlier than the current one (while in production) is 422 on `toStage`.'],
        'MarkDefectRequest',
      ),
    },
  },
};
