// Plugin mount: purchasing
export { getPurchaseOrderRoute as GET } from '@/plugins/purchasing/api/purchase-order';
