// The item catalogue: list, read and add items. The API names the domain's
// kindCode and unitCode `kind` and `unit` (app/api/v1/items/_lib/api-item.ts).
import { z } from 'zod';
import { createItemSchema, listItemsSchema } from '../../catalog/item-schemas';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const { sku, name, kindCode, unitCode, ...optionalFields } = createItemSchema.shape;
const createItemRequest = z.object({
  sku,
  name,
  kind: kindCode.describe('Item kind code, e.g. part, pcb, panel, pcba, assembly, product.'),
  unit: unitCode.describe('Unit code, e.g. pcs, m, kg; its decimal places bound quantities and the low-stock threshold.'),
  ...optionalFields,
});

const listFilters = (schemaOf(listItemsSchema).properties ?? {}) as Record<string, JsonSchema>;
const query = (name: string, description: string, schema: JsonSchema) => ({ name, in: 'query', required: false, description, schema });
const nullableText = { type: ['string', 'null'] };

export const itemsArea: ApiArea = {
  tag: { name: 'Items', description: 'The item catalogue, by SKU. Every role may read it; creating and changing items needs the settings permission (Admin).' },
  schemas: {
    CreateItemRequest: schemaOf(createItemRequest),
    Item: {
      type: 'object',
      required: ['sku', 'name', 'kind', 'unit', 'manufacturer', 'mpn', 'supplierPartNumbers', 'standardCost', 'lowStockThreshold', 'barcode', 'perishable', 'active'],
      properties: {
        sku: { type: 'string' },
        name: { type: 'string' },
        kind: { type: 'string', description: 'Item kind code.' },
        unit: { type: 'string', description: 'Unit code.' },
        manufacturer: nullableText,
        mpn: nullableText,
        supplierPartNumbers: { type: 'array', items: { type: 'string' }, description: 'Part numbers distributors sell it under; a scanned bag label finds the item by these or the mpn.' },
        standardCost: { type: 'string', description: 'Exact decimal, per unit.', examples: ['0.42'] },
        lowStockThreshold: { type: ['string', 'null'], description: 'Own threshold; null means the installation\'s default (10 unless an Admin changed it).' },
        barcode: { type: 'string', description: 'What a scan of the item reads; the SKU unless set.' },
        perishable: { type: 'boolean', description: 'Issued first-expiry first-out.' },
        active: { type: 'boolean' },
      },
    },
    CreatedItem: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } },
  },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        summary: 'Items of the catalogue, by SKU',
        parameters: [
          query('search', 'SKU, name or manufacturer part number contains this text.', listFilters.q),
          query('kind', 'Only items of this kind (code).', listFilters.kind),
          query('status', 'active (default), inactive or all.', listFilters.status),
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          ref.parameter('Cursor'),
        ],
        responses: { '200': jsonResponse('A page of items.', pageOf(ref.schema('Item'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'createItem',
        summary: 'Add an item',
        description: 'The SKU is unique whatever its letter case (409 on `sku`); the barcode defaults to the SKU and must scan to this item alone (409 on `barcode`).',
        requestBody: jsonBody(ref.schema('CreateItemRequest')),
        responses: {
          '201': { ...jsonResponse('Added; read it at the Location header.', ref.schema('CreatedItem')), headers: { Location: { description: '/api/v1/items/{sku}', schema: { type: 'string' } } } },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/items/{sku}': {
      get: {
        operationId: 'getItem',
        summary: 'One item',
        parameters: [pathParameter('sku', "The item's SKU, any letter case.")],
        responses: { '200': jsonResponse('The item.', ref.schema('Item')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
  },
};
