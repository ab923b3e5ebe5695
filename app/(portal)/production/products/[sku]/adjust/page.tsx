import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { inventoryChoices } from '@/lib/inventory/queries/inventory-choices';
import { can } from '@/lib/roles/actor';
import { getProduct } from '@/lib/serials/get-product';
import { listSerials } from '@/lib/serials/list-serials';
import { routeParam } from '../../../../inventory/_lib/search-params';
import { AdjustForm } from '../../../_components/adjust-form';
import { productHref } from '../../../_lib/links';
import { MAX_SELECTED } from '../../../_lib/serial-selection';

export default async function AdjustProductPage({ params }: { params: Promise<{ sku: string }> }) {
  const actor = await requireActor();
  const sku = routeParam((await params).sku);
  if (sku.length > 64) notFound();
  const product = await loadOr404(getProduct(actor, sku));
  const canAdjust = can(actor, 'inventory.adjust');
  const [inStock, choices] = canAdjust
    ? await Promise.all([listSerials(actor, { product: product.sku, status: 'in_stock', limit: MAX_SELECTED }), can(actor, 'inventory.view') ? inventoryChoices(actor) : null])
    : [null, null];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link className="inline-flex min-h-10 items-center text-sm text-brand-700 underline" href={productHref(product.sku)}>
        Back to {product.name}
      </Link>
      <h1 className="text-2xl font-semibold">Adjust stock of {product.name}</h1>
      <p className="text-slate-700">
        {product.sku} · {product.inStock} in stock. Adjusting is the exception: every adjustment is logged with its note.
      </p>
      {canAdjust && inStock ? (
        <AdjustForm
          product={{ sku: product.sku, name: product.name }}
          inStock={inStock.data.map((s) => s.serial)}
          moreInStock={inStock.nextCursor !== null}
          locations={choices?.locations ?? []}
        />
      ) : (
        <p className="card text-slate-700">Your role cannot adjust product stock. Ask an Admin.</p>
      )}
    </div>
  );
}
