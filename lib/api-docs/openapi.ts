// The OpenAPI 3.1 document served at /api/v1/openapi.json. Each part of the API
// describes itself in areas/<area>.ts; this is the one list that merges them.
import { authArea } from './areas/auth';
import { countsArea } from './areas/counts';
import { inventoryArea } from './areas/inventory';
import { itemsArea } from './areas/items';
import { labelsArea } from './areas/labels';
import { locationsArea } from './areas/locations';
import { productionArea } from './areas/production';
import { reportsArea } from './areas/reports';
import { salesOrdersArea } from './areas/sales-orders';
import { scanningArea } from './areas/scanning';
import { transitsArea } from './areas/transits';
import { workOrdersArea } from './areas/work-orders';
import { pluginApiAreas } from '../plugins';
import { COMMON_COMPONENTS } from './common';
import type { ApiArea, HttpMethod, Operation } from './types';

/** Add an area here to publish it; plugins publish theirs through the registry. */
export const API_AREAS: ApiArea[] = [authArea, inventoryArea, transitsArea, countsArea, itemsArea, locationsArea, productionArea, workOrdersArea, salesOrdersArea, scanningArea, labelsArea, reportsArea, ...pluginApiAreas()];

export function buildOpenApiDocument(areas: ApiArea[] = API_AREAS) {
  const paths: Record<string, Partial<Record<HttpMethod, Operation>>> = {};
  const schemas: Record<string, unknown> = { ...COMMON_COMPONENTS.schemas };
  const operationIds = new Set<string>();
  // Collisions are programming mistakes between areas: fail loudly (the unit test runs this).
  for (const area of areas) {
    for (const [name, schema] of Object.entries(area.schemas ?? {})) {
      if (name in schemas) throw new Error(`OpenAPI schema ${name} is defined twice`);
      schemas[name] = schema;
    }
    for (const [path, operations] of Object.entries(area.paths)) {
      for (const [method, operation] of Object.entries(operations) as [HttpMethod, Operation][]) {
        if (paths[path]?.[method]) throw new Error(`OpenAPI operation ${method.toUpperCase()} ${path} is defined twice`);
        if (operationIds.has(operation.operationId)) throw new Error(`OpenAPI operationId ${operation.operationId} is used twice`);
        operationIds.add(operation.operationId);
        (paths[path] ??= {})[method] = { tags: [area.tag.name], ...operation };
      }
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Quartermaster API', version: '1', description: 'Errors are `application/problem+json` (RFC 9457). Lists answer `{ data, nextCursor }`.' },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerAuth: [] }],
    tags: areas.map((a) => a.tag),
    paths,
    components: { ...COMMON_COMPONENTS, schemas },
  };
}
