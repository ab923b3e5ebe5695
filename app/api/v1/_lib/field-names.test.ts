import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { toDomainFields, withApiFieldNames } from './field-names';

const names = { kind: 'kindCode', unit: 'unitCode' };

describe('API field names', () => {
  it('renames the body for the domain and drops a domain name sent directly', () => {
    expect(toDomainFields({ sku: 'A-1', kind: 'part', unit: 'pcs', kindCode: 'pcb' }, names)).toEqual({ sku: 'A-1', kindCode: 'part', unitCode: 'pcs' });
    expect(toDomainFields([1], names)).toEqual([1]);
    expect(toDomainFields(null, names)).toBeNull();
  });

  it("names the domain's field errors as the API does", async () => {
    const failing = withApiFieldNames(names, async () => {
      throw new DomainError('INVALID_INPUT', 'Check the highlighted fields.', { kindCode: 'Choose an existing kind.', name: 'Enter a name.' });
    });
    await expect(failing).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Check the highlighted fields.', fieldErrors: { kind: 'Choose an existing kind.', name: 'Enter a name.' } });
    const other = new DomainError('FORBIDDEN', 'No.');
    await expect(withApiFieldNames(names, async () => Promise.reject(other))).rejects.toBe(other);
    expect(await withApiFieldNames(names, async () => 7)).toBe(7);
  });
});
