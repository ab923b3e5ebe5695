import type { SalesOrderStatusApi } from '@/lib/sales/sales-order-status';
import { SALES_ORDER_BADGE_CLASS, SALES_ORDER_LABEL } from '../_lib/labels';

export function SalesOrderStatusBadge({ status }: { status: SalesOrderStatusApi }) {
  return <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${SALES_ORDER_BADGE_CLASS[status]}`}>{SALES_ORDER_LABEL[status]}</span>;
}
