'use client';
// An item's reorder point, reorder quantity and preferred supplier.
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { setItemPurchasingAction } from './actions';

export function ItemSettingsForm({
  sku,
  current,
  suppliers,
}: {
  sku: string;
  current: { reorderPoint: string | null; reorderQuantity: string | null; preferredSupplier: string | null };
  suppliers: { code: string; name: string }[];
}) {
  const [state, formAction] = useActionState(setItemPurchasingAction, {});
  const formKey = useFormKey(state);
  const v = { reorderPoint: current.reorderPoint ?? '', reorderQuantity: current.reorderQuantity ?? '', preferredSupplier: current.preferredSupplier ?? '', ...(state.ok ? {} : state.values) };
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-4" noValidate aria-labelledby="reorder">
      <h2 id="reorder" className="text-lg font-semibold">
        Reorder settings
      </h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="sku" value={sku} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="reorderPoint" label="Reorder point" error={e.reorderPoint} hint="Blank: no reorder point.">
          <input id="reorderPoint" name="reorderPoint" defaultValue={v.reorderPoint} inputMode="decimal" autoComplete="off" className="input" {...invalidProps('reorderPoint', e.reorderPoint)} />
        </Field>
        <Field id="reorderQuantity" label="Reorder quantity" error={e.reorderQuantity}>
          <input id="reorderQuantity" name="reorderQuantity" defaultValue={v.reorderQuantity} inputMode="decimal" autoComplete="off" className="input" {...invalidProps('reorderQuantity', e.reorderQuantity)} />
        </Field>
        <Field id="preferredSupplier" label="Preferred supplier" error={e.preferredSupplier}>
          <select id="preferredSupplier" name="preferredSupplier" defaultValue={v.preferredSupplier} className="input" {...invalidProps('preferredSupplier', e.preferredSupplier)}>
            <option value="">None</option>
            {suppliers.map((s) => (
              <option key={s.code} value={s.code}>{`${s.code} · ${s.name}`}</option>
            ))}
          </select>
        </Field>
      </div>
      <SubmitButton className="btn-primary min-h-12">Save</SubmitButton>
    </form>
  );
}
