// Preview before commit: every line with its quantity, the lots FIFO will take
// and the target, or its error in plain words. Reads only.
import { pool } from '../db/pool';
import { readLots } from '../inventory/posting/lock-lots';
import type { Actor } from '../roles/actor';
import { planScan, type LineOutcome } from './plan-scan';
import { prepareScan, type Target } from './prepare-scan';

export interface ScanPreview {
  target: Omit<Target, 'provider'> | null;
  location: string | null;
  to: string | null;
  lines: LineOutcome[];
  ok: boolean;
}

export async function previewScan(actor: Actor, input: unknown): Promise<ScanPreview> {
  const prepared = await prepareScan(pool(), actor, input);
  const lots = prepared.positions.length ? await readLots(pool(), prepared.positions) : [];
  const plan = planScan(prepared.lines, { ...prepared.context, lots });
  const t = prepared.target;
  return { target: t && { kind: t.kind, id: t.id, number: t.number, label: t.label }, location: prepared.context.source?.code ?? null, to: prepared.context.destination?.code ?? null, lines: plan.lines, ok: plan.ok && plan.legs.length > 0 };
}
