// Stock counts: open one over a storage unit or subtree, record what is on the
// shelf line by line, then post every variance as one posting group (or discard
// it). Counts are addressed by id, as the count operations address them.
// Request schemas come from the count operations' own zod schemas.
import { createCountSchema } from '../../inventory/counts/create-count';
import { listCountsSchema } from '../../inventory/counts/list-counts';
import type { VarianceLine, VarianceReview } from '../../inventory/counts/review-variances';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, queryParameters, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

// Fail the unit test, not a client, when the API's request fields drift from the operations'.
export const COUNT_REQUEST_FIELDS = {
  CreateCountRequest: createCountSchema.pick({ location: true, blind: true, note: true }),
};

const objectOf = (properties: Record<string, unknown>, description?: string): JsonSchema => ({ type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), properties });
const nullable = (type: string, description?: string, format?: string) => ({ type: [type, 'null'], ...(format ? { format } : {}), ...(description ? { description } : {}) });
const place = objectOf({ code: { type: 'string' }, name: { type: 'string' } });
const idInPath = pathParameter('id', 'The count id (the digits of its number CNT-000042).', { type: 'string', pattern: '^[0-9]{1,9}$' });
const status = { type: 'string', enum: ['open', 'posted', 'discarded'] };
const head = { id: { type: 'integer' }, number: { type: 'string', description: 'Count number, e.g. CNT-000042.' } };

// Typed against what reviewVariances answers, so a field added there fails the type check here.
const varianceLineFields = {
  id: { type: 'integer', description: 'The line id.' },
  sku: { type: 'string' },
  itemName: { type: 'string' },
  unit: { type: 'string' },
  location: { type: 'string', description: 'Code of the storage unit.' },
  added: { type: 'boolean', description: 'Added during the count.' },
  expected: { type: 'string', description: 'Own available stock when the line was made.' },
  systemAtCount: { type: 'string', description: 'Own available stock at the moment of counting; the variance is measured against it.' },
  counted: { type: 'string' },
  variance: { type: 'string', description: 'Counted minus `systemAtCount`; what posting books.' },
  differs: { type: 'boolean', description: 'The variance is not zero.' },
  value: { type: 'string', description: 'The variance at the item\'s standard cost, to the cent.' },
  onHandNow: { type: 'string', description: 'Own available stock there now.' },
  afterPosting: nullable('string', 'On hand now plus the variance; null once the count is closed.'),
} satisfies Record<keyof VarianceLine, unknown>;

