'use server';
// Purchasing form actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/app/_server/form-action';
import { createPurchaseOrder } from '../lib/create-purchase-order';
import { createDraftPosForShortfalls } from '../lib/forecast-actions';
import { setItemPurchasing } from '../lib/item-purchasing';
import { receivePurchaseOrder } from '../lib/receive-purchase-order';
import { cancelPurchaseOrder, placePurchaseOrder } from '../lib/set-purchase-order-status';
import { createSupplier } from '../lib/suppliers';
import { itemHref, orderHref, ORDERS_HREF, PURCHASING_HREF } from './links';
import { runPurchasingAction } from './run-purchasing-action';

/** Rows of a repeated-field form ("sku", "quantity", ...), rows with nothing typed in `typed` left out; refusals keep pointing at the row on screen. */
function rowsOf(formData: FormData, names: string[], typed: string[] = names): { rows: Record<string, string>[]; rowOf: number[]; screen: Record<string, string> } {
  const columns = names.map((n) => formData.getAll(n).map((v) => (typeof v === 'string' ? v.slice(0, 200) : '')));
  const rows: Record<string, string>[] = [];
  const rowOf: number[] = [];
  // What was typed in every row, as "lines.N.field", so a refused form comes back filled in.
  const screen: Record<string, string> = {};
  columns[0].forEach((_, i) => {
    const row = Object.fromEntries(names.map((n, c) => [n, columns[c][i] ?? '']));
    for (const n of names) screen[`lines.${i}.${n}`] = row[n];
    if (typed.every((n) => !row[n].trim())) return;
    rows.push(row);
    rowOf.push(i);
  });
  return { rows, rowOf, screen };
}

const onScreen = (state: FormState, rowOf: number[], screen: Record<string, string>): FormState => ({
  ...state,
  values: { ...state.values, ...screen },
  fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^lines\.(\d+)\./, (_, n) => `lines.${rowOf[Number(n)] ?? n}.`), v])),
});

export async function createPurchaseOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { rows, rowOf, screen } = rowsOf(formData, ['sku', 'quantity', 'unitPrice', 'expectedAt']);
  let number = '';
  const result = await runPurchasingAction(formData, 'purchasing.manage', async (actor, input) => {
    number = (await createPurchaseOrder(actor, { supplier: input.supplier, status: input.status, note: input.note, idempotencyKey: input.idempotencyKey, lines: rows })).number;
  });
  if (!result.ok) return onScreen(result, rowOf, screen);
  revalidatePath(ORDERS_HREF);
  redirect(orderHref(number));
}

export async function createSupplierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runPurchasingAction(formData, 'purchasing.manage', async (actor, input) => {
    const s = await createSupplier(actor, { code: input.code, name: input.name });
    message = `Supplier ${s.code} added.`;
  });
  if (!result.ok) return result;
  revalidatePath(ORDERS_HREF);
  return { ok: true, message };
}

export async function receivePurchaseOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { rows, rowOf, screen } = rowsOf(formData, ['sku', 'quantity', 'location'], ['quantity']);
  let message = '';
  const result = await runPurchasingAction(formData, 'purchasing.receive', async (actor, input) => {
    const done = await receivePurchaseOrder(actor, { number: input.number, idempotencyKey: input.idempotencyKey, lines: rows });
    message = `Received ${done.entries.length} line${done.entries.length === 1 ? '' : 's'} on ${done.number}; it is now ${done.status.toLowerCase().replace('_', ' ')}.`;
  });
  if (!result.ok) return onScreen(result, rowOf, screen);
  revalidatePath(orderHref(String(formData.get('number') ?? '')));
  return { ok: true, message };
}

export async function setPurchaseOrderStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runPurchasingAction(formData, 'purchasing.manage', async (actor, input) => {
    const done = input.status === 'cancelled' ? await cancelPurchaseOrder(actor, input.number) : await placePurchaseOrder(actor, input.number);
    message = `${done.number} is ${done.status.toLowerCase()}.`;
  });
  if (!result.ok) return result;
  revalidatePath(orderHref(String(formData.get('number') ?? '')));
  return { ok: true, message };
}

export async function setItemPurchasingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runPurchasingAction(formData, 'purchasing.manage', (actor, input) => setItemPurchasing(actor, input));
  if (!result.ok) return result;
  revalidatePath(itemHref(String(formData.get('sku') ?? '')));
  return { ok: true, message: 'Saved.' };
}

export async function createDraftPosAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runPurchasingAction(formData, 'purchasing.manage', async (actor) => {
    const done = await createDraftPosForShortfalls(actor);
    const made = done.orders.length
      ? `Drafted ${done.orders.map((o) => `${o.number} (${o.supplier})`).join(', ')}.`
      : done.noSupplier.length
        ? 'No draft made: no shortfall left to draft has a preferred supplier.'
        : 'No draft made: draft orders already hold every shortfall. Place them to order.';
    const onDrafts = done.onDrafts.length ? ` Already on drafts: ${done.onDrafts.join(', ')}.` : '';
    message = `${made}${done.noSupplier.length ? ` No preferred supplier, skipped: ${done.noSupplier.join(', ')}.` : ''}${onDrafts}`;
  });
  if (!result.ok) return result;
  revalidatePath(PURCHASING_HREF, 'layout');
  return { ok: true, message };
}
