// Plugin mount: purchasing
export { postReceivePurchaseOrder as POST } from '@/plugins/purchasing/api/purchase-order';
