// The operations the load clients send over the HTTP API, drawn at random on a
// small hot set of items and storage units, each with what it should do to the
// item's on-hand if it is acknowledged (transfers, status changes and moves: 0).
export interface HotSet {
  skus: string[];
  locations: string[];
}

export interface Operation {
  kind: 'receipt' | 'transfer' | 'consume' | 'adjust_up' | 'adjust_down' | 'status_change' | 'reversal' | 'scan_receive' | 'scan_move';
  method: 'POST';
  path: string;
  body: unknown;
  sku: string;
  /** Change to the item's on-hand (all statuses) if acknowledged. */
  onHandChange: number;
}

/** What a client remembers of an acknowledged posting, so it may reverse it later. */
export interface Posted {
  groupId: string;
  sku: string;
  onHandChange: number;
}

const pick = <T>(xs: T[], rnd: () => number): T => xs[Math.floor(rnd() * xs.length)];
const between = (lo: number, hi: number, rnd: () => number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** A small deterministic generator, so a run can be repeated with its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const movement = (kind: Operation['kind'], type: string, sku: string, fields: object, onHandChange: number): Operation => ({
  kind,
  method: 'POST',
  path: '/api/v1/movements',
  body: { type, sku, ...fields },
  sku,
  onHandChange,
});

export function nextOperation(hot: HotSet, reversible: Posted[], rnd: () => number): Operation {
  const sku = pick(hot.skus, rnd);
  const [from, to] = [pick(hot.locations, rnd), pick(hot.locations, rnd)];
  const q = between(1, 6, rnd);
  const roll = rnd();
  if (roll < 0.14) {
    const received = between(5, 25, rnd);
    return movement('receipt', 'receipt', sku, { to, quantity: received, unitCost: '1.25' }, received);
  }
  if (roll < 0.36) return movement('transfer', 'transfer', sku, { from, to: from === to ? hot.locations.find((l) => l !== from) : to, quantity: q }, 0);
  if (roll < 0.5) return movement('consume', 'consume', sku, { from, quantity: q }, -q);
  if (roll < 0.55) return movement('adjust_up', 'adjust_up', sku, { location: to, quantity: q, reason: 'Load test: found' }, q);
  if (roll < 0.63) return movement('adjust_down', 'adjust_down', sku, { location: from, quantity: q, reason: 'Load test: damaged' }, -q);
  if (roll < 0.73) {
    const hold = rnd() < 0.5;
    return movement('status_change', 'status_change', sku, { location: from, quantity: between(1, 3, rnd), status: hold ? 'on_hold' : 'available', fromStatus: hold ? 'available' : 'on_hold' }, 0);
  }
  if (roll < 0.83 && reversible.length) {
    const original = reversible.splice(Math.floor(rnd() * reversible.length), 1)[0];
    return { kind: 'reversal', method: 'POST', path: `/api/v1/movements/${original.groupId}/reverse`, body: { reason: 'Load test: reversed' }, sku: original.sku, onHandChange: -original.onHandChange };
  }
  if (roll < 0.92) {
    return { kind: 'scan_receive', method: 'POST', path: '/api/v1/scan/commit', body: { workflow: 'general', action: 'receive', location: to, lines: [{ code: sku, quantity: q }] }, sku, onHandChange: q };
  }
  const dest = hot.locations.find((l) => l !== from)!;
  return { kind: 'scan_move', method: 'POST', path: '/api/v1/scan/commit', body: { workflow: 'general', action: 'move', location: from, to: dest, lines: [{ code: sku, quantity: between(1, 3, rnd) }] }, sku, onHandChange: 0 };
}
