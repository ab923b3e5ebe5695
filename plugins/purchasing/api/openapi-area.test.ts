import { describe, expect, it } from 'vitest';
import { API_AREAS, buildOpenApiDocument } from '@/lib/api-docs/openapi';
import { purchasingArea } from './openapi-area';

describe('purchasing OpenAPI area', () => {
  it('merges with the core areas without clashing names or operations', () => {
    const doc = buildOpenApiDocument([...API_AREAS.filter((a) => a !== purchasingArea), purchasingArea]);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/purchase-orders', '/purchase-orders/{number}', '/purchase-orders/{number}/receive', '/production-lots/{number}/forecast']));
    expect(doc.components.schemas).toHaveProperty('LotForecast');
  });
});
