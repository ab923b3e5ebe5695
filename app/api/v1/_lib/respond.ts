// Successful API answers. no-store everywhere: answers carry tokens or live stock
// figures, which no proxy or browser cache should keep.
export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set('content-type', 'application/json');
  h.set('cache-control', 'no-store');
  return new Response(JSON.stringify(data), { status, headers: h });
}
