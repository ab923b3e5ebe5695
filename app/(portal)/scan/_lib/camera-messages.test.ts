import { describe, expect, it } from 'vitest';
import { cameraErrorMessage, cameraUnavailableReason } from './camera-messages';
import { newKey } from './new-key';

describe('camera messages and session keys', () => {
  it('says why the camera cannot scan in words to act on', () => {
    expect(cameraUnavailableReason({ isSecureContext: false, hasGetUserMedia: true })).toContain('https');
    expect(cameraUnavailableReason({ isSecureContext: true, hasGetUserMedia: false })).toContain('cannot use the camera');
    expect(cameraUnavailableReason({ isSecureContext: true, hasGetUserMedia: true })).toBeNull();
    expect(cameraErrorMessage({ name: 'NotAllowedError' })).toContain('not allowed');
    expect(cameraErrorMessage({ name: 'NotFoundError' })).toContain('No camera');
    expect(cameraErrorMessage({ name: 'NotReadableError' })).toContain('busy');
    expect(cameraErrorMessage(new Error('x'))).toContain('could not be started');
  });

  it('makes a version-4 UUID even without crypto.randomUUID (a phone on http)', () => {
    expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const original = globalThis.crypto.randomUUID;
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      const keys = new Set(Array.from({ length: 50 }, () => newKey()));
      expect(keys.size).toBe(50);
      for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
