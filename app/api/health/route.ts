// GET /api/health — for load balancers and monitoring: 200 when this instance
// reaches PostgreSQL, 503 when it does not. Public; says nothing but that.
import { checkHealth } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
