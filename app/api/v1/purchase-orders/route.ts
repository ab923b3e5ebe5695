// Plugin mount: purchasing
export { postPurchaseOrder as POST } from '@/plugins/purchasing/api/purchase-orders';
