// The page benchmark's client side: signing in like a browser (next-auth
// credentials, session cookie), an API token like an integration, and N
// virtual users sending a fixed list of requests (closed loop: each user sends
// its next request when the previous answer has been read to the end and it
// has thought for a while: 0.5-1.5x the mean think time, 0 for a stress run).
import { percentile } from './bench-db';

export const DEMO_PASSWORD = 'demo1234';

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]);

/** Signs in through next-auth's credentials callback and returns the Cookie header of the session. */
export async function signInSession(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, callbackUrl: `${base}/`, json: 'true' }),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`Sign-in of ${email} failed (HTTP ${res.status}, no session cookie).`);
  return session;
}

export async function apiToken(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD, name: 'bench:pages' }),
  });
  const body = (await res.json()) as { token?: string };
  if (!body.token) throw new Error(`No API token for ${email} (HTTP ${res.status}).`);
  return body.token;
}

export interface Target {
  label: string;
  /** The URL of the i-th request (varies the item, location, product...). */
  path: (i: number) => string;
  headers: Record<string, string>;
  /** Held to the p95 target (the static floor is not). */
  target: boolean;
}

export interface TargetResult {
  target: Target;
  times: number[];
  statuses: Map<number, number>;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Sends `rounds` requests per target from `users` concurrent users, in a shuffled order; times each to its last byte. */
export async function runLoad(base: string, targets: Target[], users: number, rounds: number, thinkMs = 0): Promise<{ results: TargetResult[]; seconds: number }> {
  const results: TargetResult[] = targets.map((target) => ({ target, times: [], statuses: new Map(), errors: 0, p50: 0, p95: 0, p99: 0 }));
  const queue: [number, number][] = [];
  for (let r = 0; r < rounds; r++) for (let t = 0; t < targets.length; t++) queue.push([t, r]);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queue[i], queue[j]] = [queue[j], queue[i]];
  }
  let next = 0;
  const think = (factor: number) => (thinkMs ? new Promise((r) => setTimeout(r, thinkMs * factor)) : undefined);
  const user = async () => {
    await think(random()); // users do not all start at the same moment
    while (next < queue.length) {
      const [t, r] = queue[next++];
      const result = results[t];
      const started = performance.now();
      try {
        const res = await fetch(base + result.target.path(r), { headers: result.target.headers, redirect: 'manual' });
        await res.arrayBuffer();
        result.times.push(performance.now() - started);
        result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
      } catch {
        result.errors++;
      }
      await think(0.5 + random());
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: users }, user));
  const seconds = (performance.now() - t0) / 1000;
  for (const r of results) {
    r.times.sort((a, b) => a - b);
    [r.p50, r.p95, r.p99] = [50, 95, 99].map((p) => percentile(r.times, p));
  }
  return { results, seconds };
}

/** Any answer other than 200 (or a failed request): the figures of that URL mean nothing. */
export const unexpectedAnswers = (r: TargetResult) => r.errors + [...r.statuses].filter(([s]) => s !== 200).reduce((n, [, c]) => n + c, 0);
