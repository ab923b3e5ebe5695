import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';

describe('the production area of the OpenAPI document', () => {
  const doc = buildOpenApiDocument();
  const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, { default?: unknown }> }>;

  it('documents products and serials with request schemas taken from the serial operations', () => {
    const operations = [
      ['/products', 'get'],
      ['/products/{sku}/log', 'get'],
      ['/products/{sku}/adjust', 'post'],
      ['/serials', 'get'],
      ['/serials/{serial}', 'get'],
      ['/serials/{serial}/advance', 'post'],
      ['/serials/{serial}/approve', 'post'],
      ['/serials/{serial}/deliver', 'post'],
      ['/serials/{serial}/defect', 'post'],
    ] as const;
    for (const [path, method] of operations) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    expect(schemas.ApproveSerialRequest.required).toEqual(['location']);
    expect(schemas.DeliverSerialRequest.required).toEqual(['reference']);
    expect(schemas.MarkDefectRequest.required).toEqual(['action', 'notes']);
    expect(schemas.AdvanceSerialRequest).not.toHaveProperty('required');
    expect(schemas.AddProductStockRequest.required).toEqual(['direction', 'quantity', 'location', 'note']);
    expect(schemas.SubtractProductStockRequest.required).toEqual(['direction', 'serials', 'note']);
    for (const name of ['AdvanceSerialRequest', 'ApproveSerialRequest', 'MarkDefectRequest', 'AddProductStockRequest']) {
      expect(Object.keys(schemas[name].properties), name).not.toEqual(expect.arrayContaining(['idempotencyKey']));
      expect(Object.keys(schemas[name].properties), name).not.toEqual(expect.arrayContaining(['serial']));
      expect(Object.keys(schemas[name].properties), name).not.toEqual(expect.arrayContaining(['sku']));
    }
    expect(doc.paths['/serials/{serial}/approve']?.post?.responses).toMatchObject({ '200': expect.anything(), '404': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/products/{sku}/adjust']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '409': expect.anything() });
  });

  it('says the API lists every product by default and names the serial statuses', () => {
    expect(doc.paths['/products']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'view', in: 'query', schema: expect.objectContaining({ default: 'all' }) }));
    expect(doc.paths['/serials']?.get?.parameters).toContainEqual(
      expect.objectContaining({ name: 'status', schema: { type: 'string', enum: ['in_production', 'in_stock', 'delivered', 'scrapped'] } }),
    );
  });
});
