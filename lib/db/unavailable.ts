// Is this failure "the database cannot be reached right now" (restarting,
// shutting down, connection refused or dropped) rather than a fault in the
// request? Such failures are answered as 503 / "try again", never as a 500:
// the pool reconnects by itself once PostgreSQL is back, and a posting retried
// with its idempotency key is applied once.

// Connection refused/reset, admin or crash shutdown, starting up, connection failures, too many connections.
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300', 'P1001', 'P1002', 'P1017']);
// Prisma's driver-adapter error kinds for the same situations.
const KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const MESSAGES = /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|Can't reach database|the database system is (?:starting up|shutting down|in recovery mode)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown } | undefined;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    if (typeof e.code === 'string' && CODES.has(e.code)) return true;
    if (typeof e.originalCode === 'string' && CODES.has(e.originalCode)) return true;
    if (typeof e.kind === 'string' && KINDS.has(e.kind)) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}
