'use client';
import { useActionState } from 'react';
import { useFormKey } from '@/app/_components/use-form-key';
import { CheckboxField } from '@/app/_components/checkbox-field';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { formDefaults } from '@/app/_components/form-defaults';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/app/_server/form-action';

type Choice = { code: string; name: string };
type Unit = Choice & { decimals: number };
type ItemValues = {
  sku: string;
  name: string;
  kindCode: string;
  unitCode: string;
  manufacturer: string | null;
  mpn: string | null;
  supplierPartNumbers: string[] | string;
  standardCost: string;
  lowStockThreshold: string | null;
  barcode: string;
  perishable: boolean;
  active: boolean;
};

export function ItemForm({
  action,
  kinds,
  units,
  item,
  defaultThreshold,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  kinds: Choice[];
  units: Unit[];
  item?: ItemValues;
  defaultThreshold: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const formKey = useFormKey(state);
  const v = formDefaults(item ?? { perishable: false, active: true, standardCost: '0' }, state.values);
  const e = state.fieldErrors ?? {};
  const text = (id: keyof ItemValues, label: string, hint?: string, inputMode?: 'decimal') => (
    <Field id={id} label={label} error={e[id]} hint={hint}>
      <input id={id} name={id} defaultValue={v[id]} inputMode={inputMode} autoComplete="off" className="input" {...invalidProps(id, e[id])} />
    </Field>
  );
  return (
    <form key={formKey} action={formAction} className="card max-w-2xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      {item ? (
        <input type="hidden" name="sku" value={item.sku} />
      ) : (
        text('sku', 'SKU', 'Letters, digits, dots, dashes and underscores. It cannot be changed later.')
      )}
      {text('name', 'Name')}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kindCode" label="Kind" error={e.kindCode}>
          <select id="kindCode" name="kindCode" defaultValue={v.kindCode ?? ''} className="input" {...invalidProps('kindCode', e.kindCode)}>
            <option value="">Choose…</option>
            {kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {`${k.name} (${k.code})`}
              </option>
            ))}
          </select>
        </Field>
        <Field id="unitCode" label="Unit" error={e.unitCode} hint={item ? 'Fixed once stock has been posted.' : undefined}>
          <select id="unitCode" name="unitCode" defaultValue={v.unitCode ?? ''} className="input" {...invalidProps('unitCode', e.unitCode)}>
            <option value="">Choose…</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {`${u.name} (${u.code}, ${u.decimals} decimal${u.decimals === 1 ? '' : 's'})`}
              </option>
            ))}
          </select>
        </Field>
        {text('manufacturer', 'Manufacturer (optional)')}
        {text('mpn', 'Manufacturer part number (optional)')}
        {text('supplierPartNumbers', 'Supplier part numbers (optional)', 'Separate with commas, e.g. 497-11767-ND, 511-STM32F401. Scanning a bag label finds the item by these.')}
        {text('standardCost', 'Standard cost', 'Per unit, up to 6 decimal places.', 'decimal')}
        {text('lowStockThreshold', 'Low-stock threshold (optional)', `Empty: ${defaultThreshold}, the default.`, 'decimal')}
      </div>
      {text('barcode', 'Barcode (optional)', 'Empty: the SKU.')}
      <CheckboxField id="perishable" name="perishable" label="Perishable (batches carry an expiry date)" checked={v.perishable === 'true'} error={e.perishable} />
      <CheckboxField id="active" name="active" label="Active (can be received, moved and used)" checked={v.active === 'true'} error={e.active} />
      <SubmitButton>{item ? 'Save changes' : 'Create item'}</SubmitButton>
    </form>
  );
}
