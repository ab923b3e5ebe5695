// Just enough OpenAPI 3.1 typing to catch slips in area files; the document
// itself is plain JSON.
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type JsonSchema = Record<string, unknown>;

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** `[]` for a public operation; omitted means the document's default (bearer token). */
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/** One part of the API (auth, stock, ...), described in its own file under areas/. */
export interface ApiArea {
  tag: { name: string; description: string };
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  /** Added to components.schemas; names must be unique across areas. */
  schemas?: Record<string, JsonSchema>;
}
