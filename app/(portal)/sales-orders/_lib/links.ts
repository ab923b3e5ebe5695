// Where the sales order screens live.
export const SALES_ORDERS_HREF = '/sales-orders';
export const NEW_SALES_ORDER_HREF = '/sales-orders/new';
export const PARTNERS_HREF = '/sales-orders/partners';
export const salesOrderHref = (number: string) => `${SALES_ORDERS_HREF}/${encodeURIComponent(number)}`;
export const newSalesOrderFor = (partner: string) => `${NEW_SALES_ORDER_HREF}?partner=${encodeURIComponent(partner)}`;
