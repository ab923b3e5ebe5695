// Hostile input against every API route handler and server action of the app
// (found on disk by route-registry.ts), called in-process with fast-check's
// inputs: never a 500, never an unexpected error logged, no stack trace or file
// path in a response, and the ledger unchanged unless the answer was a success.
// FUZZ_RUNS (default 6) sets the runs per route and action; FUZZ_SEED replays one.
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../lib/errors';
import type { Actor } from '../../lib/roles/actor';
import type { AccessFixture } from './access-rules';
import { API_RULES } from './access-rules';
import { demoActor } from './actors';
import { authenticateToken } from '../../lib/api-tokens/authenticate-token';
import { apiRequest, bearerOf } from './api';
import { everyStringAs, hostileString, hostileValue, leaksInternals, mutated, TEN_MB } from './fuzz/hostile-values';
import { ledgerState } from './fuzz/ledger-state';
import { otherDepartmentRecords, type OtherDepartment } from './fuzz/other-department';
import { appEntries, type AppEntry } from './route-registry';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({
  getActor: async () => session.actor,
  requireActor: async () => session.actor ?? Promise.reject(new Error('no actor in this test')),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const TIMEOUT = Math.max(30_000, RUNS * 4_000);
const root = path.resolve(import.meta.dirname, '../..');
const digestOf = (e: unknown) => String((e as { digest?: unknown })?.digest ?? '');

// Query parameter names the routes read (filters, paging, label options).
const QUERY_NAMES = ['limit', 'cursor', 'from', 'to', 'sku', 'location', 'status', 'q', 'search', 'asOf', 'by', 'kind', 'stage', 'product', 'partner', 'workOrder', 'type', 'descendants', 'stock', 'key', 'copies', 'department', 'site', 'serial', 'active', 'includeZero'];
// Field names the forms send besides those an empty form is refused for.
const FORM_NAMES = ['id', 'sku', 'name', 'code', 'quantity', 'location', 'from', 'to', 'note', 'notes', 'reason', 'kind', 'step', 'status', 'batch', 'serial', 'direction', 'number', 'product', 'partner', 'expectedAt', 'lines', 'active', 'enabled', 'key', 'op', 'back', 'parentId', 'departmentId', 'teamId', 'role', 'email', 'password', 'typeId', 'unit', 'counted', 'lineId', 'groupId', 'assigneeIds', 'csvText', 'permission', 'granted', 'value'];

// Routes not run here: next-auth's own handler (exercised by the sign-in browser tests and access-http.spec.ts).
const apiEntries = appEntries().filter((e) => e.kind === 'api' && !e.key.includes('/api/auth/'));
const actionEntries = appEntries().filter((e) => e.kind === 'action');

let admin: Actor;
let member: Actor;
const tokens = new Map<Actor, string>();
let other: OtherDepartment;
let known: string[];
let templateFixture: AccessFixture;

beforeAll(async () => {
  [admin, member] = await Promise.all([demoActor.admin(), demoActor.member()]);
  tokens.set(admin, await bearerOf(admin));
  tokens.set(member, await bearerOf(member));
  other = await otherDepartmentRecords(admin);
  known = [...Object.values(other), 'CHI-A-01-B1', 'MKE', 'LDR-4.1', 'PRD-GATEWAY-100', '1', '2', `${other.sku}#0001`, `${other.sku}.pdf`, `${other.binCode}.pdf`];
  // The access matrix's valid bodies, pointed at the other department's records.
  templateFixture = {
    sku: other.sku, countId: Number(other.countId), lineId: Number(other.lineId), transitNumber: other.transitNumber, groupId: other.groupId,
    userId: member.id, locationId: Number(other.siteId), locationTypeId: 1, rackId: 1, departmentId: 1, productSku: 'PRD-GATEWAY-100', serial: 'SN-0001',
    workOrderNumber: 'WO-0001', partnerCode: 'ACME', salesOrderNumber: 'SO-0001', scanSessions: { ADMIN: '1', DEPARTMENT_LEAD: '1', TEAM_LEAD: '1', MEMBER: '1' },
    lotProductSku: 'PCBA-CTRL-R3', lotNumber: 'LOT-0001', supplierCode: 'SUP', purchaseOrderNumber: 'PO-0001',
  };
});

const errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
afterEach(() => void errors.splice(0));

/** Fails with what was logged: an unexpected error is a bug even when the answer looked polite. */
function expectNothingLogged(what: string) {
  if (errors.length) {
    const logged = errors.map((a) => a.map((x) => (x instanceof Error ? x.stack : String(x))).join(' ')).join('\n');
    errors.splice(0);
    throw new Error(`${what}: logged an unexpected error:\n${logged}`);
  }
}

/** Path parameters: anything but NUL, which proxy.ts refuses with a 400 before a route sees it (proved in e2e/access-http.spec.ts). */
function paramsArbitrary(entry: AppEntry): fc.Arbitrary<Record<string, string | string[]>> {
  const names = [...entry.key.matchAll(/\[(\.\.\.)?(\w+)\]/g)];
  const shape: Record<string, fc.Arbitrary<string | string[]>> = {};
  const text = hostileString(known).map((s) => s.replaceAll('\u0000', ''));
  for (const [, rest, name] of names) {
    const one = name === 'file' ? fc.tuple(text, fc.constantFrom('.pdf', '.csv', '')).map(([s, ext]) => s + ext) : text;
    shape[name] = rest ? fc.array(one, { minLength: 1, maxLength: 3 }) : one;
  }
  return fc.record(shape);
}

function urlOf(entry: AppEntry, params: Record<string, string | string[]>, query: Record<string, string>): string {
  const route = entry.key.split(' ')[1].replace(/\[(\.\.\.)?(\w+)\]/g, (_, _rest, k: string) => [params[k]].flat().map((v) => encodeURIComponent(v.toWellFormed())).join('/'));
  const search = new URLSearchParams(query).toString();
  return `${route}${search ? `?${search}` : ''}`;
}

type Call = { admin: boolean; params: Record<string, string | string[]>; query: Record<string, string>; body: unknown; raw?: string };

function callArbitrary(entry: AppEntry): fc.Arbitrary<Call> {
  const method = entry.exportName;
  const template = API_RULES[entry.key]?.body?.(templateFixture) ?? {};
  const body: fc.Arbitrary<{ body: unknown; raw?: string }> =
    method === 'GET'
      ? fc.constant({ body: undefined })
      : fc.oneof(
          { weight: 6, arbitrary: mutated(template, known).map((b) => ({ body: b })) },
          { weight: 1, arbitrary: fc.jsonValue().map((b) => ({ body: b })) },
          { weight: 1, arbitrary: hostileString().map((raw) => ({ body: undefined, raw })) },
        );
  return fc
    .record({
      admin: fc.constantFrom(true, true, true, false),
      params: paramsArbitrary(entry),
      query: fc.dictionary(fc.constantFrom(...QUERY_NAMES), hostileString(known), { maxKeys: 4 }),
      body,
    })
    .map(({ body: b, ...rest }) => ({ ...rest, ...b }));
}

/**
 * The actor's bearer token, minted again when fuzzed actions revoked it (revokeOwnTokenAction and
 * the admin token screens get small ids such as 1 and 2), so later calls test validation, not a 401.
 */
async function liveToken(actor: Actor): Promise<string | undefined> {
  const token = tokens.get(actor);
  if (token && (await authenticateToken(token.replace(/^Bearer /, '')))) return token;
  const fresh = await bearerOf(actor);
  tokens.set(actor, fresh);
  return fresh;
}

async function callRoute(entry: AppEntry, call: Call): Promise<{ status: number; text: string }> {
  const handler = (await import(path.join(root, entry.file)))[entry.exportName] as (r: Request, c: unknown) => Promise<Response>;
  const actor = call.admin ? admin : member;
  const authorization = await liveToken(actor);
  session.actor = actor;
  const url = urlOf(entry, call.params, call.query);
  const apiPath = url.replace(/^\/api\/v1/, '');
  const headers = call.raw !== undefined ? { 'content-type': 'application/json' } : undefined;
  const body = call.raw ?? call.body;
  let request = apiRequest(entry.exportName, apiPath, { authorization, body, headers });
  // Portal routes (labels, reports, exports) live outside /api/v1.
  if (!url.startsWith('/api/v1')) request = new Request(new URL(url, 'http://localhost'), request);
  const response = await handler(request, { params: Promise.resolve(call.params) });
  return { status: response.status, text: await response.text() };
}

describe('API routes under hostile input', () => {
  it('finds the routes', () => expect(apiEntries.length).toBeGreaterThan(60));

  it.each(apiEntries.map((e) => [e.key, e] as const))('%s', { timeout: TIMEOUT }, async (key, entry) => {
    await fc.assert(
      fc.asyncProperty(callArbitrary(entry), async (call) => {
        const before = await ledgerState();
        const { status, text } = await callRoute(entry, call);
        expect(status, `${key} answered ${status}: ${text.slice(0, 500)}`).toBeLessThan(500);
        expectNothingLogged(key);
        expect(leaksInternals(text), `${key} leaked internals`).toBeNull();
        if (status < 200 || status > 299) expect(await ledgerState(), `${key} answered ${status} but posted`).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

// ---------------------------------------------------------------- server actions

type ActionFn = (...args: unknown[]) => Promise<unknown>;
const actionOf = async (entry: AppEntry) => (await import(path.join(root, entry.file)))[entry.exportName] as ActionFn;
/** Actions the forms call with a plain object instead of (state, FormData). */
const OBJECT_ACTIONS = new Set(['previewPickAction', 'resolveScanAction', 'previewScanAction', 'commitScanAction']);

/** The fields an empty form is refused for: the schema's required fields, named by the action itself. */
async function requiredFieldsOf(entry: AppEntry): Promise<string[]> {
  if (OBJECT_ACTIONS.has(entry.exportName)) return ['sku', 'location', 'quantity', 'status', 'code', 'workflow', 'action', 'target', 'to', 'lines'];
  session.actor = admin;
  const state = (await (await actionOf(entry))({}, new FormData()).catch(() => null)) as { fieldErrors?: Record<string, string> } | null;
  errors.splice(0);
  return Object.keys(state?.fieldErrors ?? {});
}

type ActionOutcome = { posted: boolean; state: unknown };

async function runAction(entry: AppEntry, actor: Actor, input: Record<string, unknown>): Promise<ActionOutcome> {
  const run = await actionOf(entry);
  session.actor = actor;
  try {
    let state: unknown;
    if (OBJECT_ACTIONS.has(entry.exportName)) state = await run(input);
    else {
      const form = new FormData();
      for (const [k, v] of Object.entries(input)) for (const one of [v].flat()) form.append(k, typeof one === 'string' ? one : JSON.stringify(one) ?? '');
      state = await run({}, form);
    }
    return { posted: (state as { ok?: boolean } | null)?.ok === true, state };
  } catch (e) {
    const digest = digestOf(e);
    if (digest.startsWith('NEXT_REDIRECT')) return { posted: true, state: digest };
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') || e instanceof DomainError) return { posted: false, state: digest || (e as Error).message };
    throw new Error(`${entry.key} threw a raw error: ${(e as Error)?.stack ?? String(e)}`);
  }
}

function formArbitrary(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  const value = fc.oneof({ weight: 4, arbitrary: hostileString(known) }, { weight: 1, arbitrary: hostileValue(known) });
  const required = fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] });
  return fc.tuple(required, fc.dictionary(fc.constantFrom(...FORM_NAMES), value, { maxKeys: 5 })).map(([a, b]) => ({ ...b, ...a }));
}

describe('server actions under hostile input', () => {
  it('finds the actions', () => expect(actionEntries.length).toBeGreaterThan(50));

  it.each(actionEntries.map((e) => [e.key, e] as const))('%s', { timeout: TIMEOUT }, async (key, entry) => {
    const fields = await requiredFieldsOf(entry);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(true, true, true, false), formArbitrary(fields), async (asAdmin, input) => {
        const before = await ledgerState();
        const { posted, state } = await runAction(entry, asAdmin ? admin : member, input);
        expectNothingLogged(key);
        expect(leaksInternals(JSON.stringify(state) ?? ''), `${key} leaked internals`).toBeNull();
        if (!posted) expect(await ledgerState(), `${key} refused (${JSON.stringify(state)?.slice(0, 300)}) but posted`).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

// A few runs, not every run: each body-taking route and each action once with 10 MB
// in every field (a URL that long never reaches the app: servers cap headers at ~16 KB).
describe('10 MB in every field', () => {
  it('API routes answer 413 or a refusal, and post nothing', { timeout: 300_000 }, async () => {
    for (const entry of apiEntries.filter((e) => e.exportName !== 'GET')) {
      const template = API_RULES[entry.key]?.body?.(templateFixture) ?? { name: '' };
      const params = Object.fromEntries([...entry.key.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map(([, k]) => [k, k === 'file' ? `${other.sku}.pdf` : other.sku]));
      const call: Call = { admin: true, params, query: {}, body: everyStringAs(template, TEN_MB) };
      const before = await ledgerState();
      const { status, text } = await callRoute(entry, call);
      expect(status, `${entry.key}: ${text.slice(0, 300)}`).toBeLessThan(500);
      expectNothingLogged(entry.key);
      expect(leaksInternals(text), entry.key).toBeNull();
      if (status < 200 || status > 299) expect(await ledgerState(), entry.key).toBe(before);
    }
  });

  it('server actions refuse it beside the field, and post nothing', { timeout: 300_000 }, async () => {
    for (const entry of actionEntries) {
      const fields = await requiredFieldsOf(entry);
      const before = await ledgerState();
      const { posted, state } = await runAction(entry, admin, Object.fromEntries([...fields, 'note', 'name'].map((f) => [f, TEN_MB])));
      expectNothingLogged(entry.key);
      expect(leaksInternals(JSON.stringify(state) ?? ''), entry.key).toBeNull();
      if (!posted) expect(await ledgerState(), entry.key).toBe(before);
    }
  });
});

// Each input fuzzing once found answered with a 500 (or a logged error), replayed every run.
describe('found by fuzzing', () => {
  const entry = (key: string) => [...apiEntries, ...actionEntries].find((e) => e.key === key)!;

  it.each([
    ['NUL in a transit number', 'app/(portal)/inventory/transits/actions.ts#closeTransitAction', { number: '\u0000', reason: 'x' }],
    ['a token id past PostgreSQL integer', 'app/(portal)/profile/actions.ts#revokeOwnTokenAction', { id: '2147483648' }],
    ['a user id past PostgreSQL integer', 'app/(portal)/admin/users/actions.ts#setUserActiveAction', { id: '2147483648', active: 'false' }],
  ] as const)('%s is refused beside the field', async (_what, key, input) => {
    const before = await ledgerState();
    const { posted, state } = await runAction(entry(key), admin, input);
    expectNothingLogged(key);
    expect(posted).toBe(false);
    expect((state as { fieldErrors?: Record<string, string> }).fieldErrors).not.toEqual({});
    expect(await ledgerState()).toBe(before);
  });

  it.each(['GET /labels/locations/[file]', 'GET /api/v1/labels/locations/[file]', 'GET /labels/lots/[file]'])('%s: a file named %00.pdf (sent as %2500) is not found', async (key) => {
    const { status } = await callRoute(entry(key), { admin: true, params: { file: '%00.pdf' }, query: {}, body: undefined });
    expectNothingLogged(key);
    expect(status).toBe(404);
  });
});

// Another department's records named in the URL or body: out of scope is "not found", and nothing posts.
describe("another department's records", () => {
  // Addressed records are 404 and a body naming one is refused beside the field (422), as for a code that does not
  // exist; posting a count and reversing need inventory.adjust / inventory.reverse, which a Department Lead lacks (403).
  it('are not found for a Department Lead of another department, and nothing posts', async () => {
    const lead = await demoActor.deptLead();
    tokens.set(lead, await bearerOf(lead));
    const entry = (key: string) => apiEntries.find((e) => e.key === key)!;
    const calls: [string, Record<string, string>, unknown][] = [
      ['GET /api/v1/counts/[id]', { id: other.countId }, undefined],
      ['GET /api/v1/counts/[id]/variances', { id: other.countId }, undefined],
      ['POST /api/v1/counts/[id]/lines/[lineId]', { id: other.countId, lineId: other.lineId }, { counted: '3' }],
      ['POST /api/v1/counts/[id]/post', { id: other.countId }, {}],
      ['POST /api/v1/counts/[id]/discard', { id: other.countId }, {}],
      ['GET /api/v1/labels/locations/[file]', { file: `${other.binCode}.pdf` }, undefined],
      ['POST /api/v1/movements/[groupId]/reverse', { groupId: other.groupId }, { reason: 'not mine' }],
      ['POST /api/v1/movements', {}, { type: 'transfer', sku: other.sku, from: other.binCode, to: 'CHI-A-01-B1', quantity: '1' }],
      ['POST /api/v1/transits', {}, { sku: other.sku, from: other.binCode, to: 'CHI', quantity: '1' }],
    ];
    const got: Record<string, number> = {};
    for (const [key, params, body] of calls) {
      const before = await ledgerState();
      session.actor = lead;
      const handler = (await import(path.join(root, entry(key).file)))[entry(key).exportName] as (r: Request, c: unknown) => Promise<Response>;
      const response = await handler(apiRequest(entry(key).exportName, urlOf(entry(key), params, {}).replace(/^\/api\/v1/, ''), { authorization: tokens.get(lead), body }), { params: Promise.resolve(params) });
      got[key] = response.status;
      if (response.status === 422) expect(Object.keys((await response.json()).errors ?? {}), `${key} names the field`).toContain('from');
      expect(await ledgerState(), key).toBe(before);
    }
    expectNothingLogged("another department's records");
    expect(got).toEqual({
      'GET /api/v1/counts/[id]': 404,
      'GET /api/v1/counts/[id]/variances': 404,
      'POST /api/v1/counts/[id]/lines/[lineId]': 404,
      'POST /api/v1/counts/[id]/post': 403,
      'POST /api/v1/counts/[id]/discard': 403,
      'GET /api/v1/labels/locations/[file]': 404,
      'POST /api/v1/movements/[groupId]/reverse': 403,
      'POST /api/v1/movements': 422,
      'POST /api/v1/transits': 422,
    });
  });
});
