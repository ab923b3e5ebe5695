import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi';

describe('OpenAPI: labels', () => {
  const doc = buildOpenApiDocument();
  it('documents every label route with its format override, PDF and ZPL answers and its refusals', () => {
    for (const target of ['items', 'locations', 'lots', 'serials', 'work-orders', 'selected']) {
      const op = doc.paths[`/labels/${target}/{file}`]?.get;
      expect(op, target).toBeDefined();
      expect(op!.parameters).toContainEqual(expect.objectContaining({ name: 'format', in: 'query', schema: expect.objectContaining({ enum: ['roll-62x29', 'roll-4x6in', 'a4-3x8', 'letter-30up'] }) }));
      expect(op!.responses['200']).toMatchObject({ content: { 'application/pdf': expect.anything(), 'application/zpl': expect.anything() } });
      expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['401', '404', '422']));
    }
    expect(doc.paths['/labels/locations/{file}']?.get?.parameters).toContainEqual(expect.objectContaining({ name: 'descendants' }));
  });
});
