// Transfers between sites through transit: ship on a TRN document, receive
// (partially), close short with a write-off; list and read the documents.
// Request schemas come from the transit operations' own zod schemas.
import { z } from 'zod';
import { closeTransitSchema } from '../../inventory/transit/close-transit';
import { listTransitsSchema } from '../../inventory/transit/list-transits';
import { receiveTransitSchema } from '../../inventory/transit/receive-transit';
import { shipToSiteSchema } from '../../inventory/transit/ship-to-site';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const QUANTITY = 'A JSON number or decimal string ("25", "1.5") above zero, with at most the decimal places of the item\'s unit, no exponent.';
const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

/** The request body as the route reads it: the number is in the path, the Idempotency-Key in a header. */
function request(schema: z.ZodObject, description: string): JsonSchema {
  const json = schemaOf(schema) as { properties: Record<string, JsonSchema> };
  if (json.properties.quantity) json.properties.quantity = { ...json.properties.quantity, description: QUANTITY };
  return { description, ...json };
}

// Fail the unit test, not a client, when the API's request fields drift from the operations'.
export const TRANSIT_REQUEST_FIELDS = {
  ShipTransitRequest: shipToSiteSchema.pick({ sku: true, from: true, to: true, quantity: true, note: true }),
  ReceiveTransitRequest: receiveTransitSchema.pick({ quantity: true, location: true }),
  CloseTransitRequest: closeTransitSchema.pick({ reason: true }),
};

const qty = (description: string) => ({ type: 'string', description, examples: ['25', '0', '1.50'] });
const transitFields = {
  number: { type: 'string', description: 'Document number, e.g. TRN-000042.' },
  sku: { type: 'string' },
  unit: { type: 'string', description: 'Unit code of the quantities.' },
  from: { type: 'string', description: 'Storage unit it was shipped from.' },
  to: { type: 'string', description: 'Storage unit it is shipped to (the default place to receive it).' },
  via: { type: 'string', description: "The destination site's transit storage unit (<SITE>-TRANSIT), where it is counted until received." },
  shippedAt: { type: 'string', format: 'date-time' },
  status: {
    type: 'string',
    enum: ['in_transit', 'partially_received', 'received', 'closed_short'],
    description: '`received`: closed with everything received; `closed_short`: closed with a write-off.',
  },
  shipped: qty('Quantity shipped.'),
  received: qty('Quantity received so far.'),
  writtenOff: qty('Quantity written off when it was closed short.'),
  remaining: qty('Still on the way (0 once closed).'),
};
const objectOf = (properties: Record<string, unknown>, description?: string): JsonSchema => ({ type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), properties });
const numberInPath = pathParameter('number', 'The transit document number, e.g. TRN-000042.');
const posted = { groupId: { type: 'string', format: 'uuid', description: 'The posting group of this step.' }, entries: { type: 'array', items: ref.schema('PostedEntry') } };

export const transitsArea: ApiArea = {
  tag: {
    name: 'Transits',
    description:
      'Stock shipped to another site waits in that site\'s transit storage unit on a transit document until it is received there (partially, if need be); a document that arrived short is closed with a reason and the rest written off. Documents are visible when either end is in the token user\'s department\'s sites (Admins: all). Totals are always what the ledger says.',
  },
  schemas: {
    ShipTransitRequest: request(TRANSIT_REQUEST_FIELDS.ShipTransitRequest, 'Ship stock from a storage unit to a storage unit of another site; it leaves first-in first-out and keeps its batches.'),
    ReceiveTransitRequest: request(TRANSIT_REQUEST_FIELDS.ReceiveTransitRequest, 'Receive what arrived. `location`: a storage unit of the destination site; the document\'s `to` when left out.'),
    CloseTransitRequest: request(TRANSIT_REQUEST_FIELDS.CloseTransitRequest, 'Close a document that arrived short; what is still on the way is written off.'),
    Transit: objectOf(transitFields, 'A transit document with its totals from the ledger.'),
    TransitSummary: objectOf({ ...transitFields, closedAt: { type: ['string', 'null'], format: 'date-time', description: 'null while open.' } }, 'A transit document in the list.'),
    ShippedTransit: objectOf({ number: transitFields.number, ...posted }, 'The new document and the shipment posting (out of the source, into transit).'),
    ReceivedTransit: objectOf(
      { number: transitFields.number, closed: { type: 'boolean', description: 'Whether nothing is left on the way, so the document closed itself.' }, ...posted },
      'The receipt posting (out of transit, into the storage unit).',
    ),
    ClosedTransit: objectOf(
      { number: transitFields.number, writtenOff: { oneOf: [ref.schema('Posting'), { type: 'null' }], description: 'The write-off posting; null when nothing was left on the way.' } },
      'The closed document.',
    ),
  },
  paths: {
    '/transits': {
      get: {
        operationId: 'listTransits',
        summary: 'Transit documents, open ones first',
        description: 'Open documents newest first, then closed ones, most recently closed first.',
        parameters: [...queryParameters(listTransitsSchema, { state: '`open` or `closed`: only those.' }), ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of documents.', pageOf(ref.schema('TransitSummary'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'shipTransit',
        summary: 'Ship stock to another site',
        description: [
          'Team Lead and up (the transfer permission). `from` and `to` are storage unit codes the token user may see, on different sites (the same site is a 422 on `to`: use a transfer). The stock goes into the transit storage unit of `to`\'s site, still counted and valued, not available to pick.',
          'Insufficient stock at `from` is 409 with `code` INSUFFICIENT_STOCK and an error on `quantity`.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body answers 200 with the first document (header `Idempotent-Replayed: true`); the same key with a different body is 409.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('ShipTransitRequest')),
        responses: {
          '201': jsonResponse('Shipped.', ref.schema('ShippedTransit')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('ShippedTransit')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/transits/{number}': {
      get: {
        operationId: 'getTransit',
        summary: 'One transit document with its totals',
        parameters: [numberInPath],
        responses: { '200': jsonResponse('The document.', ref.schema('Transit')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/transits/{number}/receive': {
      post: {
        operationId: 'receiveTransit',
        summary: 'Receive (part of) a transit document at the destination site',
        description: [
          'Team Lead and up of the destination site\'s department (a user who sees only the source site gets 403). The oldest batches of the document come first. When nothing is left on the way the document closes itself (`closed: true`).',
          'More than is still on the way is 409 (INSUFFICIENT_STOCK, error on `quantity`); a closed document is 409 (CONFLICT). `Idempotency-Key` as for shipping.',
        ].join('\n\n'),
        parameters: [numberInPath, ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('ReceiveTransitRequest')),
        responses: {
          '201': jsonResponse('Received.', ref.schema('ReceivedTransit')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('ReceivedTransit')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/transits/{number}/close': {
      post: {
        operationId: 'closeTransit',
        summary: 'Close a transit document short',
        description:
          'Team Lead and up of the destination site\'s department. What is still on the way is written off at the transit storage unit with the `reason` (its own ledger entries). A document that is already closed is 409, also for a retry whose answer was lost: the closing did happen.',
        parameters: [numberInPath],
        requestBody: jsonBody(ref.schema('CloseTransitRequest')),
        responses: { '200': jsonResponse('Closed.', ref.schema('ClosedTransit')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput') },
      },
    },
  },
};
