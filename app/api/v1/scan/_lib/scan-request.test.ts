import { describe, expect, it } from 'vitest';
import { SCANNING_REQUEST_FIELDS } from '@/lib/api-docs/areas/scanning';
import { resolveScanBody, rollbackScanBody, scanSessionBody, sessionIdOf } from './scan-request';

describe('scan request bodies', () => {
  it('take the fields the OpenAPI document names, never the idempotency key or the session id', () => {
    expect(Object.keys(scanSessionBody.shape)).toEqual(Object.keys(SCANNING_REQUEST_FIELDS.ScanSessionRequest.shape));
    expect(Object.keys(resolveScanBody.shape)).toEqual(Object.keys(SCANNING_REQUEST_FIELDS.ResolveScanRequest.shape));
    expect(Object.keys(rollbackScanBody.shape)).toEqual(['reason']);
    expect(scanSessionBody.parse({ workflow: 'general', action: 'receive', lines: [{ code: 'X', quantity: 2 }], idempotencyKey: 'in-body' })).toEqual({ workflow: 'general', action: 'receive', lines: [{ code: 'X', quantity: '2' }] });
  });

  it('read a path segment that cannot name a session as not found', () => {
    expect(sessionIdOf('0b6f3c1e-2a4d-4f7e-9c1a-5d2b8e7f6a90')).toBe('0b6f3c1e-2a4d-4f7e-9c1a-5d2b8e7f6a90');
    for (const bad of ['', 'nope', '------------------------------------', '0b6f3c1e-2a4d-4f7e-9c1a-5d2b8e7f6a9', '0b6f3c1e-2a4d-4f7e-9c1a-5d2b8e7f6a90/x']) {
      expect(() => sessionIdOf(bad), bad).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
  });
});
