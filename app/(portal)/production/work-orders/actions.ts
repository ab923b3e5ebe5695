'use server';
// Work order actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createWorkOrder } from '@/lib/serials/create-work-order';
import { setWorkOrderStatus } from '@/lib/serials/set-work-order-status';
import { WORK_ORDER_STATUS_API } from '@/lib/serials/work-order-status';
import { WORK_ORDER_LABEL } from './_lib/work-order-labels';

export async function createWorkOrderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // A multi-select sends one value per person chosen; the form keeps them comma-joined when it comes back.
  const assigneeIds = formData.getAll('assigneeIds').filter((v): v is string => typeof v === 'string' && v !== '');
  let number = '';
  const result = await runFormAction(formData, async (actor, input) => {
    number = (await createWorkOrder(actor, { ...input, assigneeIds })).number;
  });
  if (!result.ok) return { ...result, values: { ...result.values, assigneeIds: assigneeIds.join(',') } };
  revalidatePath('/production', 'layout');
  redirect(`/production/work-orders/${encodeURIComponent(number)}?created=1`);
}

export async function setWorkOrderStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let message = '';
  const result = await runFormAction(formData, async (actor, input) => {
    const done = await setWorkOrderStatus(actor, input);
    const label = WORK_ORDER_LABEL[WORK_ORDER_STATUS_API[done.status]].toLowerCase();
    message = done.scrapped ? `Cancelled; ${done.scrapped} serial${done.scrapped === 1 ? ' was' : 's were'} still in production and ${done.scrapped === 1 ? 'is' : 'are'} now scrapped.` : `The work order is now ${label}.`;
  });
  if (!result.ok) return result;
  revalidatePath('/production', 'layout');
  return { ok: true, message };
}
