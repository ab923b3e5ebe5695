// GET /api/v1/items — the item catalogue (search, kind, status), paged by SKU.
// POST /api/v1/items — add an item.
import { createItem } from '@/lib/catalog/create-item';
import { listItems } from '@/lib/catalog/list-items';
import { decodeCursor, encodeCursor } from '@/lib/pagination';
import { toDomainFields, withApiFieldNames } from '../_lib/field-names';
import { pageResponse, readPage } from '../_lib/pagination';
import { readJsonBody } from '../_lib/request-body';
import { json } from '../_lib/respond';
import { withApiActor } from '../_lib/with-api-actor';
import { apiItem, ITEM_FIELD_NAMES } from './_lib/api-item';

// The catalogue pages by "after this SKU"; the API's cursor carries that SKU.
const LIST_FIELD_NAMES = { search: 'q', cursor: 'after' };

export const GET = withApiActor(async (actor, request) => {
  const params = new URL(request.url).searchParams;
  const { limit, cursor } = readPage(request);
  const after = cursor ? String(decodeCursor(cursor, 1)![0]) : undefined;
  const page = await withApiFieldNames(LIST_FIELD_NAMES, () => listItems(actor, { q: params.get('search'), kind: params.get('kind'), status: params.get('status'), after, limit }));
  return pageResponse({ data: page.items.map(apiItem), nextCursor: page.next === null ? null : encodeCursor([page.next]) });
});

export const POST = withApiActor(async (actor, request) => {
  const body = toDomainFields(await readJsonBody(request), ITEM_FIELD_NAMES);
  const { sku } = await withApiFieldNames(ITEM_FIELD_NAMES, () => createItem(actor, body));
  return json({ sku }, 201, { location: `/api/v1/items/${encodeURIComponent(sku)}` });
});
