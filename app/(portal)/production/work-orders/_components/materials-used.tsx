// Materials consumed against a work order (scanned on the line or posted), valued at FIFO batch cost.
import type { MaterialUse } from '@/lib/serials/work-order-materials';

export function MaterialsUsed({ materials, total }: { materials: MaterialUse[]; total: string }) {
  return (
    <section className="space-y-2" aria-labelledby="materials">
      <h2 id="materials" className="text-lg font-semibold">
        Materials used
      </h2>
      {materials.length === 0 ? (
        <p className="card text-slate-700">No materials consumed against this work order yet.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Materials consumed against this work order, with their cost</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col" className="text-right">Quantity</th>
                <th scope="col" className="text-right">Cost</th>
              </tr>
            </thead>
            <tbody>
              {materials.map((m) => (
                <tr key={m.sku}>
                  <td>
                    <span className="font-medium">{m.sku}</span> <span className="text-slate-600">{m.name}</span>
                  </td>
                  <td className="whitespace-nowrap text-right tabular-nums">
                    {m.quantity} {m.unit}
                  </td>
                  <td className="text-right tabular-nums">{m.value}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="text-right">
                  Material cost
                </th>
                <td className="text-right font-semibold tabular-nums">{total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
