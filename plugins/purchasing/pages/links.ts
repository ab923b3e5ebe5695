// Where the purchasing pages live (mounted under app/(plugins)/purchasing).
export const PURCHASING_HREF = '/purchasing';
export const ORDERS_HREF = '/purchasing/orders';
export const FORECAST_CSV_HREF = '/purchasing/forecast.csv';
export const orderHref = (number: string) => `${ORDERS_HREF}/${encodeURIComponent(number)}`;
export const itemHref = (sku: string) => `/purchasing/items/${encodeURIComponent(sku)}`;
export const lotForecastHref = (number: string) => `/purchasing/lots/${encodeURIComponent(number)}`;
