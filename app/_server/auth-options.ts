// next-auth configuration: credentials sign-in checked by lib/auth; the JWT
// carries only the user id and session version, the Actor is loaded per request.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { verifySignIn } from '@/lib/auth/sign-in';
import { DomainError } from '@/lib/errors';

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : String(forwarded ?? '')).split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        try {
          const signedIn = await verifySignIn(credentials?.email ?? '', credentials?.password ?? '', clientIp(req?.headers));
          return { id: String(signedIn.userId), sv: signedIn.sessionVersion };
        } catch (e) {
          // next-auth hands the message to the sign-in form.
          if (e instanceof DomainError) throw new Error(e.message);
          console.error('sign-in failed unexpectedly', e);
          throw new Error('Sign-in is not available right now. Try again in a moment.');
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sv?: number }).sv;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: undefined, uid: Number(token.sub), sv: Number(token.sv) } as typeof session;
    },
  },
};
