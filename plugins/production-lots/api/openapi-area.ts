// The plugin's part of /api/v1/openapi.json. lib/api-docs cannot import a
// plugin, so this area is published once core lists it (see the plugin's report).
import { errorResponses, jsonBody, jsonResponse, pathParameter, ref } from '@/lib/api-docs/common';
import type { ApiArea, JsonSchema } from '@/lib/api-docs/types';
import { LOT_STATUSES_API } from '../lib/lot-schemas';
import { SERIAL_STATUS_API } from '@/lib/serials/serial-status';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };
const objectOf = (properties: Record<string, unknown>, description: string, optional: string[] = []): JsonSchema => ({
  type: 'object',
  description,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const quantity = { type: ['string', 'number'], description: "Decimal, within the item's unit's decimal places (e.g. `\"0.25\"`)." };
const text = { type: 'string' };

export const productionLotsArea: ApiArea = {
  tag: {
    name: 'Production lots',
    description:
      'Plugin "production-lots": versioned bills of materials and production lots. Lots belong to the department of who planned them: Admins see all, others their department\'s. Answers 404 while the plugin is switched off.',
  },
  schemas: {
    SaveBomRequest: objectOf(
      {
        product: { type: 'string', description: 'SKU of an active assembly, product, PCBA or panel.' },
        lines: {
          type: 'array',
          minItems: 1,
          maxItems: 500,
          items: objectOf(
            {
              sku: { type: 'string', description: 'An active component, not the product itself, once per BOM.' },
              quantityPer: quantity,
              designators: { type: ['string', 'null'], description: 'Reference designators, e.g. `R1,R2`.' },
              alternates: { oneOf: [{ type: 'array', items: text }, { type: 'string' }], description: 'SKUs that may stand in (a list, or one text separated by `;`).' },
            },
            'A BOM line.',
            ['designators', 'alternates'],
          ),
        },
        note: { type: ['string', 'null'], maxLength: 500 },
      },
      'Save a BOM; every save is a new version.',
      ['note'],
    ),
    SavedBom: objectOf({ product: text, version: { type: 'integer', description: 'Previous version + 1 (1 for the first).' } }, 'The version saved.'),
    CreateProductionLotRequest: objectOf(
      {
        product: { type: 'string', description: 'SKU of an active item with a BOM; the lot uses its latest version.' },
        quantity,
        issueAt: { type: ['string', 'null'], description: 'Planned issue date (`2026-04-30` or a moment with its zone).' },
        completionAt: { type: ['string', 'null'], description: 'Planned completion date.' },
        workOrder: { type: ['string', 'null'], description: 'A work order for the same product the token user sees.' },
        note: { type: ['string', 'null'] },
      },
      'Plan a production lot.',
      ['issueAt', 'completionAt', 'workOrder', 'note'],
    ),
    CreatedProductionLot: objectOf({ number: { type: 'string', description: 'e.g. LOT-000123.' } }, 'The new lot.'),
    ProductionLot: objectOf(
      {
        number: text,
        product: text,
        productName: text,
        productUnit: text,
        bomVersion: { type: 'integer' },
        quantity: text,
        status: { type: 'string', enum: [...LOT_STATUSES_API] },
        issueAt: { type: ['string', 'null'], format: 'date-time', description: 'Planned, then the first issue of materials.' },
        completionAt: { type: ['string', 'null'], format: 'date-time', description: 'Planned, then the completion.' },
        workOrder: { type: ['string', 'null'] },
        department: text,
        createdAt: { type: 'string', format: 'date-time' },
        createdBy: text,
        serialTracked: { type: 'boolean', description: 'Serial-numbered product: completing the lot makes its units, each with a serial (a lot made on a work order: QA approval there).' },
        items: {
          type: 'array',
          description: 'The BOM lines with what the lot requires (quantity per × lot quantity, rounded up to the unit), has allocated, has consumed (component and alternates) and still has to issue.',
          items: objectOf(
            {
              sku: text,
              name: text,
              unit: text,
              quantityPer: text,
              designators: { type: ['string', 'null'] },
              alternates: { type: 'array', items: text },
              required: text,
              allocated: text,
              consumed: text,
              toIssue: text,
            },
            'A BOM item of the lot.',
          ),
        },
        materials: {
          type: 'array',
          description: 'Materials consumed against the lot (postings naming it, less reversals), valued at the cost of the batches FIFO took.',
          items: objectOf({ sku: text, name: text, unit: text, quantity: text, value: text }, 'A material used.'),
        },
        materialCost: { type: 'string', description: "Sum of the materials' value, to the cent." },
        output: { type: 'string', description: 'Finished output received into stock.' },
        serials: objectOf(
          {
            count: { type: 'integer' },
            serials: {
              type: 'array',
              description: 'The first 500, oldest first.',
              items: objectOf({ serial: text, status: { type: 'string', enum: Object.values(SERIAL_STATUS_API) } }, 'A serial of the lot.'),
            },
          },
          'Serial numbers of the output: units made by completing the lot, or its work order’s (none for other products).',
        ),
      },
      'A production lot.',
    ),
  },
  paths: {
    '/boms': {
      post: {
        operationId: 'saveBom',
        summary: "Save a product's BOM as its next version",
        description: 'Holders of `lots.manage` (Admins and Department Leads by default). Refusals name each line as `lines.N.field`.',
        requestBody: jsonBody(ref.schema('SaveBomRequest')),
        responses: { '201': jsonResponse('Saved.', ref.schema('SavedBom')), ...errorResponses('MalformedRequest', 'Unauthorized', 'NotFound', 'InvalidInput') },
      },
    },
    '/production-lots': {
      post: {
        operationId: 'createProductionLot',
        summary: 'Plan a production lot',
        description: [
          'Holders of `lots.manage`. The lot gets the next LOT-number and the latest BOM version; it belongs to the token user\'s department.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first lot (header `Idempotent-Replayed: true`); the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('CreateProductionLotRequest')),
        responses: {
          '201': jsonResponse('Planned.', ref.schema('CreatedProductionLot')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('CreatedProductionLot')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/production-lots/{number}': {
      get: {
        operationId: 'getProductionLot',
        summary: 'One production lot with its BOM items, materials consumed and cost',
        parameters: [pathParameter('number', 'The lot number, e.g. LOT-000123.')],
        responses: { '200': jsonResponse('The lot.', ref.schema('ProductionLot')), ...errorResponses('Unauthorized', 'NotFound') },
      },
    },
    '/production-lots/{number}/release': {
      post: {
        operationId: 'releaseProductionLot',
        summary: 'Release a planned lot, allocating its components',
        description: 'Holders of `lots.manage`. One allocation per BOM line: quantity per unit × lot quantity, rounded up to the component\'s unit. A lot that is not planned is 409.',
        parameters: [pathParameter('number', 'The lot number.')],
        responses: {
          '200': jsonResponse('Released.', objectOf({ number: text, status: { type: 'string', enum: ['released'] } }, 'The lot released.')),
          ...errorResponses('Unauthorized', 'NotFound', 'Conflict'),
        },
      },
    },
  },
};
