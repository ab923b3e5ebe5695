// Plugin mount: production-lots
export { getProductionLot as GET } from '@/plugins/production-lots/api/production-lot';
