// Sites and storage units. The API names parents, types and departments by
// code or name, as createLocationByCodes takes them.
import { z } from 'zod';
import { createLocationByCodesSchema } from '../../locations/create-location-by-codes';
import { createStorageUnitSchema } from '../../locations/location-schemas';
import { errorResponses, jsonBody, jsonResponse, pageOf, ref, schemaOf } from '../common';
import type { ApiArea } from '../types';

const { parentId: _parent, typeId: _type, code, name, ...placeFields } = createStorageUnitSchema.shape;
const byCodes = createLocationByCodesSchema.shape;
const createLocationRequest = z.object({
  code,
  name,
  parentCode: byCodes.parentCode.describe('Code of the location it goes beneath. Leave out to add a site.'),
  type: byCodes.type.describe('Location type name, e.g. Shelf, Bin, Reel rack.'),
  department: byCodes.department.describe("Sites only: the owning department's name; the token user's department when left out."),
  ...placeFields,
});

const nullable = (type: string, description?: string) => ({ type: [type, 'null'], ...(description ? { description } : {}) });

export const locationsArea: ApiArea = {
  tag: { name: 'Locations', description: 'Sites (warehouses, plants) and the storage units inside them, by code. Managing them needs the settings permission (Admin).' },
  schemas: {
    CreateLocationRequest: schemaOf(createLocationRequest),
    Location: {
      type: 'object',
      required: ['code', 'name', 'parentCode', 'site', 'type', 'room', 'gridRow', 'gridCol', 'workCenter', 'department', 'active'],
      properties: {
        code: { type: 'string' },
        name: { type: 'string' },
        parentCode: nullable('string', 'null for a site.'),
        site: { type: 'string', description: 'Code of the site it is in (its own code for a site).' },
        type: nullable('string', 'Location type name.'),
        room: nullable('string'),
        gridRow: nullable('integer', "Cell in the parent's grid."),
        gridCol: nullable('integer'),
        workCenter: nullable('string'),
        department: nullable('string', "The site's department."),
        active: { type: 'boolean' },
      },
    },
    CreatedLocation: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
  },
  paths: {
    '/locations': {
      get: {
        operationId: 'listLocations',
        summary: 'Every site and storage unit, depth-first',
        description: 'The whole tree in one answer (`nextCursor` is always null): each site, then what is beneath it, parents before children.',
        responses: { '200': jsonResponse('All locations.', pageOf(ref.schema('Location'))), ...errorResponses('Unauthorized', 'Forbidden') },
      },
      post: {
        operationId: 'createLocation',
        summary: 'Add a site or a storage unit',
        description: [
          'Without `parentCode`: a site, owned by `department` or else by the token user\'s department. With `parentCode`: a storage unit beneath that location, in its site and department (`department` is refused).',
          'Codes are unique whatever their letter case (409 on `code`); `gridRow`/`gridCol` must name a free cell of the parent\'s grid (422 outside it, 409 when taken).',
        ].join('\n\n'),
        requestBody: jsonBody(ref.schema('CreateLocationRequest')),
        responses: { '201': jsonResponse('Added.', ref.schema('CreatedLocation')), ...errorResponses('MalformedRequest', 'Unauthorized', 'Forbidden', 'Conflict', 'InvalidInput') },
      },
    },
  },
};
