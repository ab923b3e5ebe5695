// Plugin mount: purchasing
export { getLotForecast as GET } from '@/plugins/purchasing/api/lot-forecast';
