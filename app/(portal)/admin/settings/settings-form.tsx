'use client';
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import { LABEL_FORMAT_IDS, LABEL_FORMATS } from '@/lib/labels/label-formats';
import type { Settings } from '@/lib/settings/setting-definitions';
import { updateSettingsAction } from './actions';

const LOW_STOCK = 'inventory.lowStockDefault';
const LABEL_DEFAULTS = [
  ['labels.defaultFormat.item', 'labelFormatItem', 'Item labels'],
  ['labels.defaultFormat.location', 'labelFormatLocation', 'Storage unit labels'],
  ['labels.defaultFormat.lot', 'labelFormatLot', 'Batch labels'],
  ['labels.defaultFormat.serial', 'labelFormatSerial', 'Serial number labels'],
] as const;

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
      <fieldset className="space-y-4">
        <legend className="font-medium">Label stock printed on unless a print asks for another</legend>
        {LABEL_DEFAULTS.map(([key, id, label]) => (
          <Field key={key} id={id} label={label} error={e[key]}>
            <select id={id} name={key} defaultValue={value(key)} className="input" {...invalidProps(id, e[key])}>
              {LABEL_FORMAT_IDS.map((f) => (
                <option key={f} value={f}>
                  {LABEL_FORMATS[f].title}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </fieldset>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
