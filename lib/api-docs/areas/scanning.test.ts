import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';

describe('the scanning area of the OpenAPI document', () => {
  const doc = buildOpenApiDocument();
  const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;

  it('documents resolve, preview, commit, the session history and rollback with request fields taken from the operations', () => {
    const operations = [
      ['/scan/resolve', 'post'],
      ['/scan/preview', 'post'],
      ['/scan/commit', 'post'],
      ['/scan/sessions', 'get'],
      ['/scan/sessions/{sessionId}', 'get'],
      ['/scan/sessions/{sessionId}/rollback', 'post'],
    ] as const;
    for (const [path, method] of operations) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    expect(schemas.ResolveScanRequest.required).toEqual(['code']);
    expect(schemas.ScanSessionRequest.required).toEqual(['workflow', 'lines']);
    expect(Object.keys(schemas.ScanSessionRequest.properties)).toEqual(['workflow', 'action', 'target', 'location', 'to', 'lines']);
    expect(schemas.ScanSessionRequest.properties.lines).toMatchObject({ type: 'array', minItems: 1, maxItems: 200, items: { required: ['code'] } });
    expect(schemas.RollbackScanRequest).not.toHaveProperty('required');
    expect(doc.paths['/scan/commit']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/scan/resolve']?.post?.responses).toMatchObject({ '200': expect.anything(), '404': expect.anything() });
    expect(doc.paths['/scan/sessions/{sessionId}/rollback']?.post?.responses).toMatchObject({ '200': expect.anything(), '404': expect.anything(), '409': expect.anything() });
  });
});
