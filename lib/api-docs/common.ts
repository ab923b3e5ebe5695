// Building blocks every area shares: the problem format, standard error
// answers, pagination and idempotency parameters, and small helpers so area
// files stay declarative. Mirrors app/api/v1/_lib.
import { z } from 'zod';
import type { JsonSchema } from './types';

type StandardResponse = 'MalformedRequest' | 'Unauthorized' | 'Forbidden' | 'NotFound' | 'Conflict' | 'InvalidInput' | 'TooManyRequests' | 'InternalError' | 'Unavailable';
type Ref = { $ref: string };

export const ref: { schema: (name: string) => Ref; response: (name: StandardResponse) => Ref; parameter: (name: 'Limit' | 'Cursor' | 'IdempotencyKey') => Ref } = {
  schema: (name: string) => ({ $ref: `#/components/schemas/${name}` }),
  response: (name: StandardResponse) => ({ $ref: `#/components/responses/${name}` }),
  parameter: (name: 'Limit' | 'Cursor' | 'IdempotencyKey') => ({ $ref: `#/components/parameters/${name}` }),
};

/** A zod input schema as JSON Schema, so the docs cannot drift from validation. */
export function schemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    // Dates (z.coerce.date) have no JSON Schema type; on the wire they are ISO 8601 strings.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as JsonSchema;
  if (schema instanceof z.ZodObject) json.required = requiredFieldsOf(schema);
  if (Array.isArray(json.required) && !json.required.length) delete json.required;
  return json;
}

// A field wrapped in z.preprocess (blank -> null) reads as required to toJSONSchema;
// what the schema itself accepts when the field is left out is the truth.
function requiredFieldsOf(schema: z.ZodObject): string[] {
  const acceptsMissing = (field: z.ZodType) => {
    try {
      return field.safeParse(undefined).success;
    } catch {
      return false;
    }
  };
  return Object.entries(schema.shape).filter(([, field]) => !acceptsMissing(field as z.ZodType)).map(([name]) => name);
}

/** Query parameters from the fields of a domain filter schema, each with a line of description. */
export function queryParameters(filter: z.ZodObject, descriptions: Record<string, string>): unknown[] {
  const properties = (schemaOf(filter).properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(descriptions).map(([name, description]) => {
    if (!properties[name]) throw new Error(`OpenAPI query parameter ${name} is not a field of its filter schema`);
    return { name, in: 'query', required: false, description, schema: properties[name] };
  });
}

export const pathParameter = (name: string, description: string, schema: JsonSchema = { type: 'string' }) => ({ name, in: 'path', required: true, description, schema });

export const jsonBody = (schema: JsonSchema) => ({ required: true, content: { 'application/json': { schema } } });
export const jsonResponse = (description: string, schema: JsonSchema) => ({ description, content: { 'application/json': { schema } } });

/** `{ data, nextCursor }` of a list endpoint (app/api/v1/_lib/pagination.ts). */
export const pageOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['data', 'nextCursor'],
  properties: { data: { type: 'array', items: item }, nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' } },
});

const problem = (description: string): Record<string, unknown> => ({ description, content: { 'application/problem+json': { schema: ref.schema('Problem') } } });

const STANDARD_RESPONSES: Record<StandardResponse, Record<string, unknown>> = {
  MalformedRequest: problem('The body is not JSON (or is empty).'),
  Unauthorized: problem('No API token, a malformed Authorization header, or a token that is unknown, expired or revoked.'),
  Forbidden: problem('The token user may not do this.'),
  NotFound: problem('No such record within what the token user may see.'),
  Conflict: problem('The request conflicts with the current state.'),
  InvalidInput: problem('Input failed validation; `errors` names each field.'),
  TooManyRequests: problem('Too many attempts; try again later.'),
  InternalError: problem('Unexpected failure on the server; it was logged.'),
  Unavailable: problem('The database cannot be reached right now (e.g. restarting); retry after `Retry-After` seconds with the same Idempotency-Key.'),
};

/** `{ '401': {$ref...}, ... }` for the standard answers an operation can give. */
export function errorResponses(...names: StandardResponse[]): Record<string, unknown> {
  const status: Record<StandardResponse, string> = { MalformedRequest: '400', Unauthorized: '401', Forbidden: '403', NotFound: '404', Conflict: '409', InvalidInput: '422', TooManyRequests: '429', InternalError: '500', Unavailable: '503' };
  return Object.fromEntries(['InternalError' as const, 'Unavailable' as const, ...names].map((n) => [status[n], ref.response(n)]));
}

export const COMMON_COMPONENTS = {
  securitySchemes: {
    bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token (`qm_...`) from POST /auth/token or the profile page.' },
  },
  schemas: {
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details.',
      required: ['type', 'title', 'status', 'detail', 'code'],
      properties: {
        type: { type: 'string', examples: ['urn:quartermaster:problem:invalid-input'] },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string', description: 'What went wrong, in words fit to show a user.' },
        code: {
          type: 'string',
          enum: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'INSUFFICIENT_STOCK', 'RATE_LIMITED', 'MALFORMED_REQUEST', 'PAYLOAD_TOO_LARGE', 'INTERNAL', 'UNAVAILABLE'],
        },
        errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'Message per input field.' },
      },
    },
  },
  responses: STANDARD_RESPONSES,
  parameters: {
    Limit: { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
    Cursor: { name: 'cursor', in: 'query', required: false, description: 'The `nextCursor` of the previous page.', schema: { type: 'string' } },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Any unique string (e.g. a UUID); a retry with the same key is applied once.',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
};
