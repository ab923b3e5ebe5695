// Audit reports as PDF or CSV, in the token user's scope (lib/reports).
import { errorResponses, pathParameter } from '../common';
import type { ApiArea } from '../types';

const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const DAY = { type: 'string', format: 'date' };

export const reportsArea: ApiArea = {
  tag: { name: 'Reports', description: 'Audit reports (reports.view: Admin and Department Lead, each in their scope).' },
  paths: {
    '/reports/{file}': {
      get: {
        operationId: 'getReport',
        summary: 'An audit report as PDF or CSV',
        description:
          'The last path segment is the report and the format: `movements`, `valuation`, `defects` or `config-audit` (Admins: it needs admin.access too), then `.pdf` or `.csv` (anything else: 404). ' +
          'Periods are whole UTC days, both included. `movements`: from, to, site, sku, type, user (e-mail). `valuation`: asOf, site, sku. `defects`: from, to, product, action. `config-audit`: from, to, actor, entity, action. ' +
          'A movement audit PDF prints every row (rendered in chunks of 2,000 rows joined into one document, so memory stays bounded; it is sent when complete); the CSV streams every row. A bad or missing filter: 422 with the field.',
        parameters: [
          pathParameter('file', 'movements.pdf, movements.csv, valuation.pdf, valuation.csv, defects.pdf, defects.csv, config-audit.pdf or config-audit.csv'),
          query('from', 'First UTC day of the period (movements, defects, config-audit).', DAY),
          query('to', 'Last UTC day of the period, included.', DAY),
          query('asOf', 'Valuation: stock at the end of this UTC day.', DAY),
          query('site', 'A site or location code of your sites (movements, valuation).'),
          query('sku', 'One item (movements, valuation).'),
          query('type', 'Movements: a ledger entry type such as RECEIPT or TRANSFER_OUT.'),
          query('user', "Movements: the posting user's e-mail."),
          query('product', 'Defects: the product SKU.'),
          query('action', 'Defects: scrapped or reworked. Configuration audit: an action or its start (user.).'),
          query('actor', 'Configuration audit: a user id, or part of a name or e-mail.'),
          query('entity', 'Configuration audit: such as User, Item, Setting.'),
        ],
        responses: {
          '200': {
            description: 'The report: a PDF shown inline, or CSV as an attachment (spreadsheet formulas neutralised).',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'text/csv': { schema: { type: 'string' } } },
          },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'InvalidInput'),
        },
      },
    },
  },
};
