// Audit reports as PDF or CSV, in the token user's scope (lib/reports), sent
// at once or made in the background (report jobs).
import { startReportJobSchema } from '../../reports/report-job';
import { errorResponses, jsonBody, jsonResponse, pathParameter, ref, schemaOf } from '../common';
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
          'A movement audit PDF prints every row (rendered in chunks of 2,000 rows joined into one document, so memory stays bounded; it is sent when complete, about 75 s for 100,000 rows: for large PDFs start a report job instead); the CSV streams every row. A bad or missing filter: 422 with the field.',
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
    '/reports/jobs': {
      post: {
        operationId: 'startReportJob',
        summary: 'Start an audit report in the background',
        description:
          'The same reports and filters as GET /reports/{file} (`filters` holds them as strings; blank means any), checked before the job is recorded: a bad filter is a 422 naming the filter, no job is made. ' +
          'Answers 202 with the job and its Location; poll it until `state` is `done` (then fetch `file`) or `failed` (`error` says why). A job is private to the user who started it; files are kept 7 days. ' +
          'At most 3 unfinished jobs per user (409 otherwise). A job whose server stopped (restart) reads as failed after a minute.',
        requestBody: jsonBody(ref.schema('StartReportJobRequest')),
        responses: { '202': jsonResponse('The job, queued or already running.', ref.schema('ReportJob')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'InvalidInput') },
      },
      get: {
        operationId: 'listReportJobs',
        summary: 'Your recent background reports, newest first (up to 20)',
        responses: { '200': jsonResponse('The jobs.', { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref.schema('ReportJob') } } }), ...errorResponses('Unauthorized', 'Forbidden') },
      },
    },
    '/reports/jobs/{id}': {
      get: {
        operationId: 'getReportJob',
        summary: "A background report's state and progress",
        description: "Someone else's job is 404, for Admins too.",
        parameters: [pathParameter('id', 'The job id (a UUID).', { type: 'string', format: 'uuid' })],
        responses: { '200': jsonResponse('The job.', ref.schema('ReportJob')), ...errorResponses('Unauthorized', 'Forbidden', 'NotFound') },
      },
    },
    '/reports/jobs/{id}/file': {
      get: {
        operationId: 'getReportJobFile',
        summary: "A finished background report's file",
        description: '409 while the job is queued or running, or when it failed.',
        parameters: [pathParameter('id', 'The job id (a UUID).', { type: 'string', format: 'uuid' })],
        responses: {
          '200': {
            description: 'The report: a PDF shown inline, or CSV as an attachment.',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'text/csv': { schema: { type: 'string' } } },
          },
          ...errorResponses('Unauthorized', 'Forbidden', 'NotFound', 'Conflict'),
        },
      },
    },
  },
  schemas: {
    StartReportJobRequest: schemaOf(startReportJobSchema),
    ReportJob: {
      type: 'object',
      required: ['id', 'report', 'format', 'filters', 'state', 'rowsDone', 'rowsExpected', 'error', 'createdAt', 'finishedAt', 'file'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        report: { type: 'string', enum: ['movements', 'valuation', 'defects', 'config-audit'] },
        format: { type: 'string', enum: ['pdf', 'csv'] },
        filters: { type: 'object', additionalProperties: { type: 'string' }, description: 'The filters the job was started with, blank ones left out.' },
        state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
        rowsDone: { type: 'integer', description: 'Rows printed (PDF: after each chunk of about 2,000) or written (CSV) so far.' },
        rowsExpected: { type: ['integer', 'null'], description: 'The row count when it was cheap to know first (the movement audit); null otherwise.' },
        error: { type: ['string', 'null'], description: 'Why it failed, for a person.' },
        createdAt: { type: 'string', format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
        file: { type: ['string', 'null'], description: 'Where to fetch the file once the job is done.' },
      },
    },
  },
};
