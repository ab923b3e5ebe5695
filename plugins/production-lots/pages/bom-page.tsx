// A product's bill of materials: the version shown (latest unless ?version=),
// its version history, and for planners a lines editor and a CSV import.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { can } from '@/lib/roles/actor';
import { getBom } from '../lib/get-bom';
import { BomCsvImport, BomEditor } from './bom-forms';
import { bomHref, LOTS_HREF, routeParam } from './links';

export default async function BomPage({ params, searchParams }: { params: Promise<{ sku: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sku = routeParam((await params).sku);
  const asked = (await searchParams).version;
  const version = typeof asked === 'string' && /^\d{1,6}$/.test(asked) && Number(asked) > 0 ? Number(asked) : undefined;
  const bom = await loadOr404(getBom(actor, sku, version));
  const latest = bom.versions[0]?.version ?? null;
  const editable = can(actor, 'lots.manage') && bom.product.canHaveBom && bom.product.active;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={LOTS_HREF}>
          Production lots
        </Link>{' '}
        / Bill of materials
      </p>
      <h1 className="break-words text-2xl font-semibold">
        Bill of materials · {bom.product.sku}
      </h1>
      <p className="break-words text-slate-700">{bom.product.name}</p>
      {!bom.product.canHaveBom ? (
        <p className="card text-slate-700">This item is bought or a bare board: bills of materials belong to assemblies, products, PCBAs and panels.</p>
      ) : bom.version === null ? (
        <p className="card text-slate-700">No bill of materials yet.</p>
      ) : (
        <section className="space-y-2" aria-labelledby="bom-lines">
          <h2 id="bom-lines" className="text-lg font-semibold">
            Version {bom.version}
            {bom.version === latest ? ' (current)' : ''}
          </h2>
          <div className="card overflow-x-auto p-0">
            <table className="table">
              <caption className="sr-only">Lines of version {bom.version}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Component</th>
                  <th scope="col" className="text-right">Per unit</th>
                  <th scope="col">Designators</th>
                  <th scope="col">Alternates</th>
                </tr>
              </thead>
              <tbody>
                {bom.lines.map((l) => (
                  <tr key={l.position}>
                    <td className="tabular-nums">{l.position}</td>
                    <td>
                      <span className="font-medium">{l.sku}</span> <span className="text-slate-600">{l.name}</span>
                    </td>
                    <td className="whitespace-nowrap text-right tabular-nums">
                      {l.quantityPer} {l.unit}
                    </td>
                    <td className="break-words">{l.designators ?? '—'}</td>
                    <td className="break-words">{l.alternates.length ? l.alternates.join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {bom.versions.length ? (
        <section className="space-y-2" aria-labelledby="bom-versions">
          <h2 id="bom-versions" className="text-lg font-semibold">
            Versions
          </h2>
          <ul className="card space-y-1 text-sm">
            {bom.versions.map((v) => (
              <li key={v.version} className="flex flex-wrap gap-x-2">
                <Link className="text-brand-700 underline" href={bomHref(bom.product.sku, v.version)} aria-current={v.version === bom.version ? 'page' : undefined}>
                  Version {v.version}
                </Link>
                <span className="text-slate-700">
                  {v.lineCount} line{v.lineCount === 1 ? '' : 's'} · {v.createdAt.slice(0, 10)} · {v.createdBy}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editable ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <BomEditor
            product={bom.product.sku}
            initial={bom.lines.map((l) => ({ sku: l.sku, quantityPer: l.quantityPer, designators: l.designators ?? '', alternates: l.alternates.join('; ') }))}
          />
          <BomCsvImport product={bom.product.sku} />
        </div>
      ) : null}
    </div>
  );
}
