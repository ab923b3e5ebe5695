// Plugin mount: production-lots
export { postReleaseLot as POST } from '@/plugins/production-lots/api/production-lot';
