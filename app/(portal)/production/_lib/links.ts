// Where the production screens link to.
import { hrefWith } from '@/app/(portal)/inventory/_lib/search-params';

export const PRODUCTION_HREF = '/production';
export const LOG_HREF = '/production/log';
export const WORK_ORDERS_HREF = '/production/work-orders';

export const productHref = (sku: string, query: Record<string, string | null | undefined> = {}) => hrefWith(`/production/products/${encodeURIComponent(sku)}`, query);
export const adjustHref = (sku: string) => `/production/products/${encodeURIComponent(sku)}/adjust`;
export const serialHref = (serial: string) => `/production/serials/${encodeURIComponent(serial)}`;
export const workOrderHref = (number: string) => `/production/work-orders/${encodeURIComponent(number)}`;
export const productLogHref = (sku?: string) => hrefWith(LOG_HREF, { product: sku });
