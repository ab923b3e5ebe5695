// Stock: post and reverse movements, the inventory list and its CSV export,
// an item's lots and movement history.
import { inventoryFilterSchema } from '../../inventory/queries/inventory-filter';
import { itemLotsSchema } from '../../inventory/queries/item-lots';
import { movementHistorySchema } from '../../inventory/queries/movement-history';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref } from '../common';
import type { ApiArea } from '../types';
import { inventorySchemas } from './inventory-schemas';

const posting = (description: string) => jsonResponse(description, ref.schema('Posting'));
const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

const inventoryFilters = queryParameters(inventoryFilterSchema, {
  groupBy: '`item`: one row per item; `location`: one row per item at a storage unit.',
  sku: 'Only this item.',
  location: 'Only this storage unit and everything beneath it.',
  site: 'Only this site (code of a top-level location).',
  kind: 'Only items of this kind (code, e.g. part, pcb, product).',
  status: 'Only stock in this status.',
  search: 'SKU or name contains this text.',
  lowStock: '`true`: only items whose own stock is below their low-stock threshold (where none is set, the installation default: 10 unless an Admin changed it).',
  asOf: 'Stock as it was at this moment (ISO 8601), recomputed from the ledger.',
});
const skuInPath = pathParameter('sku', 'The item\'s SKU.');

export const inventoryArea: ApiArea = {
  tag: { name: 'Inventory', description: 'Stock movements and what is where. Quantities are decimal strings in the item\'s unit; stock outside the token user\'s department\'s sites is invisible (Admins see all).' },
  schemas: inventorySchemas,
  paths: {
    '/movements': {
      post: {
        operationId: 'postMovement',
        summary: 'Post a stock movement',
        description: [
          'One of receipt, transfer, adjust_up, adjust_down, set_quantity, consume, ship, status_change (`type`); each needs its own permission (adjustments and counts: Admin; the rest: Team Lead and up).',
          'Locations are storage unit codes the token user may see; an unknown or invisible one is a 422 on its field, like an unknown SKU.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first posting (header `Idempotent-Replayed: true`) and posts nothing; the same key with a different body is 409. Keys are per user and kept forever.',
          'Insufficient stock is 409 with `code` INSUFFICIENT_STOCK and an error on `quantity`.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('MovementRequest')),
        responses: {
          '201': posting('Posted.'),
          '200': { ...posting('A replay of an earlier request with the same Idempotency-Key: the first posting, nothing posted now.'), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/movements/{groupId}/reverse': {
      post: {
        operationId: 'reverseMovement',
        summary: 'Reverse a posted movement',
        description:
          'Posts compensating entries for every entry of the group (Admin). 409 when it was already reversed, when it is itself a reversal, or when the stock it would take back has left (INSUFFICIENT_STOCK). The body is optional. A retry after a lost answer is 409 "already reversed" (not a replay), even with the same Idempotency-Key: the reversal did happen.',
        parameters: [pathParameter('groupId', 'The `groupId` of the posting.', { type: 'string', format: 'uuid' }), ref.parameter('IdempotencyKey')],
        requestBody: { ...jsonBody(ref.schema('ReverseMovementRequest')), required: false },
        responses: { '201': posting('The reversal.'), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput') },
      },
    },
    '/inventory': {
      get: {
        operationId: 'listInventory',
        summary: 'Stock by item or by location',
        parameters: [...inventoryFilters, ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of rows, ordered by SKU (by location code, then SKU, with groupBy=location).', pageOf(ref.schema('InventoryRow'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/inventory/export.csv': {
      get: {
        operationId: 'exportInventoryCsv',
        summary: 'The same view as GET /inventory, every row, as a CSV file',
        description: 'Needs the export permission (Admin, Department Lead). Streamed; columns SKU, Item name, Location (groupBy=location only), Quantity, Available, Customer-owned, Unit, Value. Cells a spreadsheet would run as a formula are prefixed with `\'`. Errors are answered before the first byte.',
        parameters: inventoryFilters,
        responses: {
          '200': { description: 'The CSV file (attachment).', content: { 'text/csv': { schema: { type: 'string' } } } },
          ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput'),
        },
      },
    },
    '/items/{sku}/lots': {
      get: {
        operationId: 'listItemLots',
        summary: 'The lots (batch at a storage unit, per status) of one item',
        parameters: [
          skuInPath,
          ...queryParameters(itemLotsSchema, { includeEmpty: '`true`: also lots that are empty now (traceability).', location: 'Only this storage unit and everything beneath it.' }),
        ],
        responses: {
          '200': jsonResponse('Ordered by location, then received date.', { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref.schema('Lot') } } }),
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput'),
        },
      },
    },
    '/items/{sku}/movements': {
      get: {
        operationId: 'listItemMovements',
        summary: 'Movement history of one item, newest first',
        parameters: [
          skuInPath,
          ...queryParameters(movementHistorySchema, {
            location: 'Only this storage unit and everything beneath it.',
            type: 'Only this ledger entry type, e.g. receipt, transfer_out, consumption (case-insensitive).',
            user: 'Only entries posted by the user with this e-mail address.',
            from: 'Posted at or after this moment (ISO 8601).',
            to: 'Posted at or before this moment (ISO 8601).',
          }),
          ref.parameter('Limit'),
          ref.parameter('Cursor'),
        ],
        responses: { '200': jsonResponse('A page of ledger entries.', pageOf(ref.schema('MovementEntry'))), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput') },
      },
    },
  },
};
