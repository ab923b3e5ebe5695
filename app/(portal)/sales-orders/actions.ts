'use server';
// Sales order actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createSalesOrder } from '@/lib/sales/create-sales-order';
import { setSalesOrderStatus } from '@/lib/sales/set-sales-order-status';
import { SALES_ORDER_LABEL } from './_lib/labels';
import { salesOrderHref, SALES_ORDERS_HREF } from './_lib/links';
import { orderLinesOf } from './_lib/order-lines';

export async function createSalesOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let number = '';
  const result = await runFormAction(formData, async (actor, input) => {
    const { partner, expectedAt, note, departmentId, idempotencyKey } = input;
    number = (await createSalesOrder(actor, { partner, expectedAt, note, departmentId, idempotencyKey, lines: orderLinesOf(input) })).number;
  });
  if (!result.ok) return result;
  revalidatePath(SALES_ORDERS_HREF, 'layout');
  redirect(`${salesOrderHref(number)}?created=1`);
}

export async function setSalesOrderStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runFormAction(formData, async (actor, input) => {
    const done = await setSalesOrderStatus(actor, input);
    message = `${done.number} is now ${SALES_ORDER_LABEL[done.status].toLowerCase()}.`;
  });
  if (!result.ok) return result;
  revalidatePath(SALES_ORDERS_HREF, 'layout');
  return { ok: true, message };
}
