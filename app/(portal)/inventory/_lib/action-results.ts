// What the inventory actions answer (kept out of the 'use server' file, which may export only actions).
import type { FormState } from '@/app/_server/form-action';
import type { PostingResult } from '@/lib/inventory/posting/types';
import type { PickPreview } from '@/lib/inventory/preview-pick';

export interface MoveState extends FormState {
  posted?: Pick<PostingResult, 'groupId' | 'entries' | 'replayed'>;
}

export type PreviewResult = { ok: true; preview: PickPreview } | { ok: false; message: string };
