'use client';
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { Settings } from '@/lib/settings/setting-definitions';
import { updateSettingsAction } from './actions';

const LOW_STOCK = 'inventory.lowStockDefault';

export function SettingsForm({ settings }: { settings: Settings }) {
  const [state, action] = useActionState(updateSettingsAction, {});
  const formKey = useFormKey(state);
  const e = state.fieldErrors ?? {};
  const value = (key: keyof Settings) => state.values?.[key] ?? settings[key];
  return (
    <form key={formKey} action={action} className="card max-w-xl space-y-4" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="lowStockDefault" label="Default low-stock threshold" error={e[LOW_STOCK]} hint="Items without a threshold of their own count as low on stock below this quantity (0 or more; 10 out of the box).">
        <input id="lowStockDefault" name={LOW_STOCK} inputMode="decimal" defaultValue={value(LOW_STOCK)} className="input" {...invalidProps('lowStockDefault', e[LOW_STOCK])} />
      </Field>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
