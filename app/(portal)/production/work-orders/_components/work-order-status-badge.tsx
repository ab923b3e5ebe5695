import type { WorkOrderStatusApi } from '@/lib/serials/work-order-status';
import { WORK_ORDER_BADGE_CLASS, WORK_ORDER_LABEL } from '../_lib/work-order-labels';

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatusApi }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${WORK_ORDER_BADGE_CLASS[status]}`}>{WORK_ORDER_LABEL[status]}</span>;
}
