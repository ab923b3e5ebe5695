// Runs before every request: refuses cross-site writes (app/_server/cross-site.ts)
// with a plain 403 and URLs carrying NUL (app/_server/nul-in-url.ts) with a 400,
// before any page, route or server action sees them.
import { NextResponse, type NextRequest } from 'next/server';
import { isCrossSiteWrite } from './app/_server/cross-site';
import { urlHasNul } from './app/_server/nul-in-url';

const refuse = (status: number, text: string) => new NextResponse(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export function proxy(request: NextRequest) {
  if (urlHasNul(request.nextUrl)) return refuse(400, 'The address contains a NUL character (%00).');
  if (isCrossSiteWrite({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers })) {
    return refuse(403, 'Cross-site request refused: send it from this portal.');
  }
  return NextResponse.next();
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' };
