// Plugin mount: purchasing
export { default } from '@/plugins/purchasing/pages/orders-page';
