// Plugin mount: production-lots
export { postBom as POST } from '@/plugins/production-lots/api/boms';
