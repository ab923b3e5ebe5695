// Audit events as a table; each row lists only the keys that changed, before → after.
import { DateTime } from '@/app/_components/date-time';
import type { AuditEventRow } from '@/lib/audit/list-audit-events';

export function AuditTable({ rows }: { rows: AuditEventRow[] }) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap">
                <DateTime value={e.at} />
              </td>
              <td>
                {e.actor ? (
                  <>
                    {e.actor.name}
                    <span className="block text-xs text-slate-600 break-all">{e.actor.email}</span>
                  </>
                ) : (
                  <span className="text-slate-600">System</span>
                )}
              </td>
              <td className="whitespace-nowrap font-mono text-sm">{e.action}</td>
              <td>
                {e.entity} <span className="font-mono text-sm break-all">{e.entityId}</span>
              </td>
              <td className="min-w-48">
                {e.changes.length ? (
                  <ul className="space-y-1 text-sm">
                    {e.changes.map((c) => (
                      <li key={c.key} className="break-words">
                        {c.key ? <span className="font-medium">{c.key}: </span> : null}
                        <span className="text-slate-600">{c.before}</span> <span aria-hidden="true">→</span>
                        <span className="sr-only">changed to</span> <span>{c.after}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-sm text-slate-600">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
