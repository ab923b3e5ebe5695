import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { demoAccountsStillOpen } from '@/lib/auth/demo-accounts';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { getActor } from '../_server/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  if (await getActor()) redirect('/');
  const demo = await demoAccountsStillOpen();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center p-4">
      <h1 className="mb-1 text-2xl font-semibold text-brand-800">Quartermaster</h1>
      <p className="mb-6 text-slate-700">Inventory and production stock</p>
      <div className="card">
        <SignInForm />
      </div>
      {demo.length ? (
        <section className="mt-6 text-sm text-slate-700" aria-labelledby="demo-heading">
          <h2 id="demo-heading" className="font-medium">
            Demo accounts (password <code>demo1234</code>)
          </h2>
          <ul className="mt-1 space-y-0.5">
            {demo.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> — {ROLE_LABELS[a.role as keyof typeof ROLE_LABELS]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
