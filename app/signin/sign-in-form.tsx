'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Field, FormMessage, invalidProps } from '../_components/field';

export function SignInForm() {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) return setError('Enter your e-mail and password.');
    setPending(true);
    setError(undefined);
    const result = await signIn('credentials', { email, password, redirect: false }).catch(() => null);
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign('/');
    } else {
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Wrong e-mail or password.');
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage message={error} />
      <Field id="email" label="E-mail">
        <input id="email" name="email" type="email" autoComplete="username" required className="input" {...invalidProps('email', error ? ' ' : undefined)} />
      </Field>
      <Field id="password" label="Password">
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
