import { describe, expect, it } from 'vitest';
import { ACTION_RULES, API_RULES, PAGE_RULES } from './access-rules';
import { appEntries } from './route-registry';

describe('access rules cover the whole app', () => {
  const entries = appEntries();
  const rulesOf = { page: PAGE_RULES, api: API_RULES, action: ACTION_RULES } as const;

  it('has a rule for every page, route handler and server action on disk', () => {
    const missing = entries.filter((e) => !(e.key in rulesOf[e.kind])).map((e) => `${e.kind} ${e.key}`);
    expect(missing, 'add these to scripts/test/access-rules.ts').toEqual([]);
  });

  it('has no rule for something that no longer exists', () => {
    const onDisk = new Set(entries.map((e) => e.key));
    const stale = Object.values(rulesOf).flatMap((rules) => Object.keys(rules)).filter((k) => !onDisk.has(k));
    expect(stale).toEqual([]);
  });

  it('finds the kinds of entries it must (so an empty scan cannot pass)', () => {
    for (const kind of ['page', 'api', 'action'] as const) expect(entries.filter((e) => e.kind === kind).length).toBeGreaterThan(10);
  });
});
