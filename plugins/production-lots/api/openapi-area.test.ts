import { describe, expect, it } from 'vitest';
import { API_AREAS, buildOpenApiDocument } from '@/lib/api-docs/openapi';
import { productionLotsArea } from './openapi-area';

describe('production lots OpenAPI area', () => {
  it('merges with the core areas without clashing names or operations', () => {
    const doc = buildOpenApiDocument([...API_AREAS.filter((a) => a !== productionLotsArea), productionLotsArea]);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/boms', '/production-lots', '/production-lots/{number}', '/production-lots/{number}/release']));
    expect(doc.components.schemas).toHaveProperty('ProductionLot');
  });
});
