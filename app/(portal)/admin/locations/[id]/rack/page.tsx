import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { getRackMap } from '@/lib/locations/get-rack-map';
import type { PlacedUnit } from '@/lib/locations/lay-out-rack';

function Holds({ unit }: { unit: PlacedUnit }) {
  if (!unit.holds.length) return <p className="text-xs text-slate-600">empty</p>;
  return (
    <ul className="text-xs">
      {unit.holds.map((h) => (
        <li key={h.sku} className="whitespace-nowrap">
          <span className="font-mono">{h.sku}</span> <span className="tabular-nums">{h.quantity}</span> {h.unit}
        </li>
      ))}
    </ul>
  );
}

function UnitLink({ unit }: { unit: PlacedUnit }) {
  return (
    <Link href={`/admin/locations/${unit.id}`} className="font-mono font-semibold text-brand-700 underline break-all">
      {unit.code}
    </Link>
  );
}

export default async function RackMapPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdminPage();
  const map = await loadOr404(getRackMap(actor, Number((await params).id)));
  const cols = Array.from({ length: map.grid.cols }, (_, i) => i + 1);
  const apart = [...map.unplaced.map((u) => ({ u, why: 'no grid position' })), ...map.misplaced.map((u) => ({ u, why: `row ${u.gridRow}, column ${u.gridCol}: outside the grid or a taken cell` }))];
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/locations" className="text-brand-700 underline">
          Locations
        </Link>
        {' / '}
        <Link href={`/admin/locations/${map.rack.id}`} className="text-brand-700 underline">
          {map.rack.code}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">Rack map of {map.rack.code}</h1>
      <p className="text-sm text-slate-700">
        {map.rack.name} · {map.rack.typeName}, {map.grid.rows} rows × {map.grid.cols} columns · {map.freeCells} free cell{map.freeCells === 1 ? '' : 's'}
      </p>
      <div className="card overflow-x-auto p-0">
        <table className="table">
          <caption className="sr-only">
            Cells of {map.rack.code} by row and column, with the storage unit in each and what it holds
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Row</span>
              </th>
              {cols.map((c) => (
                <th key={c} scope="col" className="text-center">
                  Col {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((cells, r) => (
              <tr key={r}>
                <th scope="row" className="whitespace-nowrap">
                  Row {r + 1}
                </th>
                {cells.map((cell) => (
                  <td key={cell.col} className={`min-w-32 border-x border-slate-100 ${cell.unit ? '' : 'bg-slate-50'}`} data-testid={`cell-${cell.row}-${cell.col}`}>
                    {cell.unit ? (
                      <div className="space-y-1">
                        <UnitLink unit={cell.unit} />
                        <Holds unit={cell.unit} />
                      </div>
                    ) : (
                      <div className="space-y-1">
                        <p className="text-xs font-medium text-slate-600">Free</p>
                        <Link href={`/admin/locations/new?parent=${map.rack.id}&row=${cell.row}&col=${cell.col}`} className="text-xs text-brand-700 underline">
                          Add unit<span className="sr-only"> at row {cell.row}, column {cell.col}</span>
                        </Link>
                      </div>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {apart.length ? (
        <section aria-labelledby="apart-heading" className="card space-y-2">
          <h2 id="apart-heading" className="font-semibold">
            Not on the map
          </h2>
          <ul className="space-y-2">
            {apart.map(({ u, why }) => (
              <li key={u.id}>
                <UnitLink unit={u} /> <span className="text-sm text-slate-600">({why})</span>
                <Holds unit={u} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
