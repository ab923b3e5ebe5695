import Link from 'next/link';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listItemKinds } from '@/lib/catalog/list-item-kinds';
import { listUnits } from '@/lib/catalog/list-units';
import { NewKindForm, NewUnitForm, RenameKindForm } from './kind-unit-forms';

export default async function KindsAndUnitsPage() {
  const actor = await requireAdminPage();
  const [kinds, units] = await Promise.all([listItemKinds(actor), listUnits(actor)]);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/items" className="text-brand-700 underline">
          Items
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Item kinds and units</h1>

      <section aria-labelledby="kinds-heading" className="space-y-3">
        <h2 id="kinds-heading" className="text-xl font-semibold">
          Item kinds
        </h2>
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Serial tracked</th>
                <th scope="col" className="text-right">
                  Items
                </th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((k) => (
                <tr key={k.code}>
                  <td className="font-mono">{k.code}</td>
                  <td className="min-w-64">
                    <RenameKindForm code={k.code} name={k.name} />
                  </td>
                  <td>{k.serialTracked ? 'Yes' : 'No'}</td>
                  <td className="text-right tabular-nums">{k.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <NewKindForm />
      </section>

      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-xl font-semibold">
          Units of measure
        </h2>
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col" className="text-right">
                  Decimal places
                </th>
                <th scope="col" className="text-right">
                  Items
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.code}>
                  <td className="font-mono">{u.code}</td>
                  <td>{u.name}</td>
                  <td className="text-right tabular-nums">{u.decimals}</td>
                  <td className="text-right tabular-nums">{u.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <NewUnitForm />
      </section>
    </div>
  );
}
