'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { setPluginEnabledAction } from './actions';

export function PluginSwitch({ pluginId, name, enabled }: { pluginId: string; name: string; enabled: boolean }) {
  const [state, action] = useActionState(setPluginEnabledAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="pluginId" value={pluginId} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <SubmitButton className={enabled ? 'btn-danger' : 'btn-secondary'}>
        {enabled ? 'Disable' : 'Enable'}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
