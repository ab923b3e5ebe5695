'use server';
// Scan screen actions: parse what arrived, call one domain operation
// (lib/scan), translate the result. Resolve, preview and commit take the
// session as an object; roll back is a form.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { commitScan } from '@/lib/scan/commit-scan';
import { previewScan } from '@/lib/scan/preview-scan';
import { resolveScan } from '@/lib/scan/resolve-scan';
import { rollbackScan } from '@/lib/scan/rollback-scan';
import { resolveRequestOf, scanSessionRequestOf } from './_lib/scan-request';
import type { CommitResult, PreviewResult, ResolveResult } from './_lib/results';
import { rolledBackMessage } from './_lib/session-history';
import { scanCall } from './_server/scan-call';

export async function resolveScanAction(input: unknown): Promise<ResolveResult> {
  return scanCall(async (actor) => ({ scan: await resolveScan(actor, resolveRequestOf(input)) }), 'The scan could not be checked right now. Scan it again.');
}

export async function previewScanAction(input: unknown): Promise<PreviewResult> {
  return scanCall(async (actor) => {
    const { target, location, to, lines, ok } = await previewScan(actor, scanSessionRequestOf(input));
    return { preview: { target: target ? { number: target.number, label: target.label } : null, location, to, lines, ok } };
  }, 'The review is not available right now; nothing was posted. Try again.');
}

export async function commitScanAction(input: unknown): Promise<CommitResult> {
  const result = await scanCall(async (actor) => ({ session: await commitScan(actor, scanSessionRequestOf(input)) }), 'Something went wrong on our side; nothing was posted. Accept again: it is posted only once.');
  if (result.ok) revalidatePath('/', 'layout');
  return result;
}

export async function rollbackScanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runFormAction(formData, async (actor, input) => {
    message = rolledBackMessage(await rollbackScan(actor, { sessionId: input.sessionId, reason: input.reason }));
  });
  if (!result.ok) return result;
  revalidatePath('/', 'layout');
  return { ok: true, message };
}
