// Printing from the portal: the session's actor, plain-text refusals, the PDF inline.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshSite } from '@/scripts/test/locations';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
const { GET } = await import('./locations/[file]/route');
const { labelHref } = await import('./_lib/label-href');

const print = (file: string, query = '') => GET(new Request(`http://localhost/labels/locations/${encodeURIComponent(file)}${query}`), { params: Promise.resolve({ file }) });

describe('GET /labels/locations/{code}.pdf', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('answers 401 in plain text without a session', async () => {
    const res = await print('CHI-A-01-B1.pdf');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers 404 in plain text outside the actor\'s sites', async () => {
    const site = await freshSite('Logistics', 'PLB');
    session.actor = await demoActor.member();
    const res = await print(`${site}.pdf`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('The location was not found.');
  });

  it('opens the PDF inline with everything beneath', async () => {
    session.actor = await demoActor.member();
    const res = await print('CHI-A-01.pdf', '?descendants=true');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="labels-locations-CHI-A-01-all-[\w-]+\.pdf"$/);
    expect(Number(res.headers.get('x-label-count'))).toBeGreaterThan(1);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('links encode the key, so a batch\'s "#" stays in the path', () => {
    expect(labelHref('lots', 'LDR-4.1#0002')).toBe('/labels/lots/LDR-4.1%230002.pdf');
    expect(labelHref('locations', 'CHI-A', { descendants: 'true' })).toBe('/labels/locations/CHI-A.pdf?descendants=true');
  });
});
