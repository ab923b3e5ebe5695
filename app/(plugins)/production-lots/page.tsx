// Plugin mount: production-lots
export { default } from '@/plugins/production-lots/pages/lots-page';
