import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';

describe('the sales orders area of the OpenAPI document', () => {
  const doc = buildOpenApiDocument();
  const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;

  it('documents sales orders and partners with request fields taken from the operations', () => {
    for (const [path, method] of [['/sales-orders', 'get'], ['/sales-orders', 'post'], ['/sales-orders/{number}', 'get'], ['/partners', 'get'], ['/partners', 'post']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    expect(schemas.CreateSalesOrderRequest.required).toEqual(['partner', 'lines']);
    expect(Object.keys(schemas.CreateSalesOrderRequest.properties).sort()).toEqual(['departmentId', 'expectedAt', 'lines', 'note', 'partner']);
    expect(schemas.CreateSalesOrderRequest.properties.lines).toMatchObject({ type: 'array', minItems: 1, items: { required: ['sku', 'quantity'] } });
    expect(schemas.CreatePartnerRequest.required).toEqual(['code', 'name']);
    expect(doc.paths['/sales-orders']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/sales-orders']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'status', schema: { type: 'string', enum: ['open', 'completed', 'cancelled'] } }));
  });
});
