'use server';
// Item kind and unit actions: parse, call one domain operation, revalidate.
import { revalidatePath } from 'next/cache';
import { runFormAction, type FormState } from '@/app/_server/form-action';
import { createItemKind } from '@/lib/catalog/create-item-kind';
import { createUnit } from '@/lib/catalog/create-unit';
import { renameItemKind } from '@/lib/catalog/rename-item-kind';

const done = (message: string) => (result: FormState): FormState => {
  if (!result.ok) return result;
  revalidatePath('/admin/kinds-and-units');
  return { ok: true, message };
};

export async function createItemKindAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Kind created.')(await runFormAction(formData, (actor, input) => createItemKind(actor, input)));
}

export async function renameItemKindAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Renamed.')(await runFormAction(formData, (actor, input) => renameItemKind(actor, input)));
}

export async function createUnitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return done('Unit created.')(await runFormAction(formData, (actor, input) => createUnit(actor, input)));
}
