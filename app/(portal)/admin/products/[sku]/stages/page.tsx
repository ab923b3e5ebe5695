import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { loadOr404 } from '@/app/_server/page-data';
import { can } from '@/lib/roles/actor';
import { listStages } from '@/lib/serials/product-stages';
import { routeParam } from '../../../../inventory/_lib/search-params';
import { StagesForm } from './stages-form';

export default async function ProductStagesPage({ params }: { params: Promise<{ sku: string }> }) {
  const actor = await requireAdminPage();
  if (!can(actor, 'settings.manage')) notFound();
  const product = await loadOr404(listStages(actor, routeParam((await params).sku)));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/items" className="text-brand-700 underline">
          Items
        </Link>
        {' / '}
        <Link href={`/admin/items/${encodeURIComponent(product.sku)}`} className="text-brand-700 underline">
          {product.sku}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">Stages and serial numbers of {product.sku}</h1>
      <p className="text-sm text-slate-700">{product.name}</p>
      {product.serialTracked ? (
        <StagesForm product={product} />
      ) : (
        <p className="card text-slate-700">{`${product.sku} is of kind ${product.kindName}, which is not serial-tracked; only serial-tracked products have stages.`}</p>
      )}
    </div>
  );
}
