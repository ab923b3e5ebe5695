import type { Metadata } from 'next';
import { ApiTokenTable } from '@/app/_components/api-token-table';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { ALL_TOKENS_PAGE_SIZE, listAllTokens } from '@/lib/api-tokens/list-all-tokens';
import { revokeAnyTokenAction } from './actions';

export const metadata: Metadata = { title: 'API tokens' };

export default async function AdminApiTokensPage() {
  const actor = await requireAdminPage();
  const { tokens, more } = await listAllTokens(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="max-w-2xl text-sm text-slate-700">
        Every user&apos;s API tokens, newest first. Revoking one stops it at once; deactivating a user stops all of theirs.
        {more ? ` Only the newest ${ALL_TOKENS_PAGE_SIZE} are shown.` : ''}
      </p>
      {tokens.length ? <ApiTokenTable caption="API tokens of all users" tokens={tokens} revokeAction={revokeAnyTokenAction} /> : <p className="text-sm text-slate-700">No user has an API token.</p>}
    </div>
  );
}
