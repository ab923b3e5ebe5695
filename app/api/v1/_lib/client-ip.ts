// The caller's address for sign-in throttling: the first x-forwarded-for entry,
// the same rule as the sign-in page (app/_server/auth-options.ts). Set by the
// proxy in front of the portal (see README).
export function clientIpOf(request: Request): string | null {
  const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}
