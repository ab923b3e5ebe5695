// Plugin mount: purchasing
export { default } from '@/plugins/purchasing/pages/lot-forecast-page';
