import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';

describe('the reports area of the OpenAPI document', () => {
  it('documents GET /reports/{file} with every filter and the PDF and CSV answers', () => {
    const op = buildOpenApiDocument().paths['/reports/{file}']?.get;
    expect(op?.operationId).toBe('getReport');
    expect((op?.parameters as { name: string }[]).map((p) => p.name)).toEqual(['file', 'from', 'to', 'asOf', 'site', 'sku', 'type', 'user', 'product', 'action', 'actor', 'entity']);
    expect(Object.keys((op?.responses['200'] as { content: object }).content)).toEqual(['application/pdf', 'text/csv']);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['401', '403', '404', '422', '500']));
  });
});

describe('report jobs in the OpenAPI document', () => {
  it('documents starting, polling, listing and fetching a background report', () => {
    const doc = buildOpenApiDocument();
    expect(doc.paths['/reports/jobs']?.post?.responses).toMatchObject({ '202': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/reports/jobs']?.get?.operationId).toBe('listReportJobs');
    expect(doc.paths['/reports/jobs/{id}']?.get?.responses).toMatchObject({ '200': expect.anything(), '404': expect.anything() });
    expect(doc.paths['/reports/jobs/{id}/file']?.get?.responses).toMatchObject({ '200': expect.anything(), '409': expect.anything() });
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    expect(schemas.StartReportJobRequest.required).toEqual(['report']);
    expect(Object.keys(schemas.StartReportJobRequest.properties)).toEqual(['report', 'format', 'filters']);
    expect(schemas.ReportJob.properties.state).toEqual({ type: 'string', enum: ['queued', 'running', 'done', 'failed'] });
  });
});
