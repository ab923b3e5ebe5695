'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" className="rounded px-2 py-1 text-sm text-white underline-offset-2 hover:underline" onClick={() => signOut({ callbackUrl: '/signin' })}>
      Sign out
    </button>
  );
}
