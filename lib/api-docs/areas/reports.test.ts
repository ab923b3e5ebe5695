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
