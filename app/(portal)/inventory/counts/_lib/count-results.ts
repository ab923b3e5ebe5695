// What the count actions answer (kept out of the 'use server' file, which may export only actions).
import type { FormState } from '@/app/_server/form-action';

export interface RecordState extends FormState {
  saved?: { counted: string; countedAt: string };
}
