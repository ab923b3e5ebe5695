// Plugin mount: production-lots
export { postProductionLot as POST } from '@/plugins/production-lots/api/production-lots';
