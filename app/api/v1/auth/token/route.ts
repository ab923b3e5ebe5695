// POST /api/v1/auth/token — e-mail and password in, a bearer token out.
import { issueToken } from '@/lib/api-tokens/issue-token';
import { clientIpOf } from '../../_lib/client-ip';
import { withApiErrors } from '../../_lib/handle-errors';
import { readJsonBody } from '../../_lib/request-body';
import { json } from '../../_lib/respond';

export const POST = withApiErrors(async (request) => {
  const issued = await issueToken(await readJsonBody(request), clientIpOf(request));
  return json(issued, 201);
});
