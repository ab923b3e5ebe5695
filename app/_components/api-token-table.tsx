// The token list of the profile page (own tokens) and the admin page (everyone's).
import type { FormState } from '@/app/_server/form-action';
import { TOKEN_STATUS_LABELS, type TokenStatus } from '@/lib/api-tokens/token-status';
import { DateTime } from './date-time';
import { RevokeTokenButton } from './revoke-token-button';

export interface TokenRowView {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  status: TokenStatus;
  user?: { name: string; email: string; active: boolean };
}

const STATUS_CLASS = { active: 'text-green-800', expired: 'text-slate-600', revoked: 'text-red-700' } as const satisfies Record<TokenStatus, string>;

export function ApiTokenTable({ caption, tokens, revokeAction }: { caption: string; tokens: TokenRowView[]; revokeAction: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const showUser = tokens.some((t) => t.user);
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {showUser ? <th scope="col">User</th> : null}
            <th scope="col">Name</th>
            <th scope="col">Prefix</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              {showUser ? (
                <td>
                  {t.user?.name}
                  <span className="block text-xs text-slate-600">{t.user?.email}</span>
                  {t.user && !t.user.active ? <span className="block text-xs text-red-700">Deactivated</span> : null}
                </td>
              ) : null}
              <td className="break-all">{t.name}</td>
              <td>
                <code>{t.prefix}…</code>
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={t.createdAt} />
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={t.lastUsedAt} empty="Never" />
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={t.expiresAt} empty="Never" />
              </td>
              <td className={STATUS_CLASS[t.status]}>{TOKEN_STATUS_LABELS[t.status]}</td>
              <td>{t.status === 'active' ? <RevokeTokenButton id={t.id} name={t.name} action={revokeAction} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
