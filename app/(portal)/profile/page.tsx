import type { Metadata } from 'next';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { requireActor } from '@/app/_server/session';
import { listOwnTokens } from '@/lib/api-tokens/list-own-tokens';
import { ROLE_LABELS } from '@/lib/roles/roles';
import { getOwnProfile } from '@/lib/users/get-own-profile';
import { revokeOwnTokenAction } from './actions';
import { CreateTokenForm } from './create-token-form';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const actor = await requireActor();
  const [profile, tokens] = await Promise.all([getOwnProfile(actor), listOwnTokens(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Profile</h1>
      <section aria-labelledby="account-heading" className="card max-w-xl">
        <h2 id="account-heading" className="mb-3 font-semibold">
          Account
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">Name</dt>
          <dd>{profile.name}</dd>
          <dt className="text-slate-600">E-mail</dt>
          <dd className="break-all">{profile.email}</dd>
          <dt className="text-slate-600">Role</dt>
          <dd>{ROLE_LABELS[profile.role]}</dd>
          <dt className="text-slate-600">Department / team</dt>
          <dd>
            {profile.department.name}
            {profile.team ? ` / ${profile.team.name}` : ''}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-xl font-semibold">
          API tokens
        </h2>
        <p className="max-w-2xl text-sm text-slate-700">
          A token lets a script or device use the portal&apos;s API as you, with your role&apos;s permissions: send it as <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token you no longer use.
        </p>
        <CreateTokenForm />
        {tokens.length ? <ApiTokenTable caption="Your API tokens" tokens={tokens} revokeAction={revokeOwnTokenAction} /> : <p className="text-sm text-slate-700">You have no API tokens yet.</p>}
      </section>
    </div>
  );
}
