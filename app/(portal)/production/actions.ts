'use server';
// Production actions: parse the form, call one domain operation (the bulk
// actions: one per selected serial), translate the result.
import { adjustProductSchema, adjustProductStock, type ProductAdjustment } from '@/lib/serials/adjust-product-stock';
import { advanceSerial, advanceSerialSchema } from '@/lib/serials/advance-serial';
import { approveSerial, approveSerialSchema } from '@/lib/serials/approve-serial';
import { deliverSerial, deliverSerialSchema } from '@/lib/serials/deliver-serial';
import { markDefect, markDefectSchema } from '@/lib/serials/mark-defect';
import { formValues } from '@/app/_server/form-action';
import type { StepState } from './_lib/confirm-step';
import { withoutStepFields } from './_lib/confirm-step';
import { adjustDone, adjustInput, type AdjustDone } from './_lib/adjust-input';
import { chosenSerials } from './_lib/serial-selection';
import { transitionDone } from './_lib/summaries';
import { bulkAction, type BulkState } from './_server/bulk-action';
import { stepAction } from './_server/step-action';

/** The named fields as sent (absent ones left out, so the schema's defaults apply). */
function pick(formData: FormData, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = formData.get(f);
    if (typeof v === 'string') out[f] = v;
  }
  return out;
}

export async function advanceSerialAction(_prev: StepState, formData: FormData): Promise<StepState> {
  return stepAction(formData, {
    permissions: ['serials.advance'],
    schema: advanceSerialSchema,
    input: (fd) => pick(fd, ['serial', 'toStage', 'note']),
    run: advanceSerial,
    done: (d) => ({ message: transitionDone('advance', d) }),
  });
}

export async function approveSerialAction(_prev: StepState, formData: FormData): Promise<StepState> {
  return stepAction(formData, {
    permissions: ['serials.manage'],
    schema: approveSerialSchema,
    input: (fd) => pick(fd, ['serial', 'location', 'note']),
    run: approveSerial,
    done: (d) => ({ message: transitionDone('approve', d) }),
  });
}

export async function deliverSerialAction(_prev: StepState, formData: FormData): Promise<StepState> {
  return stepAction(formData, {
    permissions: ['serials.manage', 'inventory.ship'],
    schema: deliverSerialSchema,
    input: (fd) => pick(fd, ['serial', 'reference', 'note']),
    run: deliverSerial,
    done: (d) => ({ message: transitionDone('deliver', d) }),
  });
}

export async function markDefectAction(_prev: StepState, formData: FormData): Promise<StepState> {
  return stepAction(formData, {
    permissions: ['defects.mark'],
    schema: markDefectSchema,
    input: (fd) => pick(fd, ['serial', 'action', 'toStage', 'notes']),
    run: markDefect,
    done: (d) => ({ message: transitionDone('defect', d) }),
  });
}

export async function adjustProductAction(_prev: StepState<AdjustDone>, formData: FormData): Promise<StepState<AdjustDone>> {
  return stepAction<ProductAdjustment, AdjustDone>(formData, {
    permissions: ['inventory.adjust'],
    schema: adjustProductSchema,
    input: adjustInput,
    run: adjustProductStock,
    done: (r) => adjustDone(String(formData.get('direction')), r),
    values: (fd) => ({ ...withoutStepFields(formValues(fd)), serials: chosenSerials(fd, ['serials', 'serialsText']).join(' '), serialsText: '' }),
  });
}

export async function advanceSelectedAction(_prev: BulkState, formData: FormData): Promise<BulkState> {
  return bulkAction(formData, 'advance', 'serials.advance', async (actor, serial, { idempotencyKey }) => transitionDone('advance', await advanceSerial(actor, { serial, idempotencyKey })));
}

export async function approveSelectedAction(_prev: BulkState, formData: FormData): Promise<BulkState> {
  return bulkAction(formData, 'approve', 'serials.manage', async (actor, serial, { location, idempotencyKey }) =>
    transitionDone('approve', await approveSerial(actor, { serial, location, idempotencyKey })),
  );
}
