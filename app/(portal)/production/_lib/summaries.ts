// The sentences of the production screens: what a confirmation is about to do,
// what was done, and where a unit is. Pure, so they are tested without a page.
import type { SerialDetail } from '@/lib/serials/get-serial';
import { splitSerials } from './serial-selection';

const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;

export function adjustSummary(values: Record<string, string>, product: { sku: string; name: string }): string {
  const what = `${product.name} (${product.sku})`;
  if (values.direction === 'add') {
    const n = Number(values.quantity);
    return `You are about to add ${units(n)} of ${what} at ${values.location?.trim()}. Each gets a new serial number.`;
  }
  const serials = splitSerials(values.serials ?? '');
  return `You are about to take ${units(serials.length)} of ${what} out of stock: ${serials.join(', ')}. ${serials.length === 1 ? 'It is' : 'They are'} marked scrapped.`;
}

export type TransitionKind = 'advance' | 'approve' | 'deliver' | 'defect';

export interface SerialAt {
  serial: string;
  stage: string | null;
  location: string | null;
  inStock: boolean;
  iterationCount: number;
  /** Where a plain advance goes. */
  nextStage: string | null;
  /** Where a rework goes when no stage is chosen. */
  firstStage: string | null;
}

export function transitionSummary(kind: TransitionKind, values: Record<string, string>, at: SerialAt): string {
  const leaves = at.inStock ? ` It leaves stock${at.location ? ` at ${at.location}` : ''}.` : '';
  switch (kind) {
    case 'advance':
      return `You are about to advance ${at.serial} from ${at.stage ?? 'no stage'} to ${values.toStage || at.nextStage}.`;
    case 'approve':
      return `You are about to approve ${at.serial} at QA and put it into stock at ${values.location?.trim()}.`;
    case 'deliver':
      return `You are about to deliver ${at.serial} against ${values.reference?.trim()}.${leaves}`;
    case 'defect':
      return values.action === 'rework'
        ? `You are about to send ${at.serial} back to ${values.toStage || at.firstStage} for rework (iteration ${at.iterationCount + 1}).${leaves}`
        : `You are about to scrap ${at.serial}: it is discarded for good.${leaves}`;
  }
}

const DONE: Record<TransitionKind, (d: SerialDetail) => string> = {
  advance: (d) => `${d.serial} is now at ${d.stage}.`,
  approve: (d) => `${d.serial} is in stock at ${d.location ?? 'its storage unit'}.`,
  deliver: (d) => `${d.serial} was delivered.`,
  defect: (d) => (d.status === 'scrapped' ? `${d.serial} was scrapped.` : `${d.serial} went back to ${d.stage} for rework (iteration ${d.iterationCount}).`),
};

/** What the page says after a transition; a replayed request says it had been done already. */
export function transitionDone(kind: TransitionKind, detail: SerialDetail & { replayed?: boolean }): string {
  return `${detail.replayed ? 'Already done: ' : ''}${DONE[kind](detail)}`;
}

/** Where the unit is, in words: the storage unit and batch while in stock, the stage on the line, the delivery reference once delivered. */
export function whereIs(d: Pick<SerialDetail, 'status' | 'stage' | 'location' | 'batch' | 'history'>): string {
  switch (d.status) {
    case 'in_stock':
      return `In stock at ${d.location ?? 'an unknown storage unit'}${d.batch ? `, batch ${d.batch}` : ''}`;
    case 'in_production':
      return `On the line at ${d.stage ?? 'no stage'}`;
    case 'delivered': {
      const delivery = d.history.findLast((h) => h.action === 'delivered');
      return `Delivered${delivery?.reference ? ` against ${delivery.reference}` : ''}`;
    }
    case 'scrapped':
      return 'Scrapped: out of stock for good';
  }
}
