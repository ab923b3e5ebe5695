'use server';
// Production lot and BOM form actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/app/_server/form-action';
import { invalid } from '@/lib/errors';
import { closeLot } from '../lib/close-lot';
import { completeLot } from '../lib/complete-lot';
import { createProductionLot } from '../lib/create-production-lot';
import { importBomCsv } from '../lib/import-bom-csv';
import { issueMaterials } from '../lib/issue-materials';
import { CSV_MAX_CHARS } from '../lib/parse-csv';
import { releaseLot } from '../lib/release-lot';
import { saveBom } from '../lib/save-bom';
import { bomHref, lotHref, LOTS_HREF } from './links';
import { runLotAction } from './run-lot-action';

export async function createLotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let number = '';
  const result = await runLotAction(formData, 'lots.manage', async (actor, input) => {
    number = (await createProductionLot(actor, input)).number;
  });
  if (!result.ok) return result;
  revalidatePath(LOTS_HREF);
  redirect(`${lotHref(number)}?created=1`);
}

export async function releaseLotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runLotAction(formData, 'lots.manage', async (actor, input) => {
    const done = await releaseLot(actor, input);
    message = `${done.number} is released: ${done.allocations} component${done.allocations === 1 ? '' : 's'} allocated.`;
  });
  if (!result.ok) return result;
  revalidatePath(LOTS_HREF, 'layout');
  return { ok: true, message };
}

export async function issueMaterialsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runLotAction(formData, 'lots.issue', async (actor, input) => {
    const done = await issueMaterials(actor, { number: input.number, location: input.location });
    const skipped = done.skipped.length ? ` Not issued (serial-numbered, they leave stock one serial at a time): ${done.skipped.join(', ')}.` : '';
    message = `Issued ${done.entries.length} batch${done.entries.length === 1 ? '' : 'es'} of material to ${done.number}.${skipped}`;
  });
  if (!result.ok) return result;
  revalidatePath(LOTS_HREF, 'layout');
  return { ok: true, message };
}

export async function completeLotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runLotAction(formData, 'lots.issue', async (actor, input) => {
    const done = await completeLot(actor, input);
    const e = done.entries[0];
    const serials = done.serials.length > 1 ? `${done.serials[0]} … ${done.serials[done.serials.length - 1]}` : done.serials[0];
    if (!e) message = `${done.number} is completed; its units entered stock by QA approval on its work order.`;
    else if (done.serials.length) message = `${done.number} is completed: ${done.serials.length} units received at ${e.location}, serials ${serials}.`;
    else message = `${done.number} is completed: ${e.quantity} received at ${e.location} as batch ${e.batch}.`;
  });
  if (!result.ok) return result;
  revalidatePath(LOTS_HREF, 'layout');
  return { ok: true, message };
}

export async function closeLotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runLotAction(formData, 'lots.manage', async (actor, input) => {
    message = `${(await closeLot(actor, input)).number} is closed.`;
  });
  if (!result.ok) return result;
  revalidatePath(LOTS_HREF, 'layout');
  return { ok: true, message };
}

/** The editor's rows, fully blank ones left out; refusals keep pointing at the row on screen. */
function linesOf(formData: FormData): { lines: Record<string, string>[]; rowOf: number[]; rows: Record<string, string>[] } {
  const column = (name: string) => formData.getAll(name).map((v) => (typeof v === 'string' ? v : ''));
  const [skus, quantities, designators, alternates] = ['sku', 'quantityPer', 'designators', 'alternates'].map(column);
  const lines: Record<string, string>[] = [];
  const rowOf: number[] = [];
  const rows = skus.map((sku, i) => ({ sku, quantityPer: quantities[i] ?? '', designators: designators[i] ?? '', alternates: alternates[i] ?? '' }));
  rows.forEach((line, i) => {
    if (Object.values(line).every((v) => !v.trim())) return;
    lines.push(line);
    rowOf.push(i);
  });
  return { lines, rowOf, rows };
}

export async function saveBomAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { lines, rowOf, rows } = linesOf(formData);
  let message = '';
  const result = await runLotAction(formData, 'lots.manage', async (actor, input) => {
    const saved = await saveBom(actor, { product: input.product, note: input.note, lines });
    message = `Saved version ${saved.version} of the BOM of ${saved.product}.`;
  });
  // Rows come back as typed (blank ones too), so refusals and rows keep the same numbers.
  const values = { ...result.values, lines: JSON.stringify(rows) };
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^lines\.(\d+)\./, (_, n) => `lines.${rowOf[Number(n)] ?? n}.`), v]));
    return { ...result, fieldErrors, values };
  }
  revalidatePath(bomHref(String(formData.get('product') ?? '')));
  return { ok: true, message };
}

export async function importBomCsvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get('file');
  // A chosen file wins over pasted text.
  const chosen = file && typeof file === 'object' && file.size > 0 ? file : null;
  let message = '';
  const result = await runLotAction(formData, 'lots.manage', async (actor, input) => {
    if (chosen && chosen.size > CSV_MAX_CHARS) throw invalid('csv', 'The file is larger than 1000 kB.');
    const saved = await importBomCsv(actor, input.product, chosen ? await chosen.text() : (input.csvText ?? ''));
    message = `Imported version ${saved.version} of the BOM of ${saved.product}.`;
  });
  if (!result.ok) return result;
  revalidatePath(bomHref(String(formData.get('product') ?? '')));
  return { ok: true, message };
}
