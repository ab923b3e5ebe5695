// The stage editor sends one row per stage as stages.<n>.id / .name / .optional;
// this reads them back into the list setProductStages takes (and the form
// rebuilds its rows from what was typed when a save is refused).
export interface StageRow {
  id: string;
  name: string;
  optional: string;
}

export function stageRowsOf(fields: Record<string, string>): StageRow[] {
  const rows = new Map<number, StageRow>();
  for (const [key, value] of Object.entries(fields)) {
    const m = /^stages\.(\d{1,3})\.(id|name|optional)$/.exec(key);
    if (!m) continue;
    const n = Number(m[1]);
    const row = rows.get(n) ?? { id: '', name: '', optional: 'false' };
    row[m[2] as keyof StageRow] = value;
    rows.set(n, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
