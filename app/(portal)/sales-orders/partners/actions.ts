'use server';
// Partner actions: parse, call one domain operation, translate the result.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createPartner } from '@/lib/sales/create-partner';
import { SALES_ORDERS_HREF } from '../_lib/links';

export interface PartnerFormState extends FormState {
  created?: { code: string; name: string; kind: 'customer' | 'supplier' };
}

export async function createPartnerAction(_prev: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  let created: PartnerFormState['created'];
  const result = await runFormAction(formData, async (actor, input) => {
    const p = await createPartner(actor, input);
    created = { code: p.code, name: p.name, kind: p.kind };
  });
  if (!result.ok || !created) return result;
  revalidatePath(SALES_ORDERS_HREF, 'layout');
  return { ok: true, message: `${created.kind === 'customer' ? 'Customer' : 'Supplier'} ${created.code} added.`, created };
}
