// Configuration audit: the admin audit log (users, roles, settings, plugins,
// catalogue, locations) for a period, newest first in the log's own keyset
// order (lib/audit/list-audit-events.ts, which also checks admin.access).
import { listAuditEvents } from '../audit/list-audit-events';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { anyIfBlank, type Report } from './report';
import { configAuditFilterSchema } from './report-filters';

const PAGE = 500;

export async function openConfigAuditReport(actor: Actor, input: unknown): Promise<Report> {
  requirePermission(actor, 'reports.view');
  requirePermission(actor, 'admin.access');
  const f = parseInput(configAuditFilterSchema, input);
  const filter = { from: f.from, to: f.to, actor: f.actor, entity: f.entity, action: f.action };
  let count = 0;

  async function* rows(): AsyncGenerator<string[]> {
    let cursor: string | null = null;
    do {
      const page = await listAuditEvents(actor, filter, { limit: PAGE, cursor });
      for (const e of page.data) {
        count++;
        yield [
          e.at.toISOString().replace('T', ' ').slice(0, 19),
          e.actor ? e.actor.email : 'system',
          e.action,
          e.entity,
          e.entityId,
          e.changes.map((c) => `${c.key ? `${c.key}: ` : ''}${c.before} → ${c.after}`).join('; '),
        ];
      }
      cursor = page.nextCursor;
    } while (cursor);
  }

  return {
    slug: 'config-audit',
    title: 'Configuration audit',
    filters: [
      { label: 'Period (UTC)', value: `${f.from} to ${f.to}` },
      { label: 'Who', value: anyIfBlank(f.actor) },
      { label: 'Entity', value: anyIfBlank(f.entity) },
      { label: 'Action', value: anyIfBlank(f.action) },
    ],
    columns: [
      { header: 'At (UTC)', width: 19 },
      { header: 'Who', width: 26 },
      { header: 'Action', width: 20 },
      { header: 'Entity', width: 12 },
      { header: 'Entity id', width: 32 },
      { header: 'Changes', width: 82 },
    ],
    rows: rows(),
    totals: () => [{ label: 'Changes', value: String(count) }],
  };
}
