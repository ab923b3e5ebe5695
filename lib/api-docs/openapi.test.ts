import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authArea } from './areas/auth';
import { queryParameters, schemaOf } from './common';
import { buildOpenApiDocument } from './openapi';
import type { ApiArea } from './types';

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

const resolve = (doc: unknown, pointer: string) => pointer.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is OpenAPI 3.1 with bearer auth by default and the auth endpoints', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/auth/token']?.post?.security).toEqual([]);
    expect(doc.paths['/me']?.get).toBeDefined();
  });

  it('has no dangling references', () => {
    for (const r of refsIn(doc)) expect(resolve(doc, r), r).toBeDefined();
  });

  it('documents a 401 for every operation that needs a token, and a 500 everywhere', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.responses['500'], `${method} ${path}`).toBeDefined();
        if (op.security?.length !== 0) expect(op.responses['401'], `${method} ${path}`).toBeDefined();
      }
    }
  });

  it('derives the token request schema from the validation schema', () => {
    expect(doc.components.schemas.IssueTokenRequest).toMatchObject({ required: ['email', 'password'], properties: { expiresInDays: { default: 90, maximum: 365 } } });
  });

  it('refuses two areas claiming the same operation or schema name', () => {
    const twin: ApiArea = { ...authArea, schemas: {}, paths: { '/me': { get: { operationId: 'other', summary: 'x', responses: {} } } } };
    expect(() => buildOpenApiDocument([authArea, twin])).toThrow(/GET \/me/);
    expect(() => buildOpenApiDocument([authArea, { ...authArea, paths: {} }])).toThrow(/schema/);
  });

  it('documents the inventory endpoints with request schemas taken from the posting operations', () => {
    for (const [path, method] of [['/movements', 'post'], ['/movements/{groupId}/reverse', 'post'], ['/inventory', 'get'], ['/inventory/export.csv', 'get'], ['/items/{sku}/lots', 'get'], ['/items/{sku}/movements', 'get']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
    expect(schemas.ReceiptMovement.required).toEqual(['type', 'sku', 'to', 'quantity']);
    expect(schemas.ReceiptMovement.properties).toMatchObject({ type: { const: 'receipt' }, receivedAt: { type: 'string', format: 'date-time' } });
    expect(schemas.TransferMovement.required).toEqual(['type', 'sku', 'from', 'to', 'quantity']);
    expect(schemas.SetQuantityMovement.required).toContain('reason');
    for (const name of ['ReceiptMovement', 'TransferMovement', 'ShipMovement']) expect(schemas[name].properties, name).not.toHaveProperty('idempotencyKey');
    expect(doc.paths['/movements']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/inventory/export.csv']?.get?.responses['200']).toMatchObject({ content: { 'text/csv': expect.anything() } });
  });
  it('documents items and locations under the names the API takes (codes, not ids)', () => {
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    expect(schemas.CreateItemRequest.required).toEqual(['sku', 'name', 'kind', 'unit']);
    expect(schemas.CreateItemRequest.properties).not.toHaveProperty('kindCode');
    expect(schemas.CreateLocationRequest.required).toEqual(['code', 'name']);
    expect(Object.keys(schemas.CreateLocationRequest.properties)).toEqual(expect.arrayContaining(['parentCode', 'type', 'department', 'gridRow', 'gridCol']));
    expect(Object.keys(schemas.CreateLocationRequest.properties)).not.toEqual(expect.arrayContaining(['parentId']));
    for (const [path, method] of [['/items', 'get'], ['/items', 'post'], ['/items/{sku}', 'get'], ['/locations', 'get'], ['/locations', 'post']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });
  it('documents the transit endpoints with request schemas taken from the transit operations', () => {
    for (const [path, method] of [['/transits', 'get'], ['/transits', 'post'], ['/transits/{number}', 'get'], ['/transits/{number}/receive', 'post'], ['/transits/{number}/close', 'post']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    expect(schemas.ShipTransitRequest.required).toEqual(['sku', 'from', 'to', 'quantity']);
    expect(Object.keys(schemas.ShipTransitRequest.properties)).toEqual(['sku', 'from', 'to', 'quantity', 'note']);
    expect(schemas.ReceiveTransitRequest.required).toEqual(['quantity']);
    expect(schemas.CloseTransitRequest.required).toEqual(['reason']);
    expect(doc.paths['/transits/{number}/receive']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '404': expect.anything(), '409': expect.anything() });
    expect(doc.paths['/transits']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'state', in: 'query' }));
  });
  it('documents the count endpoints, by id as the count operations address them', () => {
    for (const [path, method] of [['/counts', 'get'], ['/counts', 'post'], ['/counts/{id}', 'get'], ['/counts/{id}/lines/{lineId}', 'post'], ['/counts/{id}/post', 'post'], ['/counts/{id}/discard', 'post'], ['/counts/{id}/variances', 'get']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    expect(schemas.CreateCountRequest.required).toEqual(['location']);
    expect(Object.keys(schemas.CreateCountRequest.properties)).toEqual(['location', 'blind', 'note']);
    expect(schemas.RecordCountRequest.required).toEqual(['counted']);
    expect(doc.paths['/counts/{id}/post']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '404': expect.anything(), '409': expect.anything() });
    expect(doc.paths['/counts']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'status', in: 'query' }));
  });
});

describe('the work order endpoints', () => {
  const doc = buildOpenApiDocument();
  it('are documented with the request schema taken from createWorkOrder', () => {
    for (const [path, method] of [['/work-orders', 'get'], ['/work-orders', 'post'], ['/work-orders/{number}', 'get']] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    expect(schemas.CreateWorkOrderRequest.required).toEqual(['product', 'quantity']);
    expect(Object.keys(schemas.CreateWorkOrderRequest.properties)).toEqual(['product', 'quantity', 'team', 'dueAt', 'note']);
    expect(doc.paths['/work-orders']?.post?.responses).toMatchObject({ '201': expect.anything(), '200': expect.anything(), '409': expect.anything(), '422': expect.anything() });
    expect(doc.paths['/work-orders']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'status', in: 'query' }));
  });
});

describe('area building blocks', () => {
  it('marks a field required only when the schema refuses it missing', () => {
    const blankIsNull = z.preprocess((v) => (v === undefined || v === '' ? null : v), z.string().nullable());
    expect(schemaOf(z.object({ a: z.string(), b: blankIsNull, c: z.string().optional(), d: z.boolean().default(false) })).required).toEqual(['a']);
    expect(schemaOf(z.object({ b: blankIsNull }))).not.toHaveProperty('required');
  });

  it('documents a date field as an ISO 8601 string', () => {
    expect(schemaOf(z.object({ at: z.coerce.date().optional() }))).toMatchObject({ properties: { at: { type: 'string', format: 'date-time' } } });
  });

  it('makes query parameters from filter schema fields and refuses a name the schema lacks', () => {
    const filter = z.object({ sku: z.string().max(64).optional() });
    expect(queryParameters(filter, { sku: 'Only this item.' })).toEqual([{ name: 'sku', in: 'query', required: false, description: 'Only this item.', schema: { type: 'string', maxLength: 64 } }]);
    expect(() => queryParameters(filter, { skew: 'x' })).toThrow(/skew/);
  });
});
