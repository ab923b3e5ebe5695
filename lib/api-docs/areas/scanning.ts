// Barcode scanning for handheld apps: resolve one scan, preview and commit a
// session of scanned lines (sales, production, general), its history and its
// rollback. Request schemas come from the operations' own zod schemas.
import { resolveScanSchema } from '../../scan/resolve-scan';
import { rollbackScanSchema } from '../../scan/rollback-scan';
import { scanSessionSchema } from '../../scan/scan-input';
import { SERIAL_STATUS_API, SERIAL_STATUSES } from '../../serials/serial-status';
import { errorResponses, jsonBody, jsonResponse, pageOf, pathParameter, ref, schemaOf } from '../common';
import type { ApiArea, JsonSchema } from '../types';

const REPLAY_HEADER = { 'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: { type: 'string', enum: ['true'] } } };

// Fail the unit test, not a client, when the API's request fields drift from the operations'.
export const SCANNING_REQUEST_FIELDS = {
  ResolveScanRequest: resolveScanSchema,
  ScanSessionRequest: scanSessionSchema.omit({ idempotencyKey: true }),
  RollbackScanRequest: rollbackScanSchema.pick({ reason: true }),
};

function request(name: keyof typeof SCANNING_REQUEST_FIELDS, description: string, fields: Record<string, JsonSchema>): JsonSchema {
  const json = schemaOf(SCANNING_REQUEST_FIELDS[name]) as { properties: Record<string, JsonSchema> };
  for (const [field, extra] of Object.entries(fields)) json.properties[field] = { ...json.properties[field], ...extra };
  return { description, ...json };
}

const objectOf = (properties: Record<string, unknown>, description?: string): JsonSchema => ({ type: 'object', ...(description ? { description } : {}), required: Object.keys(properties), properties });
const text = (description: string, nullable = false) => ({ type: nullable ? ['string', 'null'] : 'string', description });
const quantity = (description: string, nullable = false) => text(`${description}, in the item's unit with its decimal places.`, nullable);

const CODE = 'The raw scan: a SKU or item barcode, a storage unit code or barcode, a lot (`SKU#0002`), a serial number, a distributor bag label (ECIA EIGP-114 `[)>␞06…`, GS1) or any of these with a quantity prefix (`25*SKU`).';

const itemFields = {
  code: text('The code as read (without a quantity prefix).'),
  sku: text('The item.'),
  name: text("The item's name."),
  unit: text('Unit of measure code.'),
  batch: text('The lot (`#0002`) for a lot scan; null for an item.', true),
  quantity: quantity('The quantity a prefix or bag label carried', true),
  supplierLot: text("A bag label's supplier lot.", true),
  available: quantity('Available stock of the item (of the lot, for a lot scan) at the storage units the token user sees'),
  availableHere: quantity('Available at the `location` sent; null when none was sent', true),
  locations: { type: 'array', maxItems: 8, description: 'Where it is available, most first.', items: objectOf({ code: text('Storage unit.'), quantity: quantity('Available there') }) },
};

const lineOutcome = objectOf(
  {
    index: { type: 'integer', minimum: 0, description: 'The line’s position in `lines`, from 0 (errors of a commit name it `lines.N`).' },
    code: text('The code as read.'),
    kind: { type: 'string', enum: ['item', 'lot', 'serial', 'location', 'unknown'] },
    sku: text('The item.', true),
    name: text("The item's name.", true),
    unit: text('Unit of measure code.', true),
    quantity: quantity('The quantity the line takes, receives or counts', true),
    from: text('The storage unit stock leaves from (or is counted at).', true),
    lots: { type: 'array', description: 'The lots FIFO takes (a count: the difference booked, `new` for stock found).', items: objectOf({ batch: text('Lot, e.g. #0001.'), quantity: quantity('From this lot') }) },
    error: text('Why the line cannot be posted, in plain words; null when it can.', true),
  },
  'One scanned line as a commit would post it.',
);

const sessionInPath = pathParameter('sessionId', 'The `sessionId` of a commit.', { type: 'string', format: 'uuid' });

export const scanningArea: ApiArea = {
  tag: {
    name: 'Scanning',
    description: [
      'For handheld apps and USB/Bluetooth scanners: resolve each scan as it is read, preview the session, then commit its lines in one posting (all or nothing) and roll it back if it was wrong.',
      'Workflows: `sales` delivers against an open sales order (`target`: its number; needs the ship permission), `production` consumes materials against a work order (`target`: its number), `general` receives into, moves from/to, consumes from or counts at a storage unit (`action`; the matching stock permission). `location` is where stock leaves from, is received into or is counted; `to` where a move goes.',
      'Sessions are private: an Admin sees every session, everyone else their own; anything else is 404. Rolling back needs the reverse permission (Admin by default).',
    ].join('\n\n'),
  },
  schemas: {
    ResolveScanRequest: request('ResolveScanRequest', 'One scanned code.', {
      code: { description: CODE },
      location: { description: 'The storage unit the scanner is at, for `availableHere`.' },
    }),
    ResolvedScan: {
      description: 'What the code names, by `kind`.',
      oneOf: [
        objectOf({ ...itemFields, kind: { type: 'string', enum: ['item', 'lot'] } }, 'An item (SKU, barcode, part number of a bag label) or one of its lots.'),
        objectOf({ kind: { const: 'location' }, code: text('The code as read.'), location: objectOf({ code: text('Storage unit code.'), name: text('Its name.') }) }, 'A storage unit.'),
        objectOf(
          {
            kind: { const: 'serial' },
            code: text('The code as read.'),
            serial: text('The serial number.'),
            sku: text('The product.'),
            name: text("The product's name."),
            status: { type: 'string', enum: SERIAL_STATUSES.map((st) => SERIAL_STATUS_API[st]) },
            location: text('The storage unit of a unit in stock; null otherwise.', true),
          },
          'A serial-numbered unit.',
        ),
      ],
    },
    ScanSessionRequest: request('ScanSessionRequest', 'A scan session: the workflow, its target and places, and the scanned lines.', {
      workflow: { description: '`sales`, `production` or `general`.' },
      action: { description: 'General updates only (required there): what the session does at `location`.' },
      target: { description: 'Sales: the sales order number. Production: the work order (production run) number.' },
      location: { description: 'Storage unit code: where stock leaves from (sales, production, move, consume), is received into, or is counted.' },
      to: { description: 'Move: the storage unit stock goes to.' },
      lines: {
        description: 'One entry per scan, in order. Errors name the line: `lines.2` is the third scan, `lines.0.quantity` the first one’s quantity.',
        items: {
          type: 'object',
          required: ['code'],
          properties: {
            code: { type: 'string', minLength: 1, maxLength: 4000, description: CODE },
            quantity: { oneOf: [{ type: 'string', maxLength: 30 }, { type: 'number' }], description: "Overrides a prefix; default one unit (a count line must give it). At most the item unit's decimal places; a serial is always one unit." },
          },
        },
      },
    }),
    ScanPreview: objectOf(
      {
        target: { oneOf: [objectOf({ kind: { type: 'string', enum: ['sales_order', 'work_order'] }, number: text('Its number.'), label: text('Number and customer or product, for display.') }), { type: 'null' }], description: 'The order or run the session is logged against.' },
        location: text('The storage unit `location` named.', true),
        to: text('The storage unit `to` named.', true),
        lines: { type: 'array', items: ref.schema('ScanLineOutcome') },
        ok: { type: 'boolean', description: 'True when every line can be posted and something would change: a commit of the same body would post.' },
      },
      'The session as a commit would post it now; nothing is posted.',
    ),
    ScanLineOutcome: lineOutcome,
    ScanSession: objectOf(
      {
        sessionId: { type: 'string', format: 'uuid' },
        groupId: { type: 'string', format: 'uuid', description: 'The posting group of its ledger entries.' },
        workflow: { type: 'string', enum: ['sales', 'production', 'general'] },
        action: text('General updates: receive, move, consume or count.', true),
        target: text('The sales order or work order number.', true),
        user: text('Who committed it.'),
        committedAt: { type: 'string', format: 'date-time' },
        rolledBackAt: { type: ['string', 'null'], format: 'date-time' },
        rollbackGroupId: { type: ['string', 'null'], format: 'uuid', description: 'The posting group of the compensating entries.' },
        lines: {
          type: 'array',
          items: objectOf({ code: text('The code as scanned.'), sku: text('The item.'), quantity: quantity('Posted'), serial: text('The serial number of a serial scan.', true) }),
        },
      },
      'A committed scan session.',
    ),
    RollbackScanRequest: request('RollbackScanRequest', 'Why the session is rolled back (optional).', { reason: { description: 'Kept with the compensating entries.' } }),
  },
  paths: {
    '/scan/resolve': {
      post: {
        operationId: 'resolveScan',
        summary: 'What a scanned code names',
        description: 'An item, storage unit, lot or serial number, with its name, what is available and where. Storage units and serials outside the token user’s scope read as unknown. Unknown: 404 with `detail` `Unknown code "…"`.',
        requestBody: jsonBody(ref.schema('ResolveScanRequest')),
        responses: { '200': jsonResponse('What the code names.', ref.schema('ResolvedScan')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput') },
      },
    },
    '/scan/preview': {
      post: {
        operationId: 'previewScan',
        summary: 'Preview a scan session before committing it',
        description: 'Takes the body of POST /scan/commit and posts nothing. Line problems (unknown code, not at this location, not enough available, not on this order, …) come back per line in `lines[].error` with `ok: false`; a problem with the workflow, target or places is 422 naming `target`, `location`, `to` or `action`.',
        requestBody: jsonBody(ref.schema('ScanSessionRequest')),
        responses: { '200': jsonResponse('The session as a commit would post it.', ref.schema('ScanPreview')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/scan/commit': {
      post: {
        operationId: 'commitScan',
        summary: 'Commit a scan session: all lines in one posting',
        description: [
          'All or nothing: when any line cannot be posted the answer is 422 and `errors` names every such line (`lines.N`, `lines.N.quantity`) with its reason; nothing is posted. A problem with the target or places is named `target`, `location`, `to` or `action`.',
          'Send an `Idempotency-Key` so a double tap or a retry posts once: a repeat with the same key and body answers 200 with the first session (header `Idempotent-Replayed: true`); the same key with a different body is 409. Keys are per user.',
        ].join('\n\n'),
        parameters: [ref.parameter('IdempotencyKey')],
        requestBody: jsonBody(ref.schema('ScanSessionRequest')),
        responses: {
          '201': { ...jsonResponse('Committed; `Location` names the session.', ref.schema('ScanSession')), headers: { Location: { description: '/api/v1/scan/sessions/{sessionId}', schema: { type: 'string' } } } },
          '200': { ...jsonResponse('A replay of an earlier commit with the same Idempotency-Key.', ref.schema('ScanSession')), headers: REPLAY_HEADER },
          ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput'),
        },
      },
    },
    '/scan/sessions': {
      get: {
        operationId: 'listScanSessions',
        summary: 'Committed scan sessions, newest first',
        description: 'An Admin’s list holds every session; everyone else’s their own.',
        parameters: [ref.parameter('Limit'), ref.parameter('Cursor')],
        responses: { '200': jsonResponse('A page of sessions.', pageOf(ref.schema('ScanSession'))), ...errorResponses('Unauthorized', 'Forbidden', 'InvalidInput') },
      },
    },
    '/scan/sessions/{sessionId}': {
      get: {
        operationId: 'getScanSession',
        summary: 'One committed scan session with its lines',
        parameters: [sessionInPath],
        responses: { '200': jsonResponse('The session.', ref.schema('ScanSession')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/scan/sessions/{sessionId}/rollback': {
      post: {
        operationId: 'rollbackScanSession',
        summary: 'Roll back a committed scan session',
        description:
          'Compensating entries for its posting; serial units it delivered back in stock and the sales order’s delivered quantities restored (Admin by default). 409 when it was already rolled back or the stock it would take back has left. Someone else’s session (for a non-Admin) is 404. The body is optional.',
        parameters: [sessionInPath],
        requestBody: { ...jsonBody(ref.schema('RollbackScanRequest')), required: false },
        responses: { '200': jsonResponse('The session, now rolled back.', ref.schema('ScanSession')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput') },
      },
    },
  },
};
