// GET /api/v1/production-lots/{number} — one lot with its BOM items (required,
// allocated, consumed), the materials consumed and their cost; unknown or
// outside what the token user may see: 404.
// POST /api/v1/production-lots/{number}/release — allocate its components.
import { json } from '@/app/api/v1/_lib/respond';
import { withApiActor } from '@/app/api/v1/_lib/with-api-actor';
import { getLot } from '../lib/get-lot';
import { releaseLot } from '../lib/release-lot';

type Context = { params: Promise<{ number: string }> };

export const getProductionLot = withApiActor<Context>(async (actor, _request, { params }) => {
  const { number } = await params;
  return json(await getLot(actor, number));
});

export const postReleaseLot = withApiActor<Context>(async (actor, _request, { params }) => {
  const { number } = await params;
  const released = await releaseLot(actor, { number });
  return json({ number: released.number, status: 'released' });
});
