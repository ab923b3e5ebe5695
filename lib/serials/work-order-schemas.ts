// Input of the work order operations, shared by the form actions, the API and tests.
import { z } from 'zod';
import { optionalText, recordId, requiredText, wholeNumber, optionalDate } from '../form-fields';
import { WORK_ORDER_STATUSES_API } from './work-order-status';

export const WORK_ORDER_QUANTITY_MAX = 10_000;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const dueDate = optionalDate;

export const createWorkOrderSchema = z.object({
  product: requiredText(64, 'Choose a product.'),
  quantity: wholeNumber(1, WORK_ORDER_QUANTITY_MAX, `Enter a whole number from 1 to ${WORK_ORDER_QUANTITY_MAX.toLocaleString('en-US')}.`),
  /** A team id, or a team name in the creator's department (an Admin's elsewhere too, when only one department has it). */
  team: z.preprocess((v) => (blank(v) ? null : typeof v === 'number' ? String(v) : v), z.string({ message: 'Name a team or give its id.' }).trim().max(100, 'At most 100 characters.').nullable()),
  assigneeIds: z.preprocess(
    (v) => (blank(v) ? [] : (Array.isArray(v) ? v : [v]).filter((x) => !blank(x))),
    z.array(recordId('Choose people from the list.'), { message: 'Choose people from the list.' }).max(50, 'Name at most 50 people; assign a team instead.'),
  ),
  dueAt: dueDate,
  note: optionalText(500),
  idempotencyKey: optionalText(200),
});
export type CreateWorkOrderInput = z.input<typeof createWorkOrderSchema>;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (blank(v) ? undefined : v), z.enum(values, { message }).optional());

export const WORK_ORDER_FILTERS = ['active', ...WORK_ORDER_STATUSES_API] as const;

export const listWorkOrdersSchema = z.object({
  /** `active` is open and in progress together. */
  status: optionalEnum(WORK_ORDER_FILTERS, `status is one of ${WORK_ORDER_FILTERS.join(', ')}.`),
  product: optionalText(64),
});

export const setWorkOrderStatusSchema = z.object({
  number: requiredText(40, 'Name the work order.'),
  status: z.enum(WORK_ORDER_STATUSES_API, { message: `status is one of ${WORK_ORDER_STATUSES_API.join(', ')}.` }),
});
