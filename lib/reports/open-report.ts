// A report by its slug, opened for the actor: permission, scope and filters
// checked here (a refusal is a DomainError before any row is read).
import { notFound } from '../errors';
import type { Actor } from '../roles/actor';
import { openConfigAuditReport } from './config-audit-report';
import { openDefectReport } from './defect-report';
import { openMovementAudit } from './movement-audit';
import { isReportSlug, type Report, type ReportSlug } from './report';
import { openValuationReport } from './valuation-report';

const OPENERS: Record<ReportSlug, (actor: Actor, input: unknown) => Promise<Report>> = {
  movements: openMovementAudit,
  valuation: openValuationReport,
  defects: openDefectReport,
  'config-audit': openConfigAuditReport,
};

export async function openReport(actor: Actor, slug: string, input: unknown): Promise<Report> {
  if (!isReportSlug(slug)) throw notFound('This report');
  return OPENERS[slug](actor, input);
}
