import { describe, expect, it } from 'vitest';
import { MOVEMENT_REQUESTS } from '@/lib/api-docs/areas/inventory-schemas';
import type { Actor } from '@/lib/roles/actor';
import { MOVEMENT_TYPES, postMovement } from './post-movement';

const nobody = { id: 0, permissions: new Set<string>() } as unknown as Actor;

describe('POST /movements body', () => {
  it('documents exactly the movement types the route posts', () => {
    expect(Object.keys(MOVEMENT_REQUESTS).sort()).toEqual([...MOVEMENT_TYPES].sort());
  });

  it('refuses a missing or unknown type with a field error on type, before any domain call', async () => {
    for (const body of [{}, { type: 'teleport' }, { type: 'Receipt' }, { type: null }]) {
      await expect(postMovement(nobody, body, null), JSON.stringify(body)).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { type: expect.any(String) } });
    }
    for (const body of [[], 'receipt', null]) {
      await expect(postMovement(nobody, body, null), JSON.stringify(body)).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { _form: expect.any(String) } });
    }
  });

  it('hands the rest to the operation, which checks permission first', async () => {
    await expect(postMovement(nobody, { type: 'transfer' }, 'k-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
