// Any /api/v1 path without a route: a problem+json 404 for API clients instead
// of the portal's HTML not-found page. Specific routes always take precedence.
import { problem } from '../_lib/problem';

const noSuchEndpoint = async (request: Request) => problem(404, 'NOT_FOUND', `There is no API endpoint ${request.method} ${new URL(request.url).pathname}. See /api/v1/openapi.json.`);

export const GET = noSuchEndpoint;
export const POST = noSuchEndpoint;
export const PUT = noSuchEndpoint;
export const PATCH = noSuchEndpoint;
export const DELETE = noSuchEndpoint;
