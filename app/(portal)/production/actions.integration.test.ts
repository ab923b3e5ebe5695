import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSerial } from '@/lib/serials/get-serial';
import { markDefect } from '@/lib/serials/mark-defect';
import { FORBIDDEN_MESSAGE, type Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshProduct, unitsInProduction } from '@/scripts/test/serials';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { adjustProductAction, advanceSelectedAction, advanceSerialAction, approveSelectedAction, approveSerialAction, markDefectAction } = await import('./actions');

const form = (fields: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
};

describe('production actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.admin();
  });

  it('advances a serial only on Confirm, once however often Confirm is resent, and Back keeps what was typed', async () => {
    const [serial] = await unitsInProduction(await freshProduct(), 1);
    const review = await advanceSerialAction({}, form({ serial, note: 'solder ok' }));
    expect(review).toEqual({ review: { key: expect.any(String) }, values: { serial, note: 'solder ok' } });
    expect((await getSerial(session.actor!, serial)).stage).toBe('Assembly');

    expect(await advanceSerialAction(review, form({ ...review.values, step: 'confirm', key: review.review!.key, back: '1' }))).toEqual({ values: { serial, note: 'solder ok' } });
    expect((await getSerial(session.actor!, serial)).stage).toBe('Assembly');

    const confirm = form({ ...review.values, step: 'confirm', key: review.review!.key });
    expect(await advanceSerialAction(review, confirm)).toEqual({ ok: true, message: `${serial} is now at Testing.` });
    expect(await advanceSerialAction(review, form({ ...review.values, step: 'confirm', key: review.review!.key }))).toEqual({ ok: true, message: `Already done: ${serial} is now at Testing.` });
    const after = await getSerial(session.actor!, serial);
    expect(after.stage).toBe('Testing');
    expect(after.history.filter((h) => h.action === 'advanced')).toHaveLength(1);
  });

  it('refuses before the confirmation what the role may not do or the form lacks, keeping the fields', async () => {
    const [serial] = await unitsInProduction(await freshProduct(), 1);
    session.actor = await demoActor.member();
    expect(await approveSerialAction({}, form({ serial, location: 'MKE-QA' }))).toEqual({ ok: false, message: FORBIDDEN_MESSAGE, values: { serial, location: 'MKE-QA' } });
    session.actor = await demoActor.admin();
    expect(await markDefectAction({}, form({ serial, action: 'rework', toStage: '', notes: '  ' }))).toEqual({
      ok: false,
      message: 'Write what is wrong with the unit.',
      fieldErrors: { notes: 'Write what is wrong with the unit.' },
      values: { serial, action: 'rework', toStage: '', notes: '  ' },
    });
    session.actor = null;
    expect(await advanceSerialAction({}, form({ serial }))).toMatchObject({ ok: false, message: 'Your session has ended. Sign in again.' });
  });

  it('shows the domain refusal of a confirmed transition with its reason and changes nothing', async () => {
    const [serial] = await unitsInProduction(await freshProduct(), 1);
    const review = await approveSerialAction({}, form({ serial, location: 'MKE-QA' }));
    expect(review.review).toBeDefined();
    const refused = await approveSerialAction(review, form({ ...review.values, step: 'confirm', key: review.review!.key }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('must pass Testing, Coating, QA before QA approval'), values: { serial, location: 'MKE-QA' } });
    expect((await getSerial(session.actor!, serial)).status).toBe('in_production');

    const back = await markDefectAction({}, form({ serial, action: 'rework', toStage: 'QA', notes: 'bent pin', step: 'confirm', key: crypto.randomUUID() }));
    expect(back).toMatchObject({ ok: false, fieldErrors: { toStage: 'Rework goes back: choose a stage before Assembly.' }, values: { toStage: 'QA', notes: 'bent pin' } });
  });

  it('runs a bulk action per ticked serial and reports each one, refusals with their reason', async () => {
    const product = await freshProduct(['Assembly', 'QA']);
    const [a, b, c] = await unitsInProduction(product, 3);
    await markDefect(session.actor!, { serial: b, action: 'scrap', notes: 'dropped' });
    const advanced = await advanceSelectedAction({}, form({ serial: [a, b, c, 'NO-SUCH-SERIAL'], key: 'bulk-1' }));
    expect(advanced).toEqual({
      ok: false,
      op: 'advance',
      message: '2 of 4 serials advanced; 2 refused (reasons below).',
      outcomes: [
        { serial: a, ok: true, message: `${a} is now at QA.` },
        { serial: b, ok: false, message: `${b} is Defect/Scrapped: only units in production move through stages.` },
        { serial: c, ok: true, message: `${c} is now at QA.` },
        { serial: 'NO-SUCH-SERIAL', ok: false, message: 'Serial number NO-SUCH-SERIAL was not found.' },
      ],
      values: { location: '' },
    });
    // The same request again (the same key): each serial is answered from its first run, nothing moves twice.
    const again = await advanceSelectedAction({}, form({ serial: [a, c], key: 'bulk-1' }));
    expect(again.outcomes).toEqual([
      { serial: a, ok: true, message: `Already done: ${a} is now at QA.` },
      { serial: c, ok: true, message: `Already done: ${c} is now at QA.` },
    ]);

    expect(await approveSelectedAction({}, form({ serial: [a, c], location: '' }))).toMatchObject({ ok: false, fieldErrors: { location: 'Choose the storage unit to approve into.' } });
    const approved = await approveSelectedAction({}, form({ serial: [a, c], location: 'MKE-QA', key: 'bulk-2' }));
    expect(approved).toMatchObject({ ok: true, message: '2 of 2 serials approved into stock.' });
    expect((await getSerial(session.actor!, a)).location).toBe('MKE-QA');

    expect(await advanceSelectedAction({}, form({}))).toMatchObject({ ok: false, message: 'Tick at least one serial number.' });
    session.actor = await demoActor.member();
    expect(await approveSelectedAction({}, form({ serial: [a], location: 'MKE-QA' }))).toEqual({ ok: false, message: FORBIDDEN_MESSAGE });
  });

  it('adjusts product stock: Add makes serials in stock, Subtract takes ticked and typed serials out', async () => {
    const product = await freshProduct();
    const add = { sku: product.sku, direction: 'add', quantity: '2', location: 'MKE-QA', note: 'found in returns' };
    const review = await adjustProductAction({}, form({ ...add, serialsText: '' }));
    expect(review).toMatchObject({ review: { key: expect.any(String) }, values: { ...add, serials: '', serialsText: '' } });
    const added = await adjustProductAction(review, form({ ...review.values, step: 'confirm', key: review.review!.key }));
    expect(added).toMatchObject({ ok: true, message: 'Added 2 units to stock.', done: { direction: 'add', replayed: false } });
    const [s1, s2] = added.done!.serials;
    expect((await getSerial(session.actor!, s1)).status).toBe('in_stock');

    const subtract = form({ sku: product.sku, direction: 'subtract', serials: [s1], serialsText: `${s2.toLowerCase()}`, note: 'water damage' });
    const subReview = await adjustProductAction({}, subtract);
    expect(subReview).toMatchObject({ review: {}, values: { direction: 'subtract', serials: `${s1} ${s2.toLowerCase()}`, serialsText: '' } });
    const taken = await adjustProductAction(subReview, form({ ...subReview.values, step: 'confirm', key: subReview.review!.key }));
    expect(taken).toMatchObject({ ok: true, message: 'Took 2 units out of stock.', done: { direction: 'subtract', serials: [s1, s2] } });

    const refused = await adjustProductAction({}, form({ sku: product.sku, direction: 'subtract', serials: [s1], note: 'again', step: 'confirm', key: crypto.randomUUID() }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { serials: `Not in stock: ${s1}.` }, values: { serials: s1 } });
    expect(await adjustProductAction({}, form({ sku: product.sku, direction: 'add', quantity: '0', location: 'MKE-QA', note: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { quantity: 'Add at least one unit.', note: 'Say why the stock changes.' },
    });
    session.actor = await demoActor.teamLead();
    expect(await adjustProductAction({}, form(add))).toMatchObject({ ok: false, message: FORBIDDEN_MESSAGE });
  });
});
