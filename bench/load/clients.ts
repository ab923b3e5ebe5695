// Concurrent clients driving the HTTP API. Every operation carries its own
// Idempotency-Key; when an instance is unreachable or answers 5xx, the client
// sends the same request with the same key again (to the next instance, as a
// load balancer would) until it gets a definite answer, so each operation ends
// acknowledged (2xx), rejected (4xx) or, after the deadline, unknown.
import { randomUUID } from 'node:crypto';
import { nextOperation, random, type HotSet, type Operation, type Posted } from './operations';

export interface Outcome {
  op: Operation;
  key: string;
  result: 'acknowledged' | 'rejected' | 'unknown';
  httpStatus: number;
  groupId: string | null;
  entryCount: number;
  replayed: boolean;
  /** Time of the attempt that got the definite answer. */
  ms: number;
  attempts: number;
}

/** A non-definite answer a client saw: a network failure or a 5xx, with its body for the report. */
export interface Transient {
  at: number;
  status: number | 'network';
  body: string;
}

export interface LoadPlan {
  instanceUrls: () => string[];
  token: string;
  hot: HotSet;
  clients: number;
  operations: number;
  seed: number;
  /** Give up on an operation after this long without a definite answer. */
  deadlineMs?: number;
}

export interface ClientResult {
  outcomes: Outcome[];
  transients: Transient[];
  done: () => number;
}

async function send(url: string, op: Operation, key: string, token: string) {
  const res = await fetch(url + op.path, {
    method: op.method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(op.body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed') === 'true', text: await res.text() };
}

export function runClients(plan: LoadPlan): { finished: Promise<ClientResult>; done: () => number } {
  const outcomes: Outcome[] = [];
  const transients: Transient[] = [];
  let issued = 0;
  const deadlineMs = plan.deadlineMs ?? 120_000;

  async function perform(op: Operation, client: number): Promise<Outcome> {
    const key = `load-${randomUUID()}`;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const urls = plan.instanceUrls();
      const url = urls[(client + attempt - 1) % urls.length];
      const t = performance.now();
      try {
        const r = await send(url, op, key, plan.token);
        const ms = performance.now() - t;
        if (r.status < 500) {
          const body = r.status < 300 ? (JSON.parse(r.text) as { groupId: string; entries?: unknown[]; lines?: unknown[] }) : null;
          return {
            op,
            key,
            result: r.status < 300 ? 'acknowledged' : 'rejected',
            httpStatus: r.status,
            groupId: body?.groupId ?? null,
            entryCount: body?.entries?.length ?? 0,
            replayed: r.replayed,
            ms,
            attempts: attempt,
          };
        }
        transients.push({ at: Date.now(), status: r.status, body: r.text.slice(0, 300) });
      } catch (e) {
        transients.push({ at: Date.now(), status: 'network', body: String((e as Error).cause ?? (e as Error).message).slice(0, 200) });
      }
      if (Date.now() - started > deadlineMs) return { op, key, result: 'unknown', httpStatus: 0, groupId: null, entryCount: 0, replayed: false, ms: 0, attempts: attempt };
      await new Promise((r) => setTimeout(r, Math.min(2_000, 100 * attempt)));
    }
  }

  async function client(n: number): Promise<void> {
    const rnd = random(plan.seed * 1000 + n);
    const reversible: Posted[] = [];
    while (issued < plan.operations) {
      issued++;
      const op = nextOperation(plan.hot, reversible, rnd);
      const outcome = await perform(op, n);
      outcomes.push(outcome);
      if (outcome.result === 'acknowledged' && outcome.groupId && op.kind !== 'reversal' && op.kind !== 'status_change' && !op.kind.startsWith('scan')) {
        reversible.push({ groupId: outcome.groupId, sku: op.sku, onHandChange: op.onHandChange });
      }
    }
  }

  const finished = Promise.all(Array.from({ length: plan.clients }, (_, n) => client(n))).then(() => ({ outcomes, transients, done: () => outcomes.length }));
  return { finished, done: () => outcomes.length };
}
