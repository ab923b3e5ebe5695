// How counts look to the screens: statuses in lower case, quantities in the
// item's decimals, and expected figures left out where the count is blind.
import { can, type Actor } from '../../roles/actor';
import { formatQuantity, fromDb } from '../quantity';

export type CountStatusName = 'open' | 'posted' | 'discarded';

export const statusName = (s: string) => s.toLowerCase() as CountStatusName;

/** A blind count hides what the system expects from those who count, not from those who post. */
export const showsExpected = (actor: Actor, blind: boolean) => !blind || can(actor, 'inventory.adjust');

export const quantityText = (value: { toString(): string } | string | null, decimals: number): string | null =>
  value === null ? null : formatQuantity(fromDb(String(value)), decimals);
