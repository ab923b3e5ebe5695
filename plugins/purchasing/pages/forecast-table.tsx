// The forecast by component, for the roll-up and for one lot: the shortfall
// and, beside it, what draft orders already hold (not on order until placed).
import type { ForecastRow } from '../lib/forecast';
import { cell, ScrollTable, SkuCell } from './table';

export function ForecastTable({ rows, label }: { rows: ForecastRow[]; label: string }) {
  return (
    <ScrollTable label={label} head={['SKU', 'Required', 'On hand', 'Allocated elsewhere', 'On order', 'Expected', 'Shortfall', 'On drafts', 'Supplier']}>
      {rows.map((r) => (
        <tr key={r.sku}>
          <SkuCell sku={r.sku} />
          <td className={cell}>{r.required}</td>
          <td className={cell}>{r.onHand}</td>
          <td className={cell}>{r.allocatedElsewhere}</td>
          <td className={cell}>{r.onOrder}</td>
          <td className={cell}>{r.expectedAt ?? '—'}</td>
          <td className={`${cell} font-semibold`}>{r.shortfall}</td>
          <td className={cell}>{r.onDraft}</td>
          <td className={cell}>{r.preferredSupplier ?? '—'}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}

export const FORMULA = 'Shortfall = required − (on hand − allocated to other lots + on order). On hand counts available stock at all sites: not on hold or rejected, not customer-owned.';
