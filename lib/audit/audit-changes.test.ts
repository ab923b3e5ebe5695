import { describe, expect, it } from 'vitest';
import { auditChanges, showValue } from './audit-changes';

describe('auditChanges', () => {
  it('keeps only the keys whose value changed', () => {
    expect(auditChanges({ name: 'Ann', role: 'MEMBER', teamId: 3 }, { name: 'Ann', role: 'TEAM_LEAD', teamId: null })).toEqual([
      { key: 'role', before: 'MEMBER', after: 'TEAM_LEAD' },
      { key: 'teamId', before: '3', after: 'none' },
    ]);
  });

  it('lists every key of a creation, with nothing before', () => {
    expect(auditChanges(null, { sku: 'R-1', active: true })).toEqual([
      { key: 'sku', before: '—', after: 'R-1' },
      { key: 'active', before: '—', after: 'true' },
    ]);
  });

  it('shows keys added or removed, and compares nested values by content', () => {
    expect(auditChanges({ a: { x: 1 }, gone: 'y' }, { a: { x: 1 }, added: [1, 2] })).toEqual([
      { key: 'gone', before: 'y', after: '—' },
      { key: 'added', before: '—', after: '[1,2]' },
    ]);
  });

  it('treats single values and no change sensibly', () => {
    expect(auditChanges('10', '25')).toEqual([{ key: '', before: '10', after: '25' }]);
    expect(auditChanges({ v: 1 }, { v: 1 })).toEqual([]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('cuts very long values', () => {
    expect(showValue('x'.repeat(500))).toHaveLength(200);
  });
});
