'use client';
// The Adjust dialog of the reference as a page: Add (a quantity at a storage
// unit, each unit a new serial) or Subtract (chosen serials leave stock as
// scrapped), a required note, then "You are about to ..." and Confirm.
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Field, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { LocationList } from '@/app/(portal)/inventory/_components/posting-form';
import { adjustProductAction } from '../actions';
import type { AdjustDone } from '../_lib/adjust-input';
import type { StepState } from '../_lib/confirm-step';
import { productHref, serialHref } from '../_lib/links';
import { splitSerials } from '../_lib/serial-selection';
import { adjustSummary } from '../_lib/summaries';
import { ReviewPanel, StepError, useStepForm } from './step-form';

interface AdjustFormProps {
  product: { sku: string; name: string };
  /** The product's serials in stock (the first 200), offered as checkboxes for Subtract. */
  inStock: string[];
  moreInStock: boolean;
  locations: Choice[];
}

export function AdjustForm(props: AdjustFormProps) {
  // "Adjust again" starts a new round: empty fields.
  const [round, setRound] = useState(0);
  return <AdjustRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function AdjustRound({ product, inStock, moreInStock, locations, onAnother }: AdjustFormProps & { onAnother: () => void }) {
  const f = useStepForm<StepState<AdjustDone>>(adjustProductAction);
  if (f.state.ok && f.state.done) return <AdjustResult message={f.state.message ?? ''} done={f.state.done} sku={product.sku} onAnother={onAnother} />;
  if (f.state.review) return <ReviewPanel state={f.state} formAction={f.formAction} summary={adjustSummary(f.values, product)} note={f.values.note} danger={f.values.direction === 'subtract'} />;
  return <AdjustFields key={f.formKey} f={f} product={product} inStock={inStock} moreInStock={moreInStock} locations={locations} />;
}

function AdjustFields({ f, product, inStock, moreInStock, locations }: Omit<AdjustFormProps, 'product'> & { product: { sku: string }; f: ReturnType<typeof useStepForm<StepState<AdjustDone>>> }) {
  const { values, errors } = f;
  const [direction, setDirection] = useState(values.direction === 'subtract' ? 'subtract' : 'add');
  // What comes back after Back or a refusal: ticked boxes for the listed serials, the rest in the text box.
  const chosen = splitSerials(values.serials ?? '');
  const listed = new Set(inStock.map((s) => s.toUpperCase()));
  const ticked = new Set(chosen.filter((s) => listed.has(s.toUpperCase())).map((s) => s.toUpperCase()));
  const typed = chosen.filter((s) => !listed.has(s.toUpperCase())).join('\n');
  return (
    <form action={f.formAction} noValidate className="card grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <StepError state={f.state} />
      </div>
      <input type="hidden" name="sku" value={product.sku} />
      <fieldset className="space-y-2 sm:col-span-2" {...(errors.direction ? { 'aria-describedby': 'adjust-direction-error' } : {})}>
        <legend className="text-sm font-medium text-slate-800">Add or subtract</legend>
        <div className="flex flex-wrap gap-2">
          {[
            ['add', 'Add: new units into stock'],
            ['subtract', 'Subtract: take chosen units out'],
          ].map(([value, label]) => (
            <label key={value} className="flex min-h-12 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm">
              <input type="radio" name="direction" value={value} defaultChecked={direction === value} onChange={() => setDirection(value)} className="size-5" />
              {label}
            </label>
          ))}
        </div>
        {errors.direction ? (
          <p id="adjust-direction-error" className="text-sm text-red-700">
            {errors.direction}
          </p>
        ) : null}
      </fieldset>

      {/* Both halves stay in the form (hidden, not removed) so switching back keeps what was typed. */}
      <div hidden={direction !== 'add'} className="grid gap-4 sm:col-span-2 sm:grid-cols-2">
        <Field id="adjust-quantity" label="Quantity" error={errors.quantity} hint="Whole units, at most 1000.">
          <input id="adjust-quantity" name="quantity" inputMode="numeric" defaultValue={values.quantity} className="input" autoComplete="off" {...invalidProps('adjust-quantity', errors.quantity)} />
        </Field>
        <Field id="adjust-location" label="Storage unit" error={errors.location}>
          <input
            id="adjust-location"
            name="location"
            list="adjust-locations"
            defaultValue={values.location}
            className="input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...invalidProps('adjust-location', errors.location)}
          />
        </Field>
        <LocationList id="adjust-locations" locations={locations} />
      </div>

      <div hidden={direction !== 'subtract'} className="space-y-3 sm:col-span-2">
        <fieldset className="space-y-2" {...(errors.serials ? { 'aria-describedby': 'adjust-serials-error' } : {})}>
          <legend className="text-sm font-medium text-slate-800">Serials to take out</legend>
          {inStock.length ? (
            <div className="max-h-72 overflow-y-auto rounded-md border border-slate-300 bg-white p-2" tabIndex={0} role="group" aria-label="Serials in stock">
              <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                {inStock.map((serial) => (
                  <li key={serial}>
                    <label className="flex min-h-10 items-center gap-2 text-sm">
                      <input type="checkbox" name="serials" value={serial} defaultChecked={ticked.has(serial.toUpperCase())} className="size-5 shrink-0" />
                      <span className="break-all">{serial}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-slate-700">No unit of this product is in stock.</p>
          )}
          {moreInStock ? <p className="text-xs text-slate-600">Only the first 200 serials in stock are listed; type others below.</p> : null}
          {errors.serials ? (
            <p id="adjust-serials-error" className="text-sm text-red-700">
              {errors.serials}
            </p>
          ) : null}
        </fieldset>
        <Field id="adjust-serials-text" label="Or type serial numbers" hint="One per line, or separated by commas or spaces.">
          <textarea id="adjust-serials-text" name="serialsText" defaultValue={typed} rows={3} className="input" autoCapitalize="characters" spellCheck={false} />
        </Field>
      </div>

      <div className="sm:col-span-2">
        <Field id="adjust-note" label="Note" error={errors.note} hint="Required: why the stock changes.">
          <textarea id="adjust-note" name="note" defaultValue={values.note} rows={2} maxLength={500} className="input" {...invalidProps('adjust-note', errors.note)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <SubmitButton className="btn-primary min-h-12">Review adjustment</SubmitButton>
      </div>
    </form>
  );
}

function AdjustResult({ message, done, sku, onAnother }: { message: string; done: AdjustDone; sku: string; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="card space-y-4">
      <div role="status">
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-green-800">
          {message}
        </h2>
      </div>
      <p className="text-sm text-slate-700">{done.direction === 'add' ? 'New serial numbers in stock:' : 'Serial numbers taken out (now scrapped):'}</p>
      <ul className="flex flex-wrap gap-2">
        {done.serials.map((s) => (
          <li key={s}>
            <Link className="inline-flex min-h-10 items-center rounded border border-slate-300 px-2 text-sm text-brand-700 underline" href={serialHref(s)}>
              {s}
            </Link>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Link className="btn-secondary min-h-12" href={productHref(sku)}>
          Back to the product
        </Link>
        <button type="button" className="btn-primary min-h-12" onClick={onAnother}>
          Adjust again
        </button>
      </div>
    </div>
  );
}
