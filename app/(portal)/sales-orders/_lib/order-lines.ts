// The new sales order form sends one row per line as lines.<n>.sku / .quantity;
// this reads them back into the list createSalesOrder takes, keeping each row
// at its index so an error on lines.1.quantity lands on the second row (and the
// form rebuilds its rows from what was typed when the order is refused).
export interface OrderLineRow {
  sku: string;
  quantity: string;
}

export function orderLinesOf(fields: Record<string, string>): OrderLineRow[] {
  const rows: OrderLineRow[] = [];
  for (const [key, value] of Object.entries(fields)) {
    // Three digits at most: a hand-made request cannot make a huge sparse list (the domain caps lines anyway).
    const m = /^lines\.(\d{1,3})\.(sku|quantity)$/.exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    for (let i = rows.length; i <= n; i++) rows.push({ sku: '', quantity: '' });
    rows[n][m[2] as keyof OrderLineRow] = value;
  }
  return rows;
}
