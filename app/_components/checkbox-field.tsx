// A checkbox that always sends a value: the hidden "false" goes first, a ticked
// box's "true" after it wins, so unticking is sent rather than left out.
import { invalidProps } from './field';

export function CheckboxField({ id, name, label, checked, error, hint }: { id: string; name: string; label: string; checked: boolean; error?: string; hint?: string }) {
  return (
    <div className="space-y-1">
      <input type="hidden" name={name} value="false" />
      <label htmlFor={id} className="flex min-h-10 items-center gap-3 text-sm font-medium text-slate-800">
        <input id={id} name={name} type="checkbox" value="true" defaultChecked={checked} className="h-5 w-5 shrink-0 accent-brand-700" {...invalidProps(id, error)} />
        {label}
      </label>
      {hint && !error ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
