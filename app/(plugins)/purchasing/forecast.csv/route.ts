// Plugin mount: purchasing
export { getForecastCsv as GET } from '@/plugins/purchasing/pages/forecast-csv';
