'use client';
// What can be done to a lot now, each a small form with its answer beside it:
// release (planned), issue materials and complete (released or in progress),
// close (any but closed).
import { useActionState } from 'react';
import { Field, FormMessage, invalidProps } from '@/app/_components/field';
import { SubmitButton } from '@/app/_components/submit-button';
import { useFormKey } from '@/app/_components/use-form-key';
import type { LotStatusApi } from '../lib/lot-schemas';
import { closeLotAction, completeLotAction, issueMaterialsAction, releaseLotAction } from './actions';

interface Props {
  number: string;
  status: LotStatusApi;
  quantity: string;
  unit: string;
  serialTracked: boolean;
  workOrder: string | null;
  canManage: boolean;
  canIssue: boolean;
}

function ReleaseForm({ number }: { number: string }) {
  const [state, formAction] = useActionState(releaseLotAction, {});
  return (
    <form action={formAction} className="card space-y-2">
      <h3 className="font-semibold">Release</h3>
      <p className="text-sm text-slate-700">Allocates the components the lot needs (quantity per unit × lot quantity).</p>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <SubmitButton className="btn-primary">Release lot</SubmitButton>
    </form>
  );
}

function IssueForm({ number }: { number: string }) {
  const [state, formAction] = useActionState(issueMaterialsAction, {});
  const formKey = useFormKey(state);
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-3" noValidate>
      <h3 className="font-semibold">Issue materials</h3>
      <p className="text-sm text-slate-700">Consumes what is still to issue of every component from one storage unit, oldest batches first.</p>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <Field id="issue-location" label="Storage unit" error={e.location} hint="Its code, e.g. MKE-LINE-1.">
        <input id="issue-location" name="location" defaultValue={state.values?.location ?? ''} autoComplete="off" autoCapitalize="characters" className="input" {...invalidProps('issue-location', e.location)} />
      </Field>
      <SubmitButton className="btn-primary">Issue materials</SubmitButton>
    </form>
  );
}

function CompleteForm({ number, quantity, unit, serialTracked }: { number: string; quantity: string; unit: string; serialTracked: boolean }) {
  const [state, formAction] = useActionState(completeLotAction, {});
  const formKey = useFormKey(state);
  const e = state.fieldErrors ?? {};
  return (
    <form key={formKey} action={formAction} className="card space-y-3" noValidate>
      <h3 className="font-semibold">Complete</h3>
      <p className="text-sm text-slate-700">
        {serialTracked
          ? 'Makes the units: each gets the next serial number and enters stock at the storage unit, at the lot\'s material cost per unit.'
          : 'Receives the finished output into a storage unit as a new batch, at the lot\'s material cost per unit.'}
      </p>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <Field id="complete-location" label="Storage unit" error={e.location}>
        <input id="complete-location" name="location" defaultValue={state.values?.location ?? ''} autoComplete="off" autoCapitalize="characters" className="input" {...invalidProps('complete-location', e.location)} />
      </Field>
      <Field id="complete-quantity" label={serialTracked ? `Units made` : `Quantity made (${unit})`} error={e.quantity} hint={`Leave blank for the lot quantity, ${quantity}.`}>
        <input id="complete-quantity" name="quantity" defaultValue={state.values?.quantity ?? ''} inputMode={serialTracked ? 'numeric' : 'decimal'} autoComplete="off" className="input" {...invalidProps('complete-quantity', e.quantity)} />
      </Field>
      <SubmitButton className="btn-primary">Complete lot</SubmitButton>
    </form>
  );
}

/** A lot made on a work order: its units enter stock by QA approval there; completing records the end. */
function CompleteOnWorkOrderForm({ number, workOrder }: { number: string; workOrder: string }) {
  const [state, formAction] = useActionState(completeLotAction, {});
  return (
    <form action={formAction} className="card space-y-2">
      <h3 className="font-semibold">Complete</h3>
      <p className="text-sm text-slate-700">
        The units are made on {workOrder} and enter stock when QA approves each serial there. Complete the lot once none is still in production.
      </p>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <SubmitButton className="btn-primary">Complete lot</SubmitButton>
    </form>
  );
}

function CloseForm({ number }: { number: string }) {
  const [state, formAction] = useActionState(closeLotAction, {});
  return (
    <form action={formAction} className="card space-y-2">
      <h3 className="font-semibold">Close</h3>
      <p className="text-sm text-slate-700">Ends the lot; what was allocated but not consumed is free again.</p>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <SubmitButton className="btn-secondary">Close lot</SubmitButton>
    </form>
  );
}

export function LotActions({ number, status, quantity, unit, serialTracked, workOrder, canManage, canIssue }: Props) {
  const open = status === 'released' || status === 'in_progress';
  const forms = [
    status === 'planned' && canManage ? <ReleaseForm key="release" number={number} /> : null,
    open && canIssue ? <IssueForm key="issue" number={number} /> : null,
    open && canIssue && !(serialTracked && workOrder) ? <CompleteForm key="complete" number={number} quantity={quantity} unit={unit} serialTracked={serialTracked} /> : null,
    open && canIssue && serialTracked && workOrder ? <CompleteOnWorkOrderForm key="complete" number={number} workOrder={workOrder} /> : null,
    status !== 'closed' && canManage ? <CloseForm key="close" number={number} /> : null,
  ].filter(Boolean);
  if (!forms.length) return null;
  return (
    <section aria-labelledby="lot-actions" className="space-y-2">
      <h2 id="lot-actions" className="text-lg font-semibold">
        Actions
      </h2>
      <div className="grid gap-3 md:grid-cols-2">{forms}</div>
    </section>
  );
}
