// Input shared by serial transitions.
import { z } from 'zod';
import { requestHash } from '../inventory/movement-input';
import { SERIAL_STATUS_LABELS, type SerialStatus } from './serial-status';
import { DomainError } from '../errors';

const optionalText = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max, `At most ${max} characters.`).optional());

export const serialField = z.string({ message: 'Enter a serial number.' }).trim().min(1, 'Enter a serial number.').max(100, 'At most 100 characters.');
export const serialCommon = {
  serial: serialField,
  note: optionalText(500),
  idempotencyKey: optionalText(200),
};
export const optionalStage = optionalText(40);
export const requiredNotes = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ message: 'Write what is wrong with the unit.' }).min(1, 'Write what is wrong with the unit.').max(1000, 'At most 1000 characters.'));

export const transitionRequest = (action: string, data: { idempotencyKey?: string }) => ({ action, idempotencyKey: data.idempotencyKey ?? null, requestHash: requestHash(action, data) });

/** A transition that does not apply to the unit's status: refused with the reason, nothing changes. */
export const notWhile = (serial: string, status: SerialStatus, what: string) =>
  new DomainError('CONFLICT', `${serial} is ${SERIAL_STATUS_LABELS[status]}: ${what}`);
