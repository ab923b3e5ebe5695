// Printable labels: PDF for any printer, ZPL for Zebra-compatible roll printers.
import { LABEL_FORMAT_IDS, LABEL_FORMATS } from '../../labels/label-formats';
import type { LabelTarget } from '../../labels/print-labels';
import { errorResponses, pathParameter } from '../common';
import type { ApiArea, Operation } from '../types';

const queryParameter = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: 'query', required: false, description, schema });
const FORMAT = queryParameter(
  'format',
  `Label stock, overriding the default an Admin set for this kind of label: ${LABEL_FORMAT_IDS.map((id) => `\`${id}\` (${LABEL_FORMATS[id].title})`).join(', ')}. ZPL takes roll formats only (422 for a sheet).`,
  { type: 'string', enum: LABEL_FORMAT_IDS },
);
const BARCODE = queryParameter('barcode', "Another barcode than the template's Code 128. A Code 128 value too long for the label at 0.25 mm per bar prints as Data Matrix.", {
  type: 'string',
  enum: ['code128', 'qrcode', 'datamatrix'],
});
const DESCENDANTS = queryParameter('descendants', 'true: also a label for every active storage unit beneath it.', { type: 'string', enum: ['true', 'false'] });

const printed = {
  description: 'The labels: a PDF shown inline (print at 100 %), or ZPL II for 203 dpi printers as an attachment. `X-Label-Count` says how many.',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'application/zpl': { schema: { type: 'string' } } },
};

function labelOperation(target: LabelTarget | 'selected', key: string, summary: string, description: string, extra: unknown[] = []): Operation {
  return {
    operationId: `printLabels${target.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
    summary,
    description: `${description} The last path segment is the key followed by \`.pdf\` or \`.zpl\` (anything else: 404). Out of the token user's scope reads as 404.`,
    parameters: [pathParameter('file', `${key}.pdf or ${key}.zpl`), FORMAT, BARCODE, ...extra],
    responses: { '200': printed, ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput') },
  };
}

export const labelsArea: ApiArea = {
  tag: { name: 'Labels', description: 'Labels with the barcode the scanning endpoints resolve: items, storage units, batches and serial numbers.' },
  paths: {
    '/labels/items/{file}': { get: labelOperation('items', '{sku}', "An item's label", 'SKU, name and the item barcode (else the SKU).') },
    '/labels/locations/{file}': {
      get: labelOperation('locations', '{code}', "A storage unit's label, or all beneath it", 'Code, name, where it is, and its barcode (else the code); storage units of your sites only.', [DESCENDANTS]),
    },
    '/labels/lots/{file}': { get: labelOperation('lots', '{SKU}#{batch} (send # as %23)', 'A batch label', 'SKU, batch number and received date; the barcode reads SKU#0002.') },
    '/labels/serials/{file}': { get: labelOperation('serials', '{serial}', "A serial number's label", 'The serial number and its product.') },
    '/labels/work-orders/{file}': { get: labelOperation('work-orders', '{number}', "A work order's serial labels", 'One label per serial number of the work order.') },
    '/labels/selected/{file}': {
      get: {
        ...labelOperation('selected', '{items|serials}', 'Labels for several items or serials', 'One label per `key` (repeat it: ?key=A&key=B), in that order, each code once. An unknown key or one outside your scope: 404; no key: 422.'),
        parameters: [
          pathParameter('file', 'items.pdf, items.zpl, serials.pdf or serials.zpl'),
          queryParameter('key', 'A SKU or serial number; repeat for more.', { type: 'array', items: { type: 'string' } }),
          FORMAT,
          BARCODE,
        ],
      },
    },
  },
};
