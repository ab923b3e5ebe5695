// GET /api/v1/openapi.json — the API description; public, like any API docs.
import { buildOpenApiDocument } from '@/lib/api-docs/openapi';
import { withApiErrors } from '../_lib/handle-errors';
import { json } from '../_lib/respond';

export const GET = withApiErrors(async () => json(buildOpenApiDocument()));