export const countsArea: ApiArea = {
  tag: {
    name: 'Counts',
    description:
      'A stock count over a storage unit or a location subtree lists what the system expects there (own available stock); counters record what is on the shelf, and posting books every difference as one adjustment group. Opening and counting: Team Lead and up; posting and discarding: Admins. Open counts may not overlap. Counts are visible within the token user\'s department\'s sites (Admins: all).',
  },
  schemas: {
    CreateCountRequest: {
      description: 'Open a count over `location` (a storage unit or any location beneath which it counts). `blind`: counters do not see the expected figures.',
      ...schemaOf(COUNT_REQUEST_FIELDS.CreateCountRequest),
    },
    RecordCountRequest: {
      type: 'object',
      description: 'What was counted on the line.',
      required: ['counted'],
      properties: { counted: { type: ['string', 'number'], description: 'A JSON number or decimal string, zero or more, with at most the decimal places of the item\'s unit.', examples: ['8', '0', '1.5'] } },
    },
    CreatedCount: objectOf({ ...head, lines: { type: 'integer', description: 'Lines opened (one per item per storage unit holding stock).' } }, 'The new count.'),
    CountSummary: objectOf(
      { ...head, status, blind: { type: 'boolean' }, location: place, createdBy: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' }, lines: { type: 'integer' }, counted: { type: 'integer', description: 'Lines counted so far.' } },
      'A count in the list.',
    ),
    CountLine: objectOf({
      id: { type: 'integer' },
      sku: { type: 'string' },
      itemName: { type: 'string' },
      unit: { type: 'string' },
      decimals: { type: 'integer' },
      location: { type: 'string' },
      locationName: { type: 'string' },
      added: { type: 'boolean', description: 'Added during the count.' },
      expected: nullable('string', 'null when hidden (blind count).'),
      counted: nullable('string', 'null until counted.'),
      countedBy: nullable('string'),
      countedAt: nullable('string', undefined, 'date-time'),
    }),
    Count: objectOf(
      {
        ...head,
        status,
        blind: { type: 'boolean' },
        note: nullable('string'),
        location: place,
        site: place,
        createdBy: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
        postedGroupId: nullable('string', 'The posting group of the variances; null if none was booked.', 'uuid'),
        postedBy: nullable('string'),
        postedAt: nullable('string', undefined, 'date-time'),
        discardedBy: nullable('string'),
        discardedAt: nullable('string', undefined, 'date-time'),
        showsExpected: { type: 'boolean' },
        lines: { type: 'array', items: ref.schema('CountLine') },
      },
      'A count with its lines.',
    ),
    RecordedCount: objectOf({ lineId: { type: 'integer' }, counted: { type: 'string' }, countedAt: { type: 'string', format: 'date-time' } }, 'The recorded line.'),
    PostedCount: objectOf({ ...head, posting: { oneOf: [ref.schema('Posting'), { type: 'null' }], description: 'The adjustment posting; null when no counted line differed.' } }, 'The posted count.'),
    DiscardedCount: objectOf(head, 'The discarded count.'),
    CountVarianceLine: objectOf(varianceLineFields, 'A counted line.'),
    UncountedCountLine: objectOf(
      { id: { type: 'integer' }, sku: { type: 'string' }, itemName: { type: 'string' }, unit: { type: 'string' }, location: { type: 'string' }, expected: { type: 'string' } } satisfies Record<keyof VarianceReview['uncounted'][number], unknown>,
      'A line not counted: posting leaves its stock as it is.',
    ),
    CountVariances: objectOf(
      {
        ...head,
        status,
        location: { type: 'string', description: 'Code of the counted storage unit or subtree root.' },
        lines: { type: 'array', items: ref.schema('CountVarianceLine') },
        uncounted: { type: 'array', items: ref.schema('UncountedCountLine') },
        withVariance: { type: 'integer', description: 'Counted lines whose variance is not zero.' },
        totalValue: { type: 'string', description: 'Sum of their values.' },
      } satisfies Record<keyof VarianceReview, unknown>,
      'The variances of a count, by storage unit and item (a line counts own available stock, whatever its batches).',
    ),
  },
  paths: {
    '/counts': {
      get: {
        operationId: 'listCounts',
        summary: 'Stock counts, newest first',
        parameters: [...queryParameters(listCountsSchema, { status: '`open`, `posted` or `discarded`: only those.' }), ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of counts.', pageOf(ref.schema('CountSummary'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
      post: {
        operationId: 'createCount',
        summary: 'Open a stock count',
        description: 'Team Lead and up. An unknown location, or one overlapping another open count, is a 422 on `location`.',
        requestBody: jsonBody(ref.schema('CreateCountRequest')),
        responses: { '201': jsonResponse('Opened.', ref.schema('CreatedCount')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/counts/{id}': {
      get: {
        operationId: 'getCount',
        summary: 'One count with its lines',
        parameters: [idInPath],
        responses: { '200': jsonResponse('The count.', ref.schema('Count')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/counts/{id}/variances': {
      get: {
        operationId: 'getCountVariances',
        summary: 'The variances of a count',
        description:
          'Team Lead and up, as on the review page: every counted line with what was expected, what the system held when it was counted, what was counted and the variance, ordered by storage unit and SKU; lines not counted are listed apart. A blind count\'s variances are for those who may post it (403 otherwise).',
        parameters: [idInPath],
        responses: { '200': jsonResponse('The variances.', ref.schema('CountVariances')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/counts/{id}/lines/{lineId}': {
      post: {
        operationId: 'recordCount',
        summary: 'Record the counted quantity of a line',
        description: 'Team Lead and up. A recount overwrites the line while the count is open; a posted or discarded count is 409.',
        parameters: [idInPath, pathParameter('lineId', 'The line id (from GET /counts/{id}).', { type: 'string', pattern: '^[0-9]{1,9}$' })],
        requestBody: jsonBody(ref.schema('RecordCountRequest')),
        responses: { '200': jsonResponse('Recorded.', ref.schema('RecordedCount')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput') },
      },
    },
    '/counts/{id}/post': {
      post: {
        operationId: 'postCount',
        summary: 'Post a count',
        description: [
          'Admins (the adjust permission). Every counted line whose count differs from what the system held when it was counted is booked, all in one posting group; uncounted lines are left as they are. The count is then closed; a closed count is 409.',
          'Send an `Idempotency-Key` to make retries safe: a repeat with the same key answers 200 with the first posting (header `Idempotent-Replayed: true`).',
        ].join('\n\n'),
        parameters: [idInPath, ref.parameter('IdempotencyKey')],
        responses: {
          '201': jsonResponse('Posted.', ref.schema('PostedCount')),
          '200': { ...jsonResponse('A replay of an earlier request with the same Idempotency-Key.', ref.schema('PostedCount')), headers: REPLAY_HEADER },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/counts/{id}/discard': {
      post: {
        operationId: 'discardCount',
        summary: 'Discard a count',
        description: 'Admins. Nothing is booked; a closed count is 409.',
        parameters: [idInPath],
        responses: { '200': jsonResponse('Discarded.', ref.schema('DiscardedCount')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'Conflict') },
      },
    },
  },
};
